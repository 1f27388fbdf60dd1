package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.VideoEncoding;

/**
 * Reads the configurations clients send in Set requests. Each reader starts from the current
 * configuration and overrides what the request carries, so optional elements left out keep their
 * values; token, source and UseCount are never taken from the client.
 */
final class ConfigurationReader {

  private static final RequestValues V = RequestValues.FOR_SET;

  private ConfigurationReader() {}

  /** A Media (ver10) tt:VideoEncoderConfiguration. */
  static VideoEncoderConfiguration media1Encoder(
      XmlElement e, VideoEncoderConfiguration current, MediaPersona persona) {
    VideoEncoderConfiguration.Builder b = current.toBuilder();
    b.name(name(e, current.name()));
    String enc = V.required(e, TT, "Encoding");
    VideoEncoding encoding = Encodings.fromMedia1Name(enc);
    if (encoding == null) {
      throw MediaFaults.configModify("Encoding " + MediaFaults.clip(enc) + " is not offered");
    }
    b.encoding(encoding);
    b.resolution(resolution(RequestValues.child(e, TT, "Resolution")));
    b.quality(V.decimal("Quality", V.required(e, TT, "Quality")));
    XmlElement rc = RequestValues.child(e, TT, "RateControl");
    if (rc != null) {
      b.frameRateLimit(V.integer("FrameRateLimit", V.required(rc, TT, "FrameRateLimit")));
      b.encodingInterval(V.integer("EncodingInterval", V.required(rc, TT, "EncodingInterval")));
      b.bitrateLimit(V.integer("BitrateLimit", V.required(rc, TT, "BitrateLimit")));
    }
    XmlElement h264 = RequestValues.child(e, TT, "H264");
    boolean govGiven = false;
    boolean profileGiven = false;
    if (h264 != null && encoding == VideoEncoding.H264) {
      b.govLength(V.integer("GovLength", V.required(h264, TT, "GovLength")));
      b.profile(V.required(h264, TT, "H264Profile"));
      govGiven = true;
      profileGiven = true;
    }
    readMulticastAndTimeout(e, b, current);
    return adapt(b.build(), current, govGiven, profileGiven, persona);
  }

  /** A Media2 tt:VideoEncoder2Configuration. */
  static VideoEncoderConfiguration media2Encoder(
      XmlElement e, VideoEncoderConfiguration current, MediaPersona persona) {
    VideoEncoderConfiguration.Builder b = current.toBuilder();
    b.name(name(e, current.name()));
    String enc = V.required(e, TT, "Encoding");
    VideoEncoding encoding = Encodings.fromMimeName(enc);
    if (encoding == null) {
      throw MediaFaults.configModify("Encoding " + MediaFaults.clip(enc) + " is not offered");
    }
    b.encoding(encoding);
    b.resolution(resolution(RequestValues.child(e, TT, "Resolution")));
    b.quality(V.decimal("Quality", V.required(e, TT, "Quality")));
    XmlElement rc = RequestValues.child(e, TT, "RateControl");
    if (rc != null) {
      float fps = V.decimal("FrameRateLimit", V.required(rc, TT, "FrameRateLimit"));
      if (fps != Math.rint(fps) || fps < 1 || fps > 1000) {
        throw MediaFaults.configModify(
            "FrameRateLimit " + SchemaValues.number(fps) + " is not in FrameRatesSupported");
      }
      b.frameRateLimit((int) fps);
      b.bitrateLimit(V.integer("BitrateLimit", V.required(rc, TT, "BitrateLimit")));
      String cbr = rc.attribute("ConstantBitRate");
      if (cbr != null) {
        b.constantBitRate(V.bool("ConstantBitRate", cbr));
      }
    }
    String gov = e.attribute("GovLength");
    String profile = e.attribute("Profile");
    if (gov != null && Encodings.hasGov(encoding)) {
      b.govLength(V.integer("GovLength", gov));
    }
    if (profile != null && Encodings.hasGov(encoding)) {
      b.profile(profile.strip());
    }
    readMulticastAndTimeout(e, b, current);
    return adapt(b.build(), current, gov != null, profile != null, persona);
  }

  /** A tt:VideoSourceConfiguration (Media and Media2). */
  static VideoSourceConfiguration videoSource(XmlElement e, VideoSourceConfiguration current) {
    String name = RequestValues.text(e, TT, "Name");
    String source = V.required(e, TT, "SourceToken");
    XmlElement bounds = RequestValues.child(e, TT, "Bounds");
    if (bounds == null) {
      throw MediaFaults.configModify("Bounds is missing");
    }
    Bounds b =
        new Bounds(
            V.integer("Bounds/@x", attr(bounds, "x")),
            V.integer("Bounds/@y", attr(bounds, "y")),
            V.integer("Bounds/@width", attr(bounds, "width")),
            V.integer("Bounds/@height", attr(bounds, "height")));
    if (name != null && name.length() > Tokens.MAX_LENGTH) {
      throw MediaFaults.configModify("Name must have at most 64 characters");
    }
    if (!Tokens.isValid(source)) {
      throw MediaFaults.configModify("SourceToken must have 1 to 64 characters");
    }
    return new VideoSourceConfiguration(
        current.token(), name == null ? current.name() : name, source, b);
  }

