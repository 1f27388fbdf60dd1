package dev.jonvif.device.media;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The capabilities of a camera's media services, in the three places ONVIF asks for them: Media and
 * Media2 GetServiceCapabilities (also embedded in GetServices), and the Media section of the
 * device's GetCapabilities. One source for all three keeps them consistent. Only what works is
 * advertised: snapshots and RTSP over TCP yes; multicast, rotation, OSD and source modes no.
 */
public final class MediaCapabilities {

  private final MediaPersona persona;

  public MediaCapabilities(MediaPersona persona) {
    this.persona = persona;
  }

  /** Whether the Media (ver10) service is offered. */
  public boolean media1() {
    return persona.media1();
  }

  /** Whether the Media2 service is offered. */
  public boolean media2() {
    return persona.media2();
  }

  /** The configuration types Media2 profiles can hold (never {@code All}). */
  public List<String> configurationsSupported() {
    List<String> out = new ArrayList<>();
    for (ConfigurationType t : ConfigurationType.values()) {
      if (t != ConfigurationType.PTZ || !persona.ptzConfigurations().isEmpty()) {
        out.add(t.media2Name());
      }
    }
    return out;
  }

  /** trt:Capabilities, for Media GetServiceCapabilitiesResponse and GetServices. */
  public XmlElement media1ServiceCapabilities() {
    String ns = Namespaces.TRT;
    return XmlElement.builder(ns, "Capabilities")
        .attribute("SnapshotUri", "true")
        .attribute("Rotation", "false")
        .attribute("VideoSourceMode", "false")
        .attribute("OSD", "false")
        .attribute("TemporaryOSDText", "false")
        .attribute("EXICompression", "false")
        .child(
            XmlElement.builder(ns, "ProfileCapabilities")
                .attribute("MaximumNumberOfProfiles", persona.maxProfiles())
                .build())
        .child(
            XmlElement.builder(ns, "StreamingCapabilities")
                .attribute("RTPMulticast", "false")
                .attribute("RTP_TCP", "false")
                .attribute("RTP_RTSP_TCP", "true")
                .attribute("NonAggregateControl", "false")
                .attribute("NoRTSPStreaming", "false")
                .build())
        .build();
  }

  /** tr2:Capabilities, for Media2 GetServiceCapabilitiesResponse and GetServices. */
  public XmlElement media2ServiceCapabilities() {
    String ns = Namespaces.TR2;
    return XmlElement.builder(ns, "Capabilities")
        .attribute("SnapshotUri", "true")
        .attribute("Rotation", "false")
        .attribute("VideoSourceMode", "false")
        .attribute("OSD", "false")
        .attribute("TemporaryOSDText", "false")
        .attribute("Mask", "false")
        .attribute("SourceMask", "false")
        .child(
            XmlElement.builder(ns, "ProfileCapabilities")
                .attribute("MaximumNumberOfProfiles", persona.maxProfiles())
                .attribute("ConfigurationsSupported", SchemaValues.list(configurationsSupported()))
                .build())
        .child(
            XmlElement.builder(ns, "StreamingCapabilities")
                .attribute("RTSPStreaming", "true")
                .attribute("RTPMulticast", "false")
                .attribute("RTP_RTSP_TCP", "true")
                .attribute("NonAggregateControl", "false")
                .attribute("AutoStartMulticast", "false")
                .attribute("SecureRTSPStreaming", "false")
                .build())
        .build();
  }

  /**
   * tt:MediaCapabilities (tt:Media) for the device's GetCapabilities, or {@code null} when Media
   * (ver10) is not offered (GetCapabilities has no Media2 section).
   */
  public XmlElement getCapabilitiesMedia(String xaddr) {
    if (!persona.media1()) {
      return null;
    }
    String ns = Namespaces.TT;
    return XmlElement.builder(ns, "Media")
        .child(XmlElement.of(ns, "XAddr", xaddr))
        .child(
            XmlElement.builder(ns, "StreamingCapabilities")
                .child(XmlElement.of(ns, "RTPMulticast", "false"))
                .child(XmlElement.of(ns, "RTP_TCP", "false"))
                .child(XmlElement.of(ns, "RTP_RTSP_TCP", "true"))
                .build())
        .child(
            XmlElement.builder(ns, "Extension")
                .child(
                    XmlElement.builder(ns, "ProfileCapabilities")
                        .child(
                            XmlElement.of(
                                ns,
                                "MaximumNumberOfProfiles",
                                String.valueOf(persona.maxProfiles())))
                        .build())
                .build())
        .build();
  }
}
