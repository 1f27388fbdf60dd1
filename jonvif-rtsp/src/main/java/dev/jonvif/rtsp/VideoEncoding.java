package dev.jonvif.rtsp;

/** The video encodings the server can stream. */
public enum VideoEncoding {
  /** Motion JPEG as RTP/JPEG (RFC 2435), payload type 26. Always available. */
  JPEG,
  /** H.264 (RFC 6184), payload type 96. Needs jcodec on the class path for generated frames. */
  H264,
  /** H.265 (RFC 7798), payload type 96. Needs ffmpeg with libx265 for generated frames. */
  H265
}
