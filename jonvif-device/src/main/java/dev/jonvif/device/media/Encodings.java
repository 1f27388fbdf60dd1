package dev.jonvif.device.media;

import dev.jonvif.device.VideoEncoding;

/**
 * How the media services name a {@link VideoEncoding}. Media (ver10) knows JPEG, MPEG4 and H264
 * only (tt:VideoEncoding); Media2 uses MIME subtype names (tt:VideoEncodingMimeNames) and adds
 * H265.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, VideoEncoding and
 *     VideoEncodingMimeNames</a>
 */
final class Encodings {

  private Encodings() {}

  /** The Media2 name, e.g. {@code H265}. */
  static String mimeName(VideoEncoding e) {
    return e.name();
  }

  /** The Media (ver10) name, or {@code null} when ver10 cannot express the encoding. */
  static String media1Name(VideoEncoding e) {
    return e == VideoEncoding.H265 ? null : e.name();
  }

  /** Whether Media (ver10) can show a configuration with this encoding. */
  static boolean inMedia1(VideoEncoding e) {
    return e != VideoEncoding.H265;
  }

  /** Whether the encoding has a GOP and codec profiles (everything but JPEG). */
  static boolean hasGov(VideoEncoding e) {
    return e != VideoEncoding.JPEG;
  }

  /** The encoding for a Media2 name, or {@code null}. */
  static VideoEncoding fromMimeName(String name) {
    for (VideoEncoding e : VideoEncoding.values()) {
      if (mimeName(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The encoding for a Media (ver10) name, or {@code null}. */
  static VideoEncoding fromMedia1Name(String name) {
    for (VideoEncoding e : VideoEncoding.values()) {
      if (name.equals(media1Name(e))) {
        return e;
      }
    }
    return null;
  }
}
