/**
 * Test support shared by every jonvif module.
 *
 * <ul>
 *   <li>{@link dev.jonvif.testkit.OnvifSchemas}: offline validation of envelopes and elements
 *       against the official ONVIF schemas in {@code ../shared/onvif-reference/wsdl}.
 *   <li>{@link dev.jonvif.testkit.FakeCamera} with {@link dev.jonvif.testkit.FakeResponse} and
 *       {@link dev.jonvif.testkit.RecordedRequest}: a scriptable HTTP camera on 127.0.0.1 with
 *       fault injection (disconnects, stalls, slow bodies, HTTP Digest, skewed clocks).
 *   <li>{@link dev.jonvif.testkit.Fixtures}: wire bytes from {@code src/test/resources/fixtures};
 *       {@link dev.jonvif.testkit.Captures}: the real-device captures in {@code
 *       ../shared/onvif-reference/captures}.
 *   <li>{@link dev.jonvif.testkit.MutableClock}: a clock the test moves.
 * </ul>
 *
 * Helpers that need {@code ../shared} skip the calling test when it is missing, and fail it when
 * the environment variable {@code CI} is {@code true}.
 */
package dev.jonvif.testkit;
