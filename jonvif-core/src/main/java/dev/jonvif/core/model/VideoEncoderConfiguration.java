package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;

/**
 * A video encoder configuration, read from Media1 ({@code tt:VideoEncoderConfiguration}) or Media2
 * ({@code tt:VideoEncoder2Configuration}) and written back to either. Optional fields are {@code
 * null} when the device left them out.
 *
 * @param token the configuration token
 * @param name the configuration name
 * @param useCount how many profiles use it
 * @param encoding the canonical encoding ({@link VideoEncoding}), "" when absent (seen on NVRs)
 * @param resolution the encoded resolution
 * @param quality the quality level
 * @param rateControl frame rate and bit rate limits
 * @param govLength the group-of-pictures length (H.264/MPEG4/H.265)
 * @param profile the codec profile (Baseline, Main, High, SP, ASP, Main10, ...)
 * @param multicast the multicast settings
 * @param sessionTimeout the RTSP session timeout (Media1 only)
 * @param guaranteedFrameRate whether the frame rate is guaranteed
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, VideoEncoderConfiguration
 *     and VideoEncoder2Configuration</a>
 */
public record VideoEncoderConfiguration(
    String token,
    String name,
    int useCount,
    String encoding,
    Resolution resolution,
    Double quality,
    RateControl rateControl,
    Integer govLength,
    String profile,
    MulticastConfiguration multicast,
    Duration sessionTimeout,
    Boolean guaranteedFrameRate) {

  /** Session timeout written for Media1 when the device sent none. */
  public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);

  public VideoEncoderConfiguration {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    encoding = VideoEncoding.normalize(encoding);
  }

  /** Reads a Media1 {@code tt:VideoEncoderConfiguration}-typed element. */
  public static VideoEncoderConfiguration fromMedia1Element(XmlElement e) {
    String tt = Namespaces.TT;
    String encoding = Values.text(e, tt, "Encoding");
    XmlElement codec =
        Values.child(e, tt, VideoEncoding.normalize(encoding).equals("MPEG4") ? "MPEG4" : "H264");
    if (codec == null) {
      codec = Values.child(e, tt, "H265");
    }
    String profile = Values.text(codec, tt, "H264Profile");
    if (profile == null) {
      profile = Values.text(codec, tt, "Mpeg4Profile");
    }
    Integer useCount = Values.intChild(e, tt, "UseCount");
    return new VideoEncoderConfiguration(
        Values.token(e),
        Values.text(e, tt, "Name"),
        useCount == null ? 0 : useCount,
        encoding,
        Resolution.fromElement(Values.child(e, tt, "Resolution")),
        Values.doubleChild(e, tt, "Quality"),
        RateControl.fromElement(Values.child(e, tt, "RateControl")),
        Values.intChild(codec, tt, "GovLength"),
        profile,
        MulticastConfiguration.fromElement(Values.child(e, tt, "Multicast")),
        Values.durationChild(e, tt, "SessionTimeout"),
        Values.parseBoolean(Values.attribute(e, "GuaranteedFrameRate")));
  }

  /** Reads a Media2 {@code tt:VideoEncoder2Configuration}-typed element. */
  public static VideoEncoderConfiguration fromMedia2Element(XmlElement e) {
    String tt = Namespaces.TT;
    Integer useCount = Values.intChild(e, tt, "UseCount");
    return new VideoEncoderConfiguration(
        Values.token(e),
        Values.text(e, tt, "Name"),
        useCount == null ? 0 : useCount,
        Values.text(e, tt, "Encoding"),
        Resolution.fromElement(Values.child(e, tt, "Resolution")),
        Values.doubleChild(e, tt, "Quality"),
        RateControl.fromElement(Values.child(e, tt, "RateControl")),
        Values.parseInt(Values.attribute(e, "GovLength")),
        Values.attribute(e, "Profile"),
        MulticastConfiguration.fromElement(Values.child(e, tt, "Multicast")),
        null,
        Values.parseBoolean(Values.attribute(e, "GuaranteedFrameRate")));
  }

  /**
   * This configuration as a Media1 {@code Configuration} element for SetVideoEncoderConfiguration,
   * in schema order, with the required Multicast and SessionTimeout filled with defaults when
   * unknown.
   */
  public XmlElement toMedia1Element(String namespace, String localName) {
    String tt = Namespaces.TT;
    XmlElement.Builder b =
        XmlElement.builder(namespace, localName)
            .attribute("token", token)
            .attribute("GuaranteedFrameRate", guaranteedFrameRate)
            .child(tt, "Name", name)
            .child(tt, "UseCount", useCount)
            .child(tt, "Encoding", encoding);
    b.child(requireResolution().toElement(tt, "Resolution"));
    b.child(tt, "Quality", Values.formatNumber(quality == null ? 0 : quality));
    if (rateControl != null) {
      b.child(rateControl.toMedia1Element());
    }
    if (encoding.equals(VideoEncoding.MPEG4)) {
      b.child(
          XmlElement.builder(tt, "MPEG4")
              .child(tt, "GovLength", govLength == null ? 1 : govLength)
              .child(tt, "Mpeg4Profile", profile == null ? "SP" : profile)
              .build());
    } else if (encoding.equals(VideoEncoding.H264)) {
      b.child(
          XmlElement.builder(tt, "H264")
              .child(tt, "GovLength", govLength == null ? 1 : govLength)
              .child(tt, "H264Profile", profile == null ? "Baseline" : profile)
              .build());
    }
    b.child((multicast == null ? MulticastConfiguration.NONE : multicast).toElement());
    b.child(
        tt,
        "SessionTimeout",
        XsDuration.format(sessionTimeout == null ? DEFAULT_SESSION_TIMEOUT : sessionTimeout));
    return b.build();
  }

  /** This configuration as a Media2 {@code Configuration} element, in schema order. */
  public XmlElement toMedia2Element(String namespace, String localName) {
    String tt = Namespaces.TT;
    XmlElement.Builder b =
        XmlElement.builder(namespace, localName)
            .attribute("token", token)
            .attribute("GovLength", govLength)
            .attribute("Profile", profile)
            .attribute("GuaranteedFrameRate", guaranteedFrameRate)
            .child(tt, "Name", name)
            .child(tt, "UseCount", useCount)
            .child(tt, "Encoding", VideoEncoding.toMedia2(encoding));
    b.child(requireResolution().toElement(tt, "Resolution"));
    if (rateControl != null) {
      b.child(rateControl.toMedia2Element());
    }
    if (multicast != null) {
      b.child(multicast.toElement());
    }
    b.child(tt, "Quality", Values.formatNumber(quality == null ? 0 : quality));
    return b.build();
  }

  private Resolution requireResolution() {
    if (resolution == null) {
      throw new IllegalStateException("encoder configuration " + token + " has no resolution");
    }
    return resolution;
  }

  /** A copy with another encoding (canonical or wire name). */
  public VideoEncoderConfiguration withEncoding(String newEncoding) {
    return new VideoEncoderConfiguration(
        token,
        name,
        useCount,
        newEncoding,
        resolution,
        quality,
        rateControl,
        govLength,
        profile,
        multicast,
        sessionTimeout,
        guaranteedFrameRate);
  }

  /** A copy with another resolution. */
  public VideoEncoderConfiguration withResolution(Resolution newResolution) {
    return new VideoEncoderConfiguration(
        token,
        name,
        useCount,
        encoding,
        newResolution,
        quality,
        rateControl,
        govLength,
        profile,
        multicast,
        sessionTimeout,
        guaranteedFrameRate);
  }

  /** A copy with another quality. */
  public VideoEncoderConfiguration withQuality(double newQuality) {
    return new VideoEncoderConfiguration(
        token,
        name,
        useCount,
        encoding,
        resolution,
        newQuality,
        rateControl,
        govLength,
        profile,
        multicast,
        sessionTimeout,
        guaranteedFrameRate);
  }

  /** A copy with another frame rate limit and bit rate limit ({@code null}: keep). */
  public VideoEncoderConfiguration withRates(Double frameRateLimit, Integer bitrateLimit) {
    RateControl rc = rateControl == null ? new RateControl(null, 1, null, null) : rateControl;
    RateControl next =
        new RateControl(
            frameRateLimit == null ? rc.frameRateLimit() : frameRateLimit,
            rc.encodingInterval(),
            bitrateLimit == null ? rc.bitrateLimit() : bitrateLimit,
            rc.constantBitRate());
    return new VideoEncoderConfiguration(
        token,
        name,
        useCount,
        encoding,
        resolution,
        quality,
        next,
        govLength,
        profile,
        multicast,
        sessionTimeout,
        guaranteedFrameRate);
  }

  /** A copy with another GOP length. */
  public VideoEncoderConfiguration withGovLength(Integer newGovLength) {
    return new VideoEncoderConfiguration(
        token,
        name,
        useCount,
        encoding,
        resolution,
        quality,
        rateControl,
        newGovLength,
        profile,
        multicast,
        sessionTimeout,
        guaranteedFrameRate);
  }
}
