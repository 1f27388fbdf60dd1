package dev.jonvif.device;

/** Video encodings a virtual camera can offer. */
public enum VideoEncoding {
  JPEG,
  H264,
  H265
}
