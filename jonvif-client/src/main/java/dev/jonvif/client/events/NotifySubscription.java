package dev.jonvif.client.events;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One Basic Notification subscription made by a {@link NotificationConsumer}: the camera's
 * subscription manager reference, the termination time by the camera's clock, and Renew and
 * Unsubscribe. Requests to the subscription manager carry its reference parameters as headers and
 * the WS-BaseNotification actions.
 */
public final class NotifySubscription implements AutoCloseable {

  static final String BW = "http://docs.oasis-open.org/wsn/bw-2";
  static final String SUBSCRIBE_ACTION = BW + "/NotificationProducer/SubscribeRequest";
  static final String RENEW_ACTION = BW + "/SubscriptionManager/RenewRequest";
  static final String UNSUBSCRIBE_ACTION = BW + "/SubscriptionManager/UnsubscribeRequest";

  private static final System.Logger LOG = System.getLogger(NotifySubscription.class.getName());

  private final OnvifCamera camera;
  private final URI consumerAddress;
  private final Consumer<XmlElement> onMessage;
  private final Runnable onClose;
  private final BlockingQueue<XmlElement> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final Thread delivery;
  private volatile EndpointReference reference;
  private volatile Instant currentTime;
  private volatile Instant terminationTime;
  private volatile boolean closed;

  NotifySubscription(
      OnvifCamera camera,
      URI consumerAddress,
      Consumer<XmlElement> onMessage,
      int queueLimit,
      Runnable onClose) {
    this.camera = camera;
    this.consumerAddress = consumerAddress;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.queue = new LinkedBlockingQueue<>(queueLimit);
    this.delivery = Thread.ofVirtual().name("jonvif-notify-" + camera.deviceUri()).start(this::run);
  }

  /** The subscription manager (address and reference parameters) the camera returned. */
  public EndpointReference reference() {
    return reference;
  }

  /** Where the camera posts this subscription's notifications. */
  public URI consumerAddress() {
    return consumerAddress;
  }

  /** The camera's CurrentTime at the last Subscribe or Renew, when it sent one. */
  public Optional<Instant> currentTime() {
    return Optional.ofNullable(currentTime);
  }

  /**
   * When the subscription ends by the camera's clock, as of the last Subscribe or Renew (compare
   * with {@link #currentTime()}, not with this machine's clock).
   */
  public Optional<Instant> terminationTime() {
    return Optional.ofNullable(terminationTime);
  }

  /** Messages dropped because the callback fell more than the queue limit behind. */
  public long droppedMessages() {
    return dropped.get();
  }

  /**
   * Extends the subscription to {@code duration} from now (Renew with a relative time).
   *
   * @return the new termination time by the camera's clock, when it sent one
   * @throws OnvifException e.g. a {@code ResourceUnknownFault} when the camera dropped it
   */
  public Optional<Instant> renew(Duration duration) {
    XmlElement body =
        XmlElement.builder(Namespaces.WSNT, "Renew")
            .child(Namespaces.WSNT, "TerminationTime", XsDuration.format(duration))
            .build();
    XmlElement response = manager(body, RENEW_ACTION);
    times(response);
    return terminationTime();
  }

  /** Ends the subscription on the camera (Unsubscribe) and stops delivery. */
  public void unsubscribe() {
    try {
      manager(XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build(), UNSUBSCRIBE_ACTION);
    } finally {
      stop();
    }
  }

  /** Unsubscribes, ignoring failures (the camera may be gone), and stops delivery. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      unsubscribe();
    } catch (OnvifException | IllegalStateException e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "Unsubscribe at {0} failed: {1}",
          reference == null ? "?" : reference.address(),
          e.getMessage());
    } finally {
      stop();
    }
  }

  @Override
  public String toString() {
    return "NotifySubscription["
        + camera.deviceUri()
        + " -> "
        + consumerAddress
        + ", until "
        + terminationTime
        + "]";
  }

  void subscribe(XmlElement filter, Duration initialTermination) {
    XmlElement.Builder body =
        XmlElement.builder(Namespaces.WSNT, "Subscribe")
            .child(
                EndpointReference.of(consumerAddress.toString())
                    .toElement(Namespaces.WSNT, "ConsumerReference"));
    if (filter != null) {
      body.child(filter);
    }
    body.child(Namespaces.WSNT, "InitialTerminationTime", XsDuration.format(initialTermination));
    URI events =
        camera
            .endpoint(Namespaces.TEV)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the camera at " + camera.deviceUri() + " offers no event service"));
    XmlElement response = send(events, List.of(), body.build(), SUBSCRIBE_ACTION);
    XmlElement ref = response.childLenient(Namespaces.WSNT, "SubscriptionReference");
    if (ref == null) {
      throw new MalformedMessageException(
          "the SubscribeResponse has no SubscriptionReference",
          -1,
          new ErrorContext(events, SUBSCRIBE_ACTION, null),
          null);
    }
    EndpointReference epr = EndpointReference.fromElement(ref);
    reference =
        epr.address().isEmpty()
            ? new EndpointReference(events.toString(), epr.referenceParameters())
            : new EndpointReference(camera.rewrite(epr.address()), epr.referenceParameters());
    times(response);
  }

  /** Queues messages for the callback; drops (and counts) those beyond the queue limit. */
  void enqueue(List<XmlElement> messages) {
    if (closed) {
      return;
    }
    for (XmlElement m : messages) {
      if (!queue.offer(m)) {
        dropped.incrementAndGet();
      }
    }
  }

  /** Stops the delivery thread without talking to the camera. */
  void stopDelivery() {
    closed = true;
    delivery.interrupt();
  }

  private void stop() {
    if (!closed) {
      stopDelivery();
    }
    onClose.run();
  }

  private void run() {
    try {
      while (!closed) {
        XmlElement m = queue.take();
        try {
          onMessage.accept(m);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "notification callback failed", e);
        }
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  private XmlElement manager(XmlElement body, String action) {
    EndpointReference r = reference;
    if (r == null) {
      throw new IllegalStateException("not subscribed");
    }
    return send(URI.create(r.address()), r.referenceParameterHeaders(), body, action);
  }

  private XmlElement send(URI to, List<XmlElement> headers, XmlElement body, String action) {
    SoapEnvelope request =
        SoapEnvelope.of(body)
            .withHeaders(headers)
            .withAddressing(
                new Addressing(action, "urn:uuid:" + UUID.randomUUID(), to.toString(), null, null),
                Namespaces.WSA);
    SoapEnvelope response = camera.transport().exchange(to, request, action);
    XmlElement first = response.bodyElement();
    if (first == null) {
      throw new MalformedMessageException(
          "empty SOAP Body in the answer to " + body.localName(),
          -1,
          new ErrorContext(to, action, null),
          null);
    }
    return first;
  }

  private void times(XmlElement response) {
    currentTime = instant(response.childTextLenient("CurrentTime"));
    terminationTime = instant(response.childTextLenient("TerminationTime"));
  }

  private static Instant instant(String text) {
    return text == null ? null : XsDateTime.parseLenient(text).instant().orElse(null);
  }
}
