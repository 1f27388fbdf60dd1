package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.RtspResponse;

/**
 * A response and what to do once it is written (start sending media: media must not overtake the
 * PLAY response on an interleaved connection).
 */
record Reply(RtspResponse response, Runnable afterWrite) {

  static Reply of(RtspResponse response) {
    return new Reply(response, () -> {});
  }
}
