package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;

/**
 * Writers for the tt: types Media and Media2 share: video sources, video source configurations,
 * metadata configurations, multicast settings, ranges. Each takes the element name to write, since
 * the same type appears under different names in different responses.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd</a>
 */
final class TtXml {

  private TtXml() {}

  static XmlElement.Builder el(String name) {
    return XmlElement.builder(TT, name);
  }

  static XmlElement text(String name, Object value) {
    return XmlElement.of(TT, name, String.valueOf(value));
  }

  /** tt:VideoSource. */
  static XmlElement videoSource(String ns, String name, VideoSource s) {
    return XmlElement.builder(ns, name)
        .attribute("token", s.token())
        .child(text("Framerate", SchemaValues.number(s.framerate())))
        .child(resolution("Resolution", s.resolution()))
        .build();
  }

  /** tt:VideoResolution / tt:VideoResolution2. */
  static XmlElement resolution(String name, Resolution r) {
    return el(name).child(text("Width", r.width())).child(text("Height", r.height())).build();
  }

  /** tt:VideoSourceConfiguration. */
  static XmlElement videoSourceConfiguration(
      String ns, String name, VideoSourceConfiguration c, int useCount) {
    Bounds b = c.bounds();
    return XmlElement.builder(ns, name)
        .attribute("token", c.token())
        .child(text("Name", c.name()))
        .child(text("UseCount", useCount))
        .child(text("SourceToken", c.sourceToken()))
        .child(
            el("Bounds")
                .attribute("x", b.x())
                .attribute("y", b.y())
                .attribute("width", b.width())
                .attribute("height", b.height())
                .build())
        .build();
  }

  /** tt:MetadataConfiguration. */
  static XmlElement metadataConfiguration(
      String ns, String name, MetadataConfiguration c, int useCount) {
    XmlElement.Builder b =
        XmlElement.builder(ns, name)
            .attribute("token", c.token())
            .child(text("Name", c.name()))
            .child(text("UseCount", useCount));
    if (c.hasPtzFilter()) {
      b.child(
          el("PTZStatus")
              .child(text("Status", SchemaValues.bool(c.ptzStatus())))
              .child(text("Position", SchemaValues.bool(c.ptzPosition())))
              .build());
    }
    if (c.events()) {
      b.child(el("Events").build());
    }
    return b.child(text("Analytics", SchemaValues.bool(c.analytics())))
        .child(multicast(c.multicast()))
        .child(text("SessionTimeout", SchemaValues.duration(c.sessionTimeout())))
        .build();
  }

  /** tt:MulticastConfiguration. */
  static XmlElement multicast(Multicast m) {
    XmlElement.Builder address = el("Address").child(text("Type", m.ipv6() ? "IPv6" : "IPv4"));
    address.child(text(m.ipv6() ? "IPv6Address" : "IPv4Address", m.address()));
    return el("Multicast")
        .child(address.build())
        .child(text("Port", m.port()))
        .child(text("TTL", m.ttl()))
        .child(text("AutoStart", SchemaValues.bool(m.autoStart())))
        .build();
  }

  /** tt:IntRange. */
  static XmlElement intRange(String name, IntRange r) {
    return el(name).child(text("Min", r.min())).child(text("Max", r.max())).build();
  }

  /** tt:FloatRange. */
  static XmlElement floatRange(String name, IntRange r) {
    return el(name)
        .child(text("Min", SchemaValues.number(r.min())))
        .child(text("Max", SchemaValues.number(r.max())))
        .build();
  }

  /** tt:VideoSourceConfigurationOptions for one source configuration (or all sources). */
  static XmlElement videoSourceConfigurationOptions(
      String ns, MediaModel m, VideoSourceConfiguration forConfig) {
    int minW = Integer.MAX_VALUE;
    int maxW = 0;
    int minH = Integer.MAX_VALUE;
    int maxH = 0;
    XmlElement.Builder tokens = XmlElement.builder(ns, "Options");
    for (VideoSource s : m.videoSources()) {
      if (forConfig == null || forConfig.sourceToken().equals(s.token())) {
        minW = Math.min(minW, s.resolution().width());
        maxW = Math.max(maxW, s.resolution().width());
        minH = Math.min(minH, s.resolution().height());
        maxH = Math.max(maxH, s.resolution().height());
      }
    }
    tokens
        .attribute("MaximumNumberOfProfiles", m.persona().maxProfiles())
        .child(
            el("BoundsRange")
                .child(intRange("XRange", IntRange.of(0)))
                .child(intRange("YRange", IntRange.of(0)))
                .child(intRange("WidthRange", new IntRange(minW, maxW)))
                .child(intRange("HeightRange", new IntRange(minH, maxH)))
                .build());
    for (VideoSource s : m.videoSources()) {
      tokens.child(text("VideoSourceTokensAvailable", s.token()));
    }
    return tokens.build();
  }

  /**
   * tt:MetadataConfigurationOptions: PTZ status and position when the camera has PTZ (the metadata
   * stream carries them), no analytics.
   */
  static XmlElement metadataConfigurationOptions(String ns, boolean ptz) {
    String supported = String.valueOf(ptz);
    return XmlElement.builder(ns, "Options")
        .child(
            el("PTZStatusFilterOptions")
                .child(text("PanTiltStatusSupported", supported))
                .child(text("ZoomStatusSupported", supported))
                .child(text("PanTiltPositionSupported", supported))
                .child(text("ZoomPositionSupported", supported))
                .build())
        .build();
  }

  /** tt:MediaUri. */
  static XmlElement mediaUri(String ns, String uri) {
    return XmlElement.builder(ns, "MediaUri")
        .child(text("Uri", uri))
        .child(text("InvalidAfterConnect", "false"))
        .child(text("InvalidAfterReboot", "false"))
        .child(text("Timeout", "PT0S"))
        .build();
  }
}
