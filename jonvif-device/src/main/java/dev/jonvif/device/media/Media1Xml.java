package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.device.media.TtXml.el;
import static dev.jonvif.device.media.TtXml.text;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.PtzConfigurations;

/**
 * Writers for what only Media (ver10) shows: tt:Profile, tt:VideoEncoderConfiguration and
 * tt:VideoEncoderConfigurationOptions. Element order follows onvif.xsd.
 *
 * @see <a href="https://www.onvif.org/ver10/media/wsdl/media.wsdl">Media WSDL</a>
 */
final class Media1Xml {

  private Media1Xml() {}

  /** tt:Profile under the given element name (trt:Profiles, trt:Profile). */
  static XmlElement profile(String name, MediaModel m, MediaProfile p, VirtualCamera camera) {
    XmlElement.Builder b =
        XmlElement.builder(TRT, name)
            .attribute("token", p.token())
            .attribute("fixed", SchemaValues.bool(p.fixed()))
            .child(text("Name", p.name()));
    if (p.videoSource() != null) {
      b.child(
          TtXml.videoSourceConfiguration(
              dev.jonvif.core.Namespaces.TT,
              "VideoSourceConfiguration",
              m.videoSourceConfiguration(p.videoSource()),
              m.useCount(ConfigurationType.VIDEO_SOURCE, p.videoSource())));
    }
    if (p.videoEncoder() != null) {
      b.child(
          videoEncoderConfiguration(
              dev.jonvif.core.Namespaces.TT,
              "VideoEncoderConfiguration",
              m.videoEncoderConfiguration(p.videoEncoder()),
              m.useCount(ConfigurationType.VIDEO_ENCODER, p.videoEncoder())));
    }
    if (p.ptz() != null) {
      b.child(
          PtzConfigurations.element(
              camera,
              p.ptz(),
              m.useCount(ConfigurationType.PTZ, p.ptz()),
              dev.jonvif.core.Namespaces.TT,
              "PTZConfiguration"));
    }
    if (p.metadata() != null) {
      b.child(
          TtXml.metadataConfiguration(
              dev.jonvif.core.Namespaces.TT,
              "MetadataConfiguration",
              m.metadataConfiguration(p.metadata()),
              m.useCount(ConfigurationType.METADATA, p.metadata())));
    }
    return b.build();
  }

  /** tt:VideoEncoderConfiguration; the encoding must exist in Media (ver10). */
  static XmlElement videoEncoderConfiguration(
      String ns, String name, VideoEncoderConfiguration c, int useCount) {
    XmlElement.Builder b =
        XmlElement.builder(ns, name)
            .attribute("token", c.token())
            .attribute("GuaranteedFrameRate", "false")
            .child(text("Name", c.name()))
            .child(text("UseCount", useCount))
            .child(text("Encoding", Encodings.media1Name(c.encoding())))
            .child(TtXml.resolution("Resolution", c.resolution()))
            .child(text("Quality", SchemaValues.number(c.quality())))
            .child(
                el("RateControl")
                    .child(text("FrameRateLimit", c.frameRateLimit()))
                    .child(text("EncodingInterval", c.encodingInterval()))
                    .child(text("BitrateLimit", c.bitrateLimit()))
                    .build());
    if (c.encoding() == VideoEncoding.H264) {
      b.child(
          el("H264")
              .child(text("GovLength", c.govLength()))
              .child(text("H264Profile", c.profile()))
              .build());
    }
    return b.child(TtXml.multicast(c.multicast()))
        .child(text("SessionTimeout", SchemaValues.duration(c.sessionTimeout())))
        .build();
  }

  /**
   * tt:VideoEncoderConfigurationOptions (trt:Options) for the encodings of one source that Media
   * (ver10) can express. QualityRange is one range for all encodings in ver10: it is taken from
   * {@code current}'s encoding, or the first one offered.
   */
  static XmlElement videoEncoderOptions(VideoSourceOptions src, VideoEncoding current) {
    EncodingOptions jpeg = src.options(VideoEncoding.JPEG);
    EncodingOptions h264 = src.options(VideoEncoding.H264);
    EncodingOptions forQuality = current == null ? null : src.options(current);
    if (forQuality == null || !Encodings.inMedia1(current)) {
      forQuality = jpeg != null ? jpeg : h264;
    }
    XmlElement.Builder b =
        XmlElement.builder(TRT, "Options")
            .attribute("GuaranteedFrameRateSupported", "false")
            .child(TtXml.intRange("QualityRange", forQuality.quality()));
    XmlElement.Builder ext = el("Extension");
    if (jpeg != null) {
      b.child(jpegOptions("JPEG", jpeg, false));
      ext.child(jpegOptions("JPEG", jpeg, true));
    }
    if (h264 != null) {
      b.child(h264Options("H264", h264, false));
      ext.child(h264Options("H264", h264, true));
    }
    return b.child(ext.build()).build();
  }

  private static XmlElement jpegOptions(String name, EncodingOptions o, boolean withBitrate) {
    XmlElement.Builder b = el(name);
    o.resolutions().forEach(r -> b.child(TtXml.resolution("ResolutionsAvailable", r)));
    b.child(TtXml.intRange("FrameRateRange", o.frameRate()))
        .child(TtXml.intRange("EncodingIntervalRange", o.encodingInterval()));
    if (withBitrate) {
      b.child(TtXml.intRange("BitrateRange", o.bitrate()));
    }
    return b.build();
  }

  private static XmlElement h264Options(String name, EncodingOptions o, boolean withBitrate) {
    XmlElement.Builder b = el(name);
    o.resolutions().forEach(r -> b.child(TtXml.resolution("ResolutionsAvailable", r)));
    b.child(TtXml.intRange("GovLengthRange", o.govLength()))
        .child(TtXml.intRange("FrameRateRange", o.frameRate()))
        .child(TtXml.intRange("EncodingIntervalRange", o.encodingInterval()));
    o.profiles().forEach(p -> b.child(text("H264ProfilesSupported", p)));
    if (withBitrate) {
      b.child(TtXml.intRange("BitrateRange", o.bitrate()));
    }
    return b.build();
  }
}