  /** A tt:MetadataConfiguration (Media and Media2). */
  static MetadataConfiguration metadata(XmlElement e, MetadataConfiguration current) {
    String name = RequestValues.text(e, TT, "Name");
    if (name != null && name.length() > Tokens.MAX_LENGTH) {
      throw MediaFaults.configModify("Name must have at most 64 characters");
    }
    XmlElement ptz = RequestValues.child(e, TT, "PTZStatus");
    boolean status = false;
    boolean position = false;
    if (ptz != null) {
      status = V.bool("PTZStatus/Status", V.required(ptz, TT, "Status"));
      position = V.bool("PTZStatus/Position", V.required(ptz, TT, "Position"));
    }
    String analytics = RequestValues.text(e, TT, "Analytics");
    XmlElement mc = RequestValues.child(e, TT, "Multicast");
    String timeout = RequestValues.text(e, TT, "SessionTimeout");
    return new MetadataConfiguration(
        current.token(),
        name == null ? current.name() : name,
        status,
        position,
        RequestValues.child(e, TT, "Events") != null,
        analytics != null && V.bool("Analytics", analytics),
        mc == null ? current.multicast() : multicast(mc),
        timeout == null ? current.sessionTimeout() : V.duration("SessionTimeout", timeout));
  }

  private static void readMulticastAndTimeout(
      XmlElement e, VideoEncoderConfiguration.Builder b, VideoEncoderConfiguration current) {
    XmlElement mc = RequestValues.child(e, TT, "Multicast");
    b.multicast(mc == null ? current.multicast() : multicast(mc));
    String timeout = RequestValues.text(e, TT, "SessionTimeout");
    if (timeout != null) {
      b.sessionTimeout(V.duration("SessionTimeout", timeout));
    }
  }

  /**
   * Fills what an encoding change leaves undefined: a GOP length or codec profile the request did
   * not give and the new encoding does not offer becomes the new encoding's default.
   */
  private static VideoEncoderConfiguration adapt(
      VideoEncoderConfiguration c,
      VideoEncoderConfiguration current,
      boolean govGiven,
      boolean profileGiven,
      MediaPersona persona) {
    VideoSourceOptions src = persona.source(c.sourceToken());
    EncodingOptions o = src == null ? null : src.options(c.encoding());
    if (o == null || !Encodings.hasGov(c.encoding())) {
      return c;
    }
    VideoEncoderConfiguration.Builder b = c.toBuilder();
    if (!govGiven && !o.govLength().contains(c.govLength())) {
      b.govLength(
          Math.max(o.govLength().min(), Math.min(o.govLength().max(), 2 * c.frameRateLimit())));
    }
    if (!profileGiven && !o.profiles().contains(c.profile())) {
      b.profile(o.profiles().get(o.profiles().size() - 1));
    }
    return b.build();
  }

  private static String name(XmlElement e, String current) {
    String name = RequestValues.text(e, TT, "Name");
    if (name == null) {
      return current;
    }
    if (name.length() > Tokens.MAX_LENGTH) {
      throw MediaFaults.configModify("Name must have at most 64 characters");
    }
    return name;
  }

  private static Resolution resolution(XmlElement r) {
    if (r == null) {
      throw MediaFaults.configModify("Resolution is missing");
    }
    int w = V.integer("Resolution/Width", V.required(r, TT, "Width"));
    int h = V.integer("Resolution/Height", V.required(r, TT, "Height"));
    if (w <= 0 || h <= 0) {
      throw MediaFaults.configModify("Resolution " + w + "x" + h + " is not offered");
    }
    return new Resolution(w, h);
  }

  private static Multicast multicast(XmlElement mc) {
    XmlElement address = RequestValues.child(mc, TT, "Address");
    String ip = null;
    if (address != null) {
      ip = RequestValues.text(address, TT, "IPv4Address");
      if (ip == null) {
        ip = RequestValues.text(address, TT, "IPv6Address");
      }
    }
    if (ip == null) {
      throw MediaFaults.configModify("Multicast/Address has no IPv4Address or IPv6Address");
    }
    return new Multicast(
        ip,
        V.integer("Multicast/Port", V.required(mc, TT, "Port")),
        V.integer("Multicast/TTL", V.required(mc, TT, "TTL")),
        V.bool("Multicast/AutoStart", V.required(mc, TT, "AutoStart")));
  }

  private static String attr(XmlElement e, String name) {
    String v = e.attributeLenient(name);
    if (v == null) {
      throw MediaFaults.configModify("Bounds/@" + name + " is missing");
    }
    return v;
  }
}
