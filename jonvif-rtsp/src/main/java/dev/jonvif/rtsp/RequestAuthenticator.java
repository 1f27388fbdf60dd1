package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.RtspRequest;
import java.util.List;
import java.util.Optional;

/** Decides whether a request for a camera carries acceptable credentials. */
interface RequestAuthenticator {

  /**
   * Empty when the request may proceed; otherwise the {@code WWW-Authenticate} values of the 401
   * response to send.
   */
  Optional<List<String>> challengeIfDenied(String camera, RtspRequest request);

  /** Lets every request through. */
  RequestAuthenticator NONE = (camera, request) -> Optional.empty();
}
