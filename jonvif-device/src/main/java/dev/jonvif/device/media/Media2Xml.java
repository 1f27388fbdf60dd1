package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TR2;
import static dev.jonvif.device.media.TtXml.el;
import static dev.jonvif.device.media.TtXml.text;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.PtzConfigurations;
import java.util.Set;

/**
 * Writers for what Media2 shows: tr2:MediaProfile, tt:VideoEncoder2Configuration and
 * tt:VideoEncoder2ConfigurationOptions. Element order follows onvif.xsd and the Media2 WSDL.
 *
 * @see <a href="https://www.onvif.org/ver20/media/wsdl/media.wsdl">Media2 WSDL</a>
 */
final class Media2Xml {

  private Media2Xml() {}

  /**
   * tr2:MediaProfile (as tr2:Profiles) with the configurations of the requested types; no
   * Configurations element when no type is requested.
   */
  static XmlElement profile(
      MediaModel m, MediaProfile p, Set<ConfigurationType> types, VirtualCamera camera) {
    XmlElement.Builder b =
        XmlElement.builder(TR2, "Profiles")
            .attribute("token", p.token())
            .attribute("fixed", SchemaValues.bool(p.fixed()))
            .child(XmlElement.of(TR2, "Name", p.name()));
    if (!types.isEmpty()) {
      XmlElement.Builder set = XmlElement.builder(TR2, "Configurations");
      if (types.contains(ConfigurationType.VIDEO_SOURCE) && p.videoSource() != null) {
        set.child(
            TtXml.videoSourceConfiguration(
                TR2,
                "VideoSource",
                m.videoSourceConfiguration(p.videoSource()),
                m.useCount(ConfigurationType.VIDEO_SOURCE, p.videoSource())));
      }
      if (types.contains(ConfigurationType.VIDEO_ENCODER) && p.videoEncoder() != null) {
        set.child(
            videoEncoderConfiguration(
                TR2,
                "VideoEncoder",
                m.videoEncoderConfiguration(p.videoEncoder()),
                m.useCount(ConfigurationType.VIDEO_ENCODER, p.videoEncoder())));
      }
      if (types.contains(ConfigurationType.PTZ) && p.ptz() != null) {
        set.child(
            PtzConfigurations.element(
                camera, p.ptz(), m.useCount(ConfigurationType.PTZ, p.ptz()), TR2, "PTZ"));
      }
      if (types.contains(ConfigurationType.METADATA) && p.metadata() != null) {
        set.child(
            TtXml.metadataConfiguration(
                TR2,
                "Metadata",
                m.metadataConfiguration(p.metadata()),
                m.useCount(ConfigurationType.METADATA, p.metadata())));
      }
      b.child(set.build());
    }
    return b.build();
  }

  /** tt:VideoEncoder2Configuration. */
  static XmlElement videoEncoderConfiguration(
      String ns, String name, VideoEncoderConfiguration c, int useCount) {
    XmlElement.Builder b = XmlElement.builder(ns, name).attribute("token", c.token());
    if (Encodings.hasGov(c.encoding())) {
      b.attribute("GovLength", c.govLength()).attribute("Profile", c.profile());
    }
    return b.attribute("GuaranteedFrameRate", "false")
        .child(text("Name", c.name()))
        .child(text("UseCount", useCount))
        .child(text("Encoding", Encodings.mimeName(c.encoding())))
        .child(TtXml.resolution("Resolution", c.resolution()))
        .child(
            el("RateControl")
                .attribute("ConstantBitRate", SchemaValues.bool(c.constantBitRate()))
                .child(text("FrameRateLimit", SchemaValues.number(c.frameRateLimit())))
                .child(text("BitrateLimit", c.bitrateLimit()))
                .build())
        .child(TtXml.multicast(c.multicast()))
        .child(text("Quality", SchemaValues.number(c.quality())))
        .build();
  }

  /** tt:VideoEncoder2ConfigurationOptions (tr2:Options) for one encoding. */
  static XmlElement videoEncoderOptions(EncodingOptions o) {
    XmlElement.Builder b = XmlElement.builder(TR2, "Options");
    if (Encodings.hasGov(o.encoding())) {
      b.attribute(
          "GovLengthRange",
          SchemaValues.list(java.util.List.of(o.govLength().min(), o.govLength().max())));
    }
    b.attribute("FrameRatesSupported", SchemaValues.list(o.frameRatesDescending()));
    if (!o.profiles().isEmpty()) {
      b.attribute("ProfilesSupported", SchemaValues.list(o.profiles()));
    }
    b.attribute("ConstantBitRateSupported", "true")
        .attribute("GuaranteedFrameRateSupported", "false")
        .child(text("Encoding", Encodings.mimeName(o.encoding())))
        .child(TtXml.floatRange("QualityRange", o.quality()));
    o.resolutions().forEach(r -> b.child(TtXml.resolution("ResolutionsAvailable", r)));
    return b.child(TtXml.intRange("BitrateRange", o.bitrate())).build();
  }

  /** tr2:EncoderInstanceInfo (tr2:Info): one instance per encoder configuration of the source. */
  static XmlElement encoderInstances(MediaModel m, String sourceToken) {
    int total = 0;
    for (VideoEncoderConfiguration c : m.videoEncoderConfigurations()) {
      if (c.sourceToken().equals(sourceToken)) {
        total++;
      }
    }
    XmlElement.Builder b = XmlElement.builder(TR2, "Info");
    for (EncodingOptions o : m.persona().source(sourceToken).encodings()) {
      b.child(
          XmlElement.builder(TR2, "Codec")
              .child(XmlElement.of(TR2, "Encoding", Encodings.mimeName(o.encoding())))
              .child(XmlElement.of(TR2, "Number", String.valueOf(total)))
              .build());
    }
    return b.child(XmlElement.of(TR2, "Total", String.valueOf(total))).build();
  }
}
