package dev.jonvif.core.model;

import java.util.Locale;

/**
 * Video encoding names. Media1 uses {@code JPEG}, {@code MPEG4}, {@code H264}; Media2 uses the IANA
 * names {@code JPEG}, {@code MPV4-ES}, {@code H264}, {@code H265}; devices also send {@code H.264},
 * {@code h265}, {@code HEVC}. This package stores the canonical upper-case name ({@code JPEG},
 * {@code MPEG4}, {@code H264}, {@code H265}, or the received name upper-cased).
 */
public final class VideoEncoding {

  public static final String JPEG = "JPEG";
  public static final String MPEG4 = "MPEG4";
  public static final String H264 = "H264";
  public static final String H265 = "H265";

  private VideoEncoding() {}

  /** The canonical name of an encoding as a device wrote it; "" for {@code null}. */
  public static String normalize(String wire) {
    if (wire == null) {
      return "";
    }
    String s = wire.strip().toUpperCase(Locale.ROOT).replace(".", "").replace("_", "");
    return switch (s) {
      case "MPV4-ES", "MP4V-ES", "MPEG-4", "MPEG4" -> MPEG4;
      case "HEVC", "H265" -> H265;
      case "AVC", "H264" -> H264;
      case "MJPEG", "JPEG" -> JPEG;
      default -> s;
    };
  }

  /** The Media2 (IANA) name for a canonical encoding. */
  public static String toMedia2(String encoding) {
    String n = normalize(encoding);
    return n.equals(MPEG4) ? "MPV4-ES" : n;
  }
}
