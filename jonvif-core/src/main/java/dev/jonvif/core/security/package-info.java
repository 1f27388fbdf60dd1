/**
 * Credentials on the wire: WS-Security UsernameToken and HTTP Digest (RFC 7616), for both the
 * client (building) and the device (verifying). JDK only; no I/O, no threads; time comes from an
 * injected {@link java.time.Clock}. Every public class is immutable or thread-safe.
 *
 * <h2>Client side</h2>
 *
 * <p>WS-UsernameToken, one per request (the nonce must never repeat):
 *
 * <pre>{@code
 * Credentials creds = new Credentials("admin", password);
 * XmlElement security =
 *     UsernameToken.create(creds, PasswordType.DIGEST, clock, deviceClockOffset)
 *         .toSecurityHeader();  // goes into the SOAP envelope's Header
 * }</pre>
 *
 * <p>HTTP Digest, after a 401 response:
 *
 * <pre>{@code
 * DigestClientSession session =
 *     DigestClientSession.fromHeaders(creds, wwwAuthenticateValues).orElseThrow(...);
 * String authorization = session.authorization("POST", "/onvif/device_service");
 * // on a later 401: session.update(newWwwAuthenticateValues), then retry if the challenge is
 * // stale (or once, for servers that never say stale)
 * }</pre>
 *
 * <h2>Device side</h2>
 *
 * <pre>{@code
 * UsernameTokenVerifier tokens = UsernameTokenVerifier.builder(users).clock(clock).build();
 * DigestVerifier digest = DigestVerifier.builder("jonvif", users).clock(clock).build();
 *
 * AuthResult r = tokens.verify(securityHeaderOrNull);           // SOAP: Denied -> ter:NotAuthorized
 * AuthResult h = digest.verify(method, target, authorization);  // HTTP: Denied -> 401 with
 * List<String> challenges = digest.challengeHeaders(h instanceof AuthResult.Denied d && d.isStale());
 * }</pre>
 *
 * <p>Results are {@link dev.jonvif.core.security.AuthResult} values: {@code Allowed(username,
 * method)} or {@code Denied(reason, message, username)}. The reason is for logs and metrics; the
 * message is safe to return and never tells a wrong password from an unknown user.
 *
 * <h2>Choices worth knowing</h2>
 *
 * <ul>
 *   <li>The {@code wsse:Security} header carries no {@code s:mustUnderstand} (see {@link
 *       dev.jonvif.core.security.UsernameToken}).
 *   <li>Devices refuse tokens without Nonce or Created, and {@code #PasswordText} (also a Password
 *       without {@code Type}, which the profile defines as text) unless enabled.
 *   <li>Secrets are compared with {@link java.security.MessageDigest#isEqual}; an unknown user
 *       costs the same hashing as a known one.
 *   <li>Replay defences are bounded in size and time and fail closed: when they must forget early,
 *       old tokens are refused (UsernameToken) or sent back for a fresh nonce (Digest, as stale).
 *   <li>Digests are computed with a new {@link java.security.MessageDigest} per call (a few hundred
 *       nanoseconds). There are no {@code ThreadLocal} caches: with virtual threads they would hold
 *       one digest per thread. Locks are {@link java.util.concurrent.locks.ReentrantLock}s around a
 *       few map operations, so virtual threads never pin.
 *   <li>Text is UTF-8 throughout (passwords, user names, Created). Digest user names that are not
 *       printable ASCII travel as {@code username*} (RFC 8187).
 *   <li>Not supported: Digest {@code auth-int} and {@code userhash}; WS-Security signatures and
 *       encryption.
 * </ul>
 */
package dev.jonvif.core.security;
