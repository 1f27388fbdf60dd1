package dev.jonvif.device.internal.auth;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * Checks credentials against one camera's users: the seam between the device's auth policy and the
 * wire-level verifiers of {@code dev.jonvif.core.security}.
 */
public interface CredentialVerifier {

  /** Checks the WS-Security header (a {@code wsse:Security} element). */
  AuthDecision checkUsernameToken(XmlElement security);

  /** Checks an HTTP {@code Authorization} header for {@code method} and request URI. */
  AuthDecision checkDigest(String method, String requestUri, String authorization);

  /** The {@code WWW-Authenticate} values to send with a 401 (one per offered algorithm). */
  List<String> challenges(boolean stale);
}
