package dev.jonvif.core.security;

/**
 * Whether a {@link DigestVerifier} accepts Digest credentials of the RFC 2069 form: no {@code qop},
 * {@code nc} or {@code cnonce}, and a response of {@code MD5(HA1:nonce:HA2)}. A named leniency for
 * RTSP clients built on live555 (VLC, openRTSP and many NVRs), which answer every challenge that
 * way, e.g.
 *
 * <pre>
 * Authorization: Digest username="viewer", realm="jonvif", nonce="…",
 *     uri="rtsp://127.0.0.1:8554/cam1/Profile_1", response="…"
 * </pre>
 *
 * <p>Without a nonce count the server cannot tell a replayed request from a new one, so such
 * credentials stay good for the whole nonce lifetime. Accept them only where that is tolerable,
 * e.g. for RTSP, whose requests watch a stream and change nothing on the device.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2069#section-2.1.2">RFC 2069 §2.1.2</a>
 */
public enum Rfc2069Policy {
  /** Only RFC 7616 credentials with {@code qop=auth} (the default). */
  REFUSE,
  /** Also RFC 2069 credentials, with MD5 only, when MD5 is one of the verifier's algorithms. */
  ACCEPT_MD5
}
