package dev.jonvif.rtsp.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A session description (RFC 8866), as much of it as RTSP needs: session-level attributes and the
 * media sections with their attributes. {@link #parse} reads one leniently; {@link #toString()}
 * writes it with CRLF line ends.
 *
 * @param sessionLines the session-level lines other than attributes, in order, as {@code x=value}
 * @param sessionAttributes the session-level {@code a=} lines' values, in order
 * @param media the media sections
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8866">RFC 8866</a>
 */
public record Sdp(List<String> sessionLines, List<String> sessionAttributes, List<Media> media) {

  /**
   * One media section.
   *
   * @param type {@code video}, {@code audio}, {@code application}...
   * @param port the port in the {@code m=} line (0 for RTSP)
   * @param protocol e.g. {@code RTP/AVP}
   * @param formats the payload types
   * @param lines the section's other lines ({@code c=}, {@code b=}) as {@code x=value}
   * @param attributes the section's {@code a=} values, in order
   */
  public record Media(
      String type,
      int port,
      String protocol,
      List<String> formats,
      List<String> lines,
      List<String> attributes) {

    public Media {
      formats = List.copyOf(formats);
      lines = List.copyOf(lines);
      attributes = List.copyOf(attributes);
    }

    /** The value of the first {@code a=name:value} (or "" for a flag {@code a=name}). */
    public Optional<String> attribute(String name) {
      return Sdp.attribute(attributes, name);
    }

    /** The first payload type as a number, or -1. */
    public int payloadType() {
      try {
        return formats.isEmpty() ? -1 : Integer.parseInt(formats.get(0));
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** The encoding name of the first payload type from {@code a=rtpmap}, upper-cased. */
    public Optional<String> encodingName() {
      String pt = formats.isEmpty() ? "" : formats.get(0);
      for (String a : attributes) {
        if (a.regionMatches(true, 0, "rtpmap:", 0, 7)) {
          String[] parts = a.substring(7).strip().split("\\s+", 2);
          if (parts.length == 2 && parts[0].equals(pt)) {
            return Optional.of(parts[1].split("/")[0].toUpperCase(Locale.ROOT));
          }
        }
      }
      return payloadType() == JpegPayload.PAYLOAD_TYPE ? Optional.of("JPEG") : Optional.empty();
    }

    /** The {@code a=fmtp} parameters of the first payload type (names lower-cased). */
    public Map<String, String> formatParameters() {
      String pt = formats.isEmpty() ? "" : formats.get(0);
      Map<String, String> out = new LinkedHashMap<>();
      for (String a : attributes) {
        if (a.regionMatches(true, 0, "fmtp:", 0, 5)) {
          String[] parts = a.substring(5).strip().split("\\s+", 2);
          if (parts.length == 2 && parts[0].equals(pt)) {
            for (String kv : parts[1].split(";")) {
              int eq = kv.indexOf('=');
              if (eq > 0) {
                out.put(
                    kv.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                    kv.substring(eq + 1).strip());
              }
            }
          }
        }
      }
      return out;
    }
  }

  public Sdp {
    sessionLines = List.copyOf(sessionLines);
    sessionAttributes = List.copyOf(sessionAttributes);
    media = List.copyOf(media);
  }

  /** Reads a description; unknown and malformed lines are skipped. */
  public static Sdp parse(String text) {
    List<String> session = new ArrayList<>();
    List<String> sessionAttrs = new ArrayList<>();
    List<Media> media = new ArrayList<>();
    String[] m = null;
    List<String> lines = new ArrayList<>();
    List<String> attrs = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.length() < 2 || line.charAt(1) != '=') {
        continue;
      }
      char key = line.charAt(0);
      String value = line.substring(2);
      if (key == 'm') {
        if (m != null) {
          media.add(media(m, lines, attrs));
        }
        m = value.strip().split("\\s+");
        lines = new ArrayList<>();
        attrs = new ArrayList<>();
      } else if (m == null) {
        (key == 'a' ? sessionAttrs : session).add(key == 'a' ? value : line);
      } else {
        (key == 'a' ? attrs : lines).add(key == 'a' ? value : line);
      }
    }
    if (m != null) {
      media.add(media(m, lines, attrs));
    }
    return new Sdp(session, sessionAttrs, media);
  }

  private static Media media(String[] m, List<String> lines, List<String> attrs) {
    int port;
    try {
      port = m.length > 1 ? Integer.parseInt(m[1].split("/")[0]) : 0;
    } catch (NumberFormatException e) {
      port = 0;
    }
    List<String> formats = new ArrayList<>();
    for (int i = 3; i < m.length; i++) {
      formats.add(m[i]);
    }
    return new Media(m[0], port, m.length > 2 ? m[2] : "", formats, lines, attrs);
  }

  /** The value of the first session-level {@code a=name:value}. */
  public Optional<String> attribute(String name) {
    return attribute(sessionAttributes, name);
  }

  private static Optional<String> attribute(List<String> attributes, String name) {
    for (String a : attributes) {
      if (a.equalsIgnoreCase(name)) {
        return Optional.of("");
      }
      if (a.length() > name.length()
          && a.charAt(name.length()) == ':'
          && a.regionMatches(true, 0, name, 0, name.length())) {
        return Optional.of(a.substring(name.length() + 1).strip());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(512);
    for (String l : sessionLines) {
      sb.append(l).append("\r\n");
    }
    for (String a : sessionAttributes) {
      sb.append("a=").append(a).append("\r\n");
    }
    for (Media md : media) {
      sb.append("m=").append(md.type()).append(' ').append(md.port()).append(' ');
      sb.append(md.protocol()).append(' ').append(String.join(" ", md.formats())).append("\r\n");
      for (String l : md.lines()) {
        sb.append(l).append("\r\n");
      }
      for (String a : md.attributes()) {
        sb.append("a=").append(a).append("\r\n");
      }
    }
    return sb.toString();
  }
}
