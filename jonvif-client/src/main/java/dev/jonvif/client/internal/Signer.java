package dev.jonvif.client.internal;

import dev.jonvif.core.soap.SoapEnvelope;

/**
 * Authenticates one HTTP attempt of a call: adds a WS-Security header to the envelope, an {@code
 * Authorization} header, both, or nothing. Called again for every attempt.
 */
public interface Signer {

  /** No authentication. */
  Signer NONE =
      new Signer() {
        @Override
        public Signed sign(SoapCall call) {
          return new Signed(call.envelope(), null);
        }

        @Override
        public String toString() {
          return "none";
        }
      };

  /** The envelope and HTTP header to send for one attempt. */
  Signed sign(SoapCall call);

  /** Whether this signer puts a WS-UsernameToken (which depends on the clock) into the message. */
  default boolean usesUsernameToken() {
    return false;
  }

  /**
   * What to send.
   *
   * @param envelope the envelope with any security header added
   * @param authorization the {@code Authorization} header value, or {@code null}
   */
  record Signed(SoapEnvelope envelope, String authorization) {}
}
