package dev.jonvif.client.internal;

import static dev.jonvif.core.Namespaces.TDS;

import dev.jonvif.client.SoapTransport;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.types.SystemDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transport of one camera: the chain logging → auth → clock re-sync → quirks → HTTP, plus the
 * camera's clock reading. Thread-safe.
 */
public final class CameraTransport implements SoapTransport, AutoCloseable {

  private final URI deviceUri;
  private final HttpGateway gateway;
  private final AuthState auth;
  private final ClockState clock;
  private final QuirksLink quirks = new QuirksLink();
  private final InterceptorChain chain;
  // A lock rather than synchronized: the holder does network I/O, and on Java 21 a virtual thread
  // blocked inside synchronized pins its carrier.
  private final java.util.concurrent.locks.ReentrantLock resyncLock =
      new java.util.concurrent.locks.ReentrantLock();
  private volatile long lastResyncNanos;
  private volatile SystemDateTime lastCameraTime;

  public CameraTransport(URI deviceUri, HttpGateway gateway, AuthState auth) {
    this.deviceUri = deviceUri;
    this.gateway = gateway;
    this.auth = auth;
    this.clock = auth.clock();
    this.chain =
        new InterceptorChain(
            List.of(
                new LoggingLink(),
                new AuthLink(auth),
                new ClockResyncLink(clock, this::resync),
                quirks,
                new HttpLink(gateway)));
  }

  public AuthState auth() {
    return auth;
  }

  public ClockState clock() {
    return clock;
  }

  public HttpGateway gateway() {
    return gateway;
  }

  public QuirksLink quirks() {
    return quirks;
  }

  @Override
  public SoapEnvelope exchange(URI endpoint, SoapEnvelope request, String action) {
    SoapCall call = SoapCall.of(endpoint, request, action);
    return chain.execute(call).interpret(call.context());
  }

  /**
   * As {@link #exchange} for a long poll: the camera may hold the answer for {@code wait} (added to
   * the request deadline; the call takes none of the camera's request slots).
   */
  public SoapEnvelope exchangeLongPoll(
      URI endpoint, SoapEnvelope request, String action, Duration wait) {
    SoapCall call = SoapCall.of(endpoint, request, action).asLongPoll(wait);
    return chain.execute(call).interpret(call.context());
  }

  /**
   * Reads the camera's clock with GetSystemDateAndTime (without credentials first, then with them
   * for devices that require them) and records the offset.
   *
   * @return the camera's answer
   */
  public SystemDateTime readClock() {
    XmlElement body = XmlElement.builder(TDS, "GetSystemDateAndTime").build();
    SoapCall call = SoapCall.of(deviceUri, SoapEnvelope.of(body), Soap.action(body)).asAnonymous();
    Instant before = clock.now();
    long sent = System.nanoTime();
    SoapEnvelope env = chain.execute(call).interpret(call.context());
    Instant after = clock.now();
    XmlElement r = env.bodyElement();
    if (r == null) {
      throw new dev.jonvif.core.MalformedMessageException("empty GetSystemDateAndTimeResponse");
    }
    XmlElement sdt = r.childLenient(TDS, "SystemDateAndTime");
    SystemDateTime time = SystemDateTime.fromElement(sdt == null ? r : sdt);
    Instant middle = before.plus(Duration.between(before, after).dividedBy(2));
    time.clockOffset(middle).ifPresent(clock::measured);
    lastCameraTime = time;
    lastResyncNanos = sent;
    return time;
  }

  /** The camera's last clock reading, if any. */
  public Optional<SystemDateTime> lastCameraTime() {
    return Optional.ofNullable(lastCameraTime);
  }

  /** Re-reads the clock after a refusal; concurrent refusals share one reading. */
  private boolean resync(long refusedSendNanos) {
    resyncLock.lock();
    try {
      if (lastCameraTime != null
          && lastResyncNanos - refusedSendNanos > 0
          && clock.offset().isPresent()) {
        return true;
      }
      try {
        readClock();
        return clock.offset().isPresent();
      } catch (OnvifException e) {
        return false;
      }
    } finally {
      resyncLock.unlock();
    }
  }

  @Override
  public void close() {
    gateway.close();
  }
}
