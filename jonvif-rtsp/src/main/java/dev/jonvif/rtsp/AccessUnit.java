package dev.jonvif.rtsp;

import java.time.Instant;
import java.util.Objects;

/**
 * One encoded picture.
 *
 * @param time when the picture was taken; RTP timestamps follow these times
 * @param data for JPEG a complete baseline JFIF file; for H.264/H.265 the NAL units in Annex B form
 *     (start codes), parameter sets in-band before each key frame
 * @param keyFrame whether a decoder can start here (every JPEG; an IDR/IRAP picture)
 */
public record AccessUnit(Instant time, byte[] data, boolean keyFrame) {

  public AccessUnit {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
  }
}
