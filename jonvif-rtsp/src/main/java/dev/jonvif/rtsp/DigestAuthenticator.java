package dev.jonvif.rtsp;

import java.time.Clock;

/** HTTP Digest for RTSP requests, one realm per server, users per camera. */
final class DigestAuthenticator {

  private DigestAuthenticator() {}

  /** The authenticator for {@code auth}. */
  static RequestAuthenticator of(StreamAuth auth, Clock clock) {
    // TODO(core-security): Digest verification with dev.jonvif.core.security once it lands.
    return RequestAuthenticator.NONE;
  }
}
