package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * A media profile with the configurations it holds, read from Media1 ({@code trt:Profiles}) or
 * Media2 ({@code tr2:Profiles} with {@code tr2:Configurations}). A configuration the profile does
 * not have is {@code null}.
 *
 * @param token the profile token
 * @param name the profile name
 * @param fixed whether the profile cannot be deleted
 * @param videoSource the video source configuration
 * @param videoEncoder the video encoder configuration
 * @param audioEncoder the audio encoder configuration
 * @param ptz the PTZ configuration
 * @param metadataToken the token of the metadata configuration, or {@code null}
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, Profile</a>
 * @see <a href="https://www.onvif.org/ver20/media/wsdl/media.wsdl">Media2 media.wsdl,
 *     MediaProfile</a>
 */
public record MediaProfile(
    String token,
    String name,
    boolean fixed,
    VideoSourceConfiguration videoSource,
    VideoEncoderConfiguration videoEncoder,
    AudioEncoderConfiguration audioEncoder,
    PtzConfiguration ptz,
    String metadataToken) {

  public MediaProfile {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
  }

  /** Reads a Media1 {@code trt:Profiles} element. */
  public static MediaProfile fromMedia1Element(XmlElement p) {
    String tt = Namespaces.TT;
    XmlElement vs = Values.child(p, tt, "VideoSourceConfiguration");
    XmlElement ve = Values.child(p, tt, "VideoEncoderConfiguration");
    XmlElement ae = Values.child(p, tt, "AudioEncoderConfiguration");
    XmlElement ptz = Values.child(p, tt, "PTZConfiguration");
    XmlElement md = Values.child(p, tt, "MetadataConfiguration");
    return new MediaProfile(
        Values.requiredToken(p, "media profile"),
        Values.text(p, tt, "Name"),
        Values.boolAttribute(p, "fixed", false),
        vs == null ? null : VideoSourceConfiguration.fromElement(vs),
        ve == null ? null : VideoEncoderConfiguration.fromMedia1Element(ve),
        ae == null ? null : AudioEncoderConfiguration.fromElement(ae),
        ptz == null ? null : PtzConfiguration.fromElement(ptz),
        md == null ? null : Values.token(md));
  }

  /** Reads a Media2 {@code tr2:Profiles} element. */
  public static MediaProfile fromMedia2Element(XmlElement p) {
    String ns = Namespaces.TR2;
    XmlElement c = Values.child(p, ns, "Configurations");
    XmlElement vs = Values.child(c, ns, "VideoSource");
    XmlElement ve = Values.child(c, ns, "VideoEncoder");
    XmlElement ae = Values.child(c, ns, "AudioEncoder");
    XmlElement ptz = Values.child(c, ns, "PTZ");
    XmlElement md = Values.child(c, ns, "Metadata");
    return new MediaProfile(
        Values.requiredToken(p, "media profile"),
        Values.text(p, ns, "Name"),
        Values.boolAttribute(p, "fixed", false),
        vs == null ? null : VideoSourceConfiguration.fromElement(vs),
        ve == null ? null : VideoEncoderConfiguration.fromMedia2Element(ve),
        ae == null ? null : AudioEncoderConfiguration.fromElement(ae),
        ptz == null ? null : PtzConfiguration.fromElement(ptz),
        md == null ? null : Values.token(md));
  }
}
