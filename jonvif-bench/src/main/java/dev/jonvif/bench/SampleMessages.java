package dev.jonvif.bench;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;

/** Realistic messages for the benchmarks, built with jonvif's own writer. */
final class SampleMessages {

  private SampleMessages() {}

  /** A GetProfilesResponse of about 4 KB: two profiles with source and encoder configurations. */
  static byte[] getProfilesResponse() {
    XmlElement.Builder resp = XmlElement.builder(Namespaces.TRT, "GetProfilesResponse");
    resp.child(profile("Profile_1", "mainStream", 1920, 1080, 25, 4096));
    resp.child(profile("Profile_2", "subStream", 640, 360, 15, 512));
    return SoapEnvelope.of(resp.build()).toBytes();
  }

  private static XmlElement profile(
      String token, String name, int width, int height, int fps, int bitrate) {
    String tt = Namespaces.TT;
    XmlElement source =
        XmlElement.builder(tt, "VideoSourceConfiguration")
            .attribute("token", "VideoSourceToken")
            .child(tt, "Name", "VideoSourceConfig")
            .child(tt, "UseCount", 2)
            .child(tt, "SourceToken", "VideoSource_1")
            .child(
                XmlElement.builder(tt, "Bounds")
                    .attribute("x", 0)
                    .attribute("y", 0)
                    .attribute("width", 1920)
                    .attribute("height", 1080)
                    .build())
            .build();
    XmlElement encoder =
        XmlElement.builder(tt, "VideoEncoderConfiguration")
            .attribute("token", "VideoEncoderToken_" + token)
            .child(tt, "Name", "VideoEncoder_" + name)
            .child(tt, "UseCount", 1)
            .child(tt, "Encoding", "H264")
            .child(
                XmlElement.builder(tt, "Resolution")
                    .child(tt, "Width", width)
                    .child(tt, "Height", height)
                    .build())
            .child(tt, "Quality", "3.000000")
            .child(
                XmlElement.builder(tt, "RateControl")
                    .child(tt, "FrameRateLimit", fps)
                    .child(tt, "EncodingInterval", 1)
                    .child(tt, "BitrateLimit", bitrate)
                    .build())
            .child(
                XmlElement.builder(tt, "H264")
                    .child(tt, "GovLength", fps * 2)
                    .child(tt, "H264Profile", "Main")
                    .build())
            .child(
                XmlElement.builder(tt, "Multicast")
                    .child(
                        XmlElement.builder(tt, "Address")
                            .child(tt, "Type", "IPv4")
                            .child(tt, "IPv4Address", "0.0.0.0")
                            .build())
                    .child(tt, "Port", 8600)
                    .child(tt, "TTL", 128)
                    .child(tt, "AutoStart", false)
                    .build())
            .child(tt, "SessionTimeout", "PT5S")
            .build();
    XmlElement ptz =
        XmlElement.builder(tt, "PTZConfiguration")
            .attribute("token", "PTZToken")
            .child(tt, "Name", "PTZ")
            .child(tt, "UseCount", 2)
            .child(tt, "NodeToken", "PTZNODETOKEN")
            .child(
                tt,
                "DefaultAbsolutePantTiltPositionSpace",
                "http://www.onvif.org/ver10/tptz/PanTiltSpaces/PositionGenericSpace")
            .child(
                tt,
                "DefaultContinuousPanTiltVelocitySpace",
                "http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace")
            .child(tt, "DefaultPTZTimeout", "PT5S")
            .build();
    return XmlElement.builder(Namespaces.TRT, "Profiles")
        .attribute("token", token)
        .attribute("fixed", true)
        .child(tt, "Name", name)
        .child(source)
        .child(encoder)
        .child(ptz)
        .build();
  }
}
