package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.PtzDrive;
import dev.jonvif.device.ptz.internal.PtzXml;
import dev.jonvif.rtsp.MetadataSource;
import java.time.Instant;

/**
 * The metadata stream of a profile with a metadata configuration: each document is a {@code
 * tt:MetadataStream} with a video analytics frame (empty: the simulated scene has no objects, so it
 * only marks time) and, when the configuration asks for PTZ status or position and the camera has
 * PTZ, the current {@code tt:PTZStatus}. The configuration is re-read for every document.
 */
final class MetadataDocuments implements MetadataSource {

  private final VirtualCamera camera;
  private final String profileToken;

  MetadataDocuments(VirtualCamera camera, String profileToken) {
    this.camera = camera;
    this.profileToken = profileToken;
  }

  @Override
  public XmlElement document(Instant time) {
    Instant now = camera.clock().instant();
    XmlElement.Builder doc = XmlElement.builder(TT, "MetadataStream");
    doc.child(
        XmlElement.builder(TT, "VideoAnalytics")
            .child(
                XmlElement.builder(TT, "Frame")
                    .attribute("UtcTime", XsDateTime.format(now))
                    .build())
            .build());
    MetadataConfiguration c = configuration();
    if (c != null && c.hasPtzFilter() && camera.persona().offers(OnvifService.PTZ)) {
      doc.child(
          XmlElement.builder(TT, "PTZ")
              .child(PtzXml.metadataStatus(PtzDrive.of(camera).status(), now))
              .build());
    }
    return doc.build();
  }

  private MetadataConfiguration configuration() {
    MediaModel m = MediaState.of(camera).model();
    MediaProfile p = m.profile(profileToken);
    return p == null || p.metadata() == null ? null : m.metadataConfiguration(p.metadata());
  }
}
