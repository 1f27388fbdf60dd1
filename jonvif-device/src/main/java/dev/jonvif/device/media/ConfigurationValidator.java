package dev.jonvif.device.media;

import dev.jonvif.core.SoapFaultException;

/**
 * Checks a proposed configuration against the options the camera advertises. Every failure is
 * {@code env:Sender/ter:InvalidArgVal/ter:ConfigModify} with a reason naming the field and the
 * allowed values.
 */
final class ConfigurationValidator {

  private ConfigurationValidator() {}

  static void check(VideoEncoderConfiguration c, MediaPersona persona, MediaApi api) {
    checkName(c.name());
    VideoSourceOptions src = persona.source(c.sourceToken());
    EncodingOptions o = src == null ? null : src.options(c.encoding());
    if (o == null || !MediaPersona.visible(api, c.encoding())) {
      throw fail(
          "Encoding " + Encodings.mimeName(c.encoding()) + " is not offered for " + c.token());
    }
    if (!o.offers(c.resolution())) {
      throw fail("Resolution " + c.resolution() + " is not offered for " + c.encoding());
    }
    if (Float.isNaN(c.quality())
        || c.quality() < o.quality().min()
        || c.quality() > o.quality().max()) {
      throw fail("Quality " + c.quality() + " is outside " + range(o.quality()));
    }
    if (!o.frameRate().contains(c.frameRateLimit())) {
      throw fail("FrameRateLimit " + c.frameRateLimit() + " is outside " + range(o.frameRate()));
    }
    if (!o.encodingInterval().contains(c.encodingInterval())) {
      throw fail(
          "EncodingInterval "
              + c.encodingInterval()
              + " is outside "
              + range(o.encodingInterval()));
    }
    if (!o.bitrate().contains(c.bitrateLimit())) {
      throw fail("BitrateLimit " + c.bitrateLimit() + " is outside " + range(o.bitrate()));
    }
    if (Encodings.hasGov(c.encoding())) {
      if (!o.govLength().contains(c.govLength())) {
        throw fail("GovLength " + c.govLength() + " is outside " + range(o.govLength()));
      }
      if (!o.profiles().contains(c.profile())) {
        throw fail("Profile " + MediaFaults.clip(c.profile()) + " is not one of " + o.profiles());
      }
    }
    checkMulticast(c.multicast());
    checkTimeout(c.sessionTimeout());
  }

  static void check(VideoSourceConfiguration c, MediaPersona persona) {
    checkName(c.name());
    VideoSourceOptions src = persona.source(c.sourceToken());
    if (src == null) {
      throw fail("SourceToken " + MediaFaults.clip(c.sourceToken()) + " is not a video source");
    }
    if (!c.bounds().equals(Bounds.full(src.source().resolution()))) {
      throw fail(
          "Bounds must cover the whole picture of "
              + src.source().token()
              + " ("
              + src.source().resolution()
              + " at 0,0)");
    }
  }

  static void check(MetadataConfiguration c, MediaPersona persona) {
    checkName(c.name());
    if (c.analytics()) {
      throw fail("Analytics metadata is not supported");
    }
    if (c.hasPtzFilter() && !persona.hasPtz()) {
      throw fail("PTZ status metadata is not supported (the camera has no PTZ)");
    }
    checkMulticast(c.multicast());
    checkTimeout(c.sessionTimeout());
  }

  private static void checkName(String name) {
    if (name == null || name.length() > Tokens.MAX_LENGTH) {
      throw fail("Name must have at most " + Tokens.MAX_LENGTH + " characters");
    }
  }

  private static void checkMulticast(Multicast m) {
    if (m.port() < 0 || m.port() > 65535) {
      throw fail("Multicast port " + m.port() + " is outside 0..65535");
    }
    if (m.ttl() < 0 || m.ttl() > 255) {
      throw fail("Multicast TTL " + m.ttl() + " is outside 0..255");
    }
    if (!MulticastAddresses.isValid(m.address())) {
      throw fail("Multicast address " + MediaFaults.clip(m.address()) + " is not an IP address");
    }
  }

  private static void checkTimeout(java.time.Duration d) {
    if (d.isNegative()) {
      throw fail("SessionTimeout must not be negative");
    }
  }

  private static String range(IntRange r) {
    return r.min() + ".." + r.max();
  }

  private static SoapFaultException fail(String reason) {
    return MediaFaults.configModify(reason);
  }
}
