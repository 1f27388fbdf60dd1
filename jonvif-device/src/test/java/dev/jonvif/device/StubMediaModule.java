package dev.jonvif.device;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/** A Media module with capabilities and no operations, to test how services are advertised. */
final class StubMediaModule implements ServiceModule {

  @Override
  public OnvifService service() {
    return OnvifService.MEDIA;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return List.of();
  }

  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return XmlElement.builder(Namespaces.TRT, "Capabilities")
        .attribute("SnapshotUri", false)
        .child(
            XmlElement.builder(Namespaces.TRT, "ProfileCapabilities")
                .attribute("MaximumNumberOfProfiles", 4)
                .build())
        .child(XmlElement.builder(Namespaces.TRT, "StreamingCapabilities").build())
        .build();
  }

  @Override
  public XmlElement legacyCapabilities(RequestContext ctx) {
    return XmlElement.builder(Namespaces.TT, "Media")
        .child(Namespaces.TT, "XAddr", ctx.xaddr(OnvifService.MEDIA))
        .child(
            XmlElement.builder(Namespaces.TT, "StreamingCapabilities")
                .child(Namespaces.TT, "RTPMulticast", false)
                .child(Namespaces.TT, "RTP_TCP", true)
                .child(Namespaces.TT, "RTP_RTSP_TCP", true)
                .build())
        .build();
  }
}
