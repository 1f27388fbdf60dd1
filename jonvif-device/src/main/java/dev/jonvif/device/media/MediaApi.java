package dev.jonvif.device.media;

/** Which media service a request came through; they differ in what they can show. */
public enum MediaApi {
  /** Media (ver10, trt): no H.265. */
  MEDIA1,
  /** Media2 (ver20, tr2). */
  MEDIA2
}
