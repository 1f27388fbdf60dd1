package dev.jonvif.client.events;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.SoapTransport;
import dev.jonvif.client.events.internal.EventCalls;
import dev.jonvif.client.events.internal.EventRequests;
import dev.jonvif.client.events.internal.NotifySession;
import dev.jonvif.client.events.internal.PullPointSession;
import dev.jonvif.client.internal.CameraTransport;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
  private final OnvifCamera camera;

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
    this(transport, endpoint, addressRewrite, clock, cameraOffset, null);
  }

  private EventsClient(
      SoapTransport transport,
      URI endpoint,
      UnaryOperator<String> addressRewrite,
      Clock clock,
      Supplier<Optional<Duration>> cameraOffset,
      OnvifCamera camera) {
    Objects.requireNonNull(transport, "transport");
    this.calls = calls(transport);
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.rewrite = Objects.requireNonNull(addressRewrite, "addressRewrite");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cameraOffset = Objects.requireNonNull(cameraOffset, "cameraOffset");
    this.camera = camera;
  }

  /**
   * The events client of {@code camera} (what {@code camera.events()} returns): its transport, its
   * event service address, its NAT rewriting and clock; Basic Notification available.
   *
   * @throws IllegalStateException when the camera offers no event service
   */
  public static EventsClient of(OnvifCamera camera) {
    URI ev =
        camera
            .endpoint(Namespaces.TEV)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the camera at " + camera.deviceUri() + " offers no event service"));
    return new EventsClient(
        camera.transport(), ev, camera::rewrite, camera.clock(), camera::clockOffset, camera);
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
   * <p>{@link EventMode#AUTO} asks the camera's capabilities first (one request): PullPoint when
   * supported (or not stated), Basic Notification when only that is advertised.
   *
   * @throws IllegalStateException for Basic Notification on a client made without a camera
   * @throws java.io.UncheckedIOException when the notification consumer cannot listen
   */
  public EventSubscription subscribe(EventOptions options, Consumer<OnvifEvent> listener) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    EventMode mode = options.mode() == EventMode.AUTO ? chooseMode() : options.mode();
    if (mode == EventMode.NOTIFY) {
      return subscribeNotify(options, listener);
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

  private EventMode chooseMode() {
    if (camera == null) {
      return EventMode.PULLPOINT;
    }
    try {
      EventServiceCapabilities c = capabilities();
      return !c.wsPullPointSupport() && c.basicNotificationSupport()
          ? EventMode.NOTIFY
          : EventMode.PULLPOINT;
    } catch (OnvifException e) {
      // Unreachable now: PullPoint, which retries until the camera answers.
      return EventMode.PULLPOINT;
    }
  }

  private EventSubscription subscribeNotify(EventOptions options, Consumer<OnvifEvent> listener) {
    if (camera == null) {
      throw new IllegalStateException(
          "Basic Notification needs the camera: use camera.events() or EventsClient.of(camera)");
    }
    InetSocketAddress bind = options.notifyBind();
    InetAddress address =
        bind.getAddress() == null || bind.getAddress().isAnyLocalAddress()
            ? NotificationConsumer.routeTo(camera.deviceUri().getHost())
            : bind.getAddress();
    NotificationConsumer consumer =
        NotificationConsumer.builder()
            .bind(address)
            .port(bind.getPort())
            .advertisedHost(options.notifyHost())
            .start();
    XmlElement filter = NotifySession.filter(options);
    NotifySession s =
        new NotifySession(
            endpoint.getAuthority(),
            options,
            listener,
            RandomGenerator.getDefault(),
            clock,
            onMessage ->
                consumer.subscribe(camera, filter, options.initialTermination(), onMessage),
            consumer::close);
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
