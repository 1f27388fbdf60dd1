package dev.jonvif.rtsp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The stream named by a request URI: {@code rtsp://host:port/<camera>/<profile>[/<track>]} (or the
 * bare path). {@code base} is the aggregate control URL as the client wrote it, without a trailing
 * slash.
 *
 * @param camera the first path segment, percent-decoded
 * @param profile the second path segment, percent-decoded
 * @param track the third segment ({@value #METADATA_TRACK} for metadata, any other name for the
 *     video), or {@code null}
 * @param base the URI up to and including the profile segment
 */
record StreamPath(String camera, String profile, String track, String base) {

  /** The path segment that prefixes streams reached through an HTTP tunnel. */
  static final String TUNNEL_SEGMENT = "rtsp-tunnel";

  /** The track name of a stream's metadata track. */
  static final String METADATA_TRACK = "trackID=1";

  /** The video track's control URL the server advertises in SDP. */
  String trackUrl() {
    return base + "/trackID=0";
  }

  /** The metadata track's control URL the server advertises in SDP. */
  String metadataTrackUrl() {
    return base + "/" + METADATA_TRACK;
  }

  /** Whether this names the metadata track (any other track name is the video). */
  boolean isMetadataTrack() {
    return METADATA_TRACK.equals(track);
  }

  /** Reads a request URI; empty when it does not name a stream. */
  static Optional<StreamPath> parse(String uri) {
    String prefix = "";
    String path = uri;
    int scheme = uri.indexOf("://");
    if (scheme > 0) {
      int slash = uri.indexOf('/', scheme + 3);
      if (slash < 0) {
        return Optional.empty();
      }
      prefix = uri.substring(0, slash);
      path = uri.substring(slash);
    }
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(1).split("/", -1);
    int n = parts.length;
    while (n > 0 && parts[n - 1].isEmpty()) {
      n--;
    }
    int first = 0;
    if (n >= 3 && parts[0].equals(TUNNEL_SEGMENT)) {
      prefix += "/" + TUNNEL_SEGMENT;
      first = 1;
    }
    int count = n - first;
    if (count < 2 || count > 3 || parts[first].isEmpty() || parts[first + 1].isEmpty()) {
      return Optional.empty();
    }
    String camera = decode(parts[first]);
    String profile = decode(parts[first + 1]);
    if (camera == null || profile == null) {
      return Optional.empty();
    }
    String base = prefix + "/" + parts[first] + "/" + parts[first + 1];
    return Optional.of(new StreamPath(camera, profile, count == 3 ? parts[first + 2] : null, base));
  }

  /** Percent-decodes a path segment as UTF-8; {@code null} when malformed. */
  static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
