package dev.jonvif.client.events;

import dev.jonvif.client.SoapTransport;
import dev.jonvif.client.events.internal.EventCalls;
import dev.jonvif.client.events.internal.EventRequests;
import dev.jonvif.client.events.internal.PullPointSession;
import dev.jonvif.client.internal.CameraTransport;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The event service ({@code tev}) of one camera: its capabilities, its topic catalogue, and
 * subscriptions that keep themselves alive. Reach it with {@code camera.events()}.
 *
 * <pre>{@code
 * try (EventSubscription s = camera.events().subscribe(EventOptions.defaults(), e -> {
 *   if (e.kind() == SensorKind.MOTION) System.out.println("motion " + e.sensor().active());
 * })) {
 *   Thread.sleep(60_000);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Each subscription runs on its own virtual thread; the listener is called on it,
 * in the camera's order, and must not block for long.
 *
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core, §9
 *     (Event handling)</a>
 */
public final class EventsClient {

  private final EventCalls calls;
  private final URI endpoint;
  private final UnaryOperator<String> rewrite;
  private final Clock clock;
  private final Supplier<Optional<Duration>> cameraOffset;

  /**
   * An events client over any transport.
   *
   * @param transport the transport; a camera's own transport also carries long polls past its
   *     request timeout, others need a request timeout above {@link EventOptions#pullTimeout()}
   * @param endpoint the event service address
   * @param addressRewrite applied to the subscription addresses the camera returns (NAT)
   * @param clock the local clock
   * @param cameraOffset the camera clock's offset from {@code clock}, when measured
   */
  public EventsClient(
      SoapTransport transport,
      URI endpoint,
      UnaryOperator<String> addressRewrite,
      Clock clock,
      Supplier<Optional<Duration>> cameraOffset) {
    Objects.requireNonNull(transport, "transport");
    this.calls = calls(transport);
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.rewrite = Objects.requireNonNull(addressRewrite, "addressRewrite");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cameraOffset = Objects.requireNonNull(cameraOffset, "cameraOffset");
  }

  private static EventCalls calls(SoapTransport transport) {
    return (uri, request, action, longPoll) -> {
      SoapEnvelope response =
          transport instanceof CameraTransport ct && longPoll.isPositive()
              ? ct.exchangeLongPoll(uri, request, action, longPoll)
              : transport.exchange(uri, request, action);
      XmlElement body = response.bodyElement();
      if (body == null) {
        throw new MalformedMessageException(
            "empty SOAP Body in the answer to " + request.bodyElement().localName(),
            -1,
            new ErrorContext(uri, action, null),
            null);
      }
      return body;
    };
  }

  /** The event service address. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * GetServiceCapabilities; {@link EventServiceCapabilities#UNKNOWN} when the camera does not
   * implement it.
   */
  public EventServiceCapabilities capabilities() {
    try {
      return EventServiceCapabilities.fromElement(
          call(
              EventRequests.getServiceCapabilities(),
              EventRequests.ACTION_GET_SERVICE_CAPABILITIES));
    } catch (SoapFaultException e) {
      if (e.isActionNotSupported()) {
        return EventServiceCapabilities.UNKNOWN;
      }
      throw e;
    }
  }

  /** GetEventProperties: the camera's topics and filter dialects. */
  public TopicCatalog topics() {
    return TopicCatalog.fromResponse(
        call(EventRequests.getEventProperties(), EventRequests.ACTION_GET_EVENT_PROPERTIES));
  }

  /** Subscribes to every topic with the default options. */
  public EventSubscription subscribe(Consumer<OnvifEvent> listener) {
    return subscribe(EventOptions.defaults(), listener);
  }

  /**
   * Starts a subscription that delivers events to {@code listener} until closed. Returns at once;
   * the subscription is created on its own thread ({@link EventSubscription#awaitActive} waits for
   * it) and re-created after any loss.
   *
   * @throws UnsupportedOperationException for {@link EventMode#NOTIFY} until the notification
   *     consumer is available
   */
  public EventSubscription subscribe(EventOptions options, Consumer<OnvifEvent> listener) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    if (options.mode() == EventMode.NOTIFY) {
      throw new UnsupportedOperationException("Basic Notification mode is not available yet");
    }
    PullPointSession s =
        new PullPointSession(
            calls,
            endpoint,
            rewrite,
            clock,
            cameraOffset,
            options,
            listener,
            RandomGenerator.getDefault());
    s.start();
    return s;
  }

  private XmlElement call(XmlElement body, String action) {
    return calls.call(endpoint, SoapEnvelope.of(body), action, Duration.ZERO);
  }

  @Override
  public String toString() {
    return "EventsClient[" + endpoint + "]";
  }
}
