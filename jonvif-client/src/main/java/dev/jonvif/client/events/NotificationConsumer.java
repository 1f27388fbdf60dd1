package dev.jonvif.client.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A WS-BaseNotification consumer: an embedded HTTP listener ({@code com.sun.net.httpserver}) that
 * receives the {@code Notify} messages cameras push, and the Subscribe call that sets them up. One
 * consumer serves any number of subscriptions (of any number of cameras), each at its own
 * unguessable path, so a Notify is routed to its subscription by the URL it was posted to.
 *
 * <p>The listener is hardened: only {@code POST} is accepted (405 otherwise), bodies larger than
 * {@link Builder#maxBodyBytes} are refused (413), anything but a SOAP {@code wsnt:Notify} is a 400,
 * and a Notify is answered {@code 202 Accepted} as soon as its messages are queued: callbacks run
 * later, one virtual thread per subscription, in arrival order.
 *
 * <pre>{@code
 * try (NotificationConsumer consumer = NotificationConsumer.forCamera(camera);
 *     NotifySubscription s = consumer.subscribe(camera, null, Duration.ofMinutes(5), print)) {
 *   ... s.renew(Duration.ofMinutes(5)) before s.terminationTime() ...
 * }
 * }</pre>
 */
public final class NotificationConsumer implements AutoCloseable {

  /** Largest Notify body accepted unless told otherwise. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  /** Messages queued per subscription for a slow callback before new ones are dropped. */
  public static final int DEFAULT_QUEUE_LIMIT = 1000;

  /** The path below which subscriptions get their consumer addresses. */
  static final String PATH = "/jonvif/notify/";

  private static final System.Logger LOG = System.getLogger(NotificationConsumer.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpServer server;
  private final ExecutorService executor;
  private final String advertisedHost;
  private final long maxBodyBytes;
  private final int queueLimit;
  private final Map<String, NotifySubscription> subscriptions = new ConcurrentHashMap<>();

  private NotificationConsumer(Builder b) throws IOException {
    this.maxBodyBytes = b.maxBodyBytes;
    this.queueLimit = b.queueLimit;
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.server = HttpServer.create(new InetSocketAddress(b.bind, b.port), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    this.advertisedHost =
        b.advertisedHost != null ? b.advertisedHost : hostOf(server.getAddress().getAddress());
  }

  /** A builder: loopback, any free port. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A consumer on an ephemeral port of the local address that routes to {@code camera} (found
   * without sending anything: a UDP socket is connected, which only picks the route).
   */
  public static NotificationConsumer forCamera(OnvifCamera camera) {
    return builder().bind(routeTo(camera.deviceUri().getHost())).start();
  }

  /** The base address cameras post to (subscriptions use paths below it). */
  public URI address() {
    return URI.create("http://" + advertisedHost + ":" + server.getAddress().getPort() + PATH);
  }

  /**
   * Subscribes to {@code camera}'s events (WS-BaseNotification Subscribe to its event service) and
   * delivers each {@code wsnt:NotificationMessage} it pushes to {@code onMessage}, in order. The
   * listener for the subscription exists before the request is sent, so messages the camera pushes
   * right away (its {@code Initialized} property states) are not lost.
   *
   * @param filter a {@code wsnt:Filter} element (topic expression and/or message content), or
   *     {@code null} for every event
   * @param initialTermination how long the subscription lasts unless renewed
   * @param onMessage receives every {@code wsnt:NotificationMessage}; it runs on this
   *     subscription's own virtual thread and may block (messages queue meanwhile)
   * @throws dev.jonvif.core.OnvifException when the camera refuses or cannot be reached
   */
  public NotifySubscription subscribe(
      OnvifCamera camera,
      XmlElement filter,
      Duration initialTermination,
      Consumer<XmlElement> onMessage) {
    Objects.requireNonNull(camera, "camera");
    Objects.requireNonNull(initialTermination, "initialTermination");
    Objects.requireNonNull(onMessage, "onMessage");
    String id = HexFormat.of().formatHex(token());
    URI consumerAddress = address().resolve(id);
    NotifySubscription s =
        new NotifySubscription(
            camera, consumerAddress, onMessage, queueLimit, () -> subscriptions.remove(id));
    subscriptions.put(id, s);
    try {
      s.subscribe(filter, initialTermination);
    } catch (RuntimeException e) {
      subscriptions.remove(id);
      s.stopDelivery();
      throw e;
    }
    return s;
  }

  /** How many subscriptions are open (subscribed and not closed). */
  public int subscriptionCount() {
    return subscriptions.size();
  }

  /** A {@code wsnt:Filter} with one ConcreteSet topic expression using the {@code tns1} prefix. */
  public static XmlElement topicFilter(String expression) {
    return XmlElement.builder(Namespaces.WSNT, "Filter")
        .child(
            XmlElement.builder(Namespaces.WSNT, "TopicExpression")
                .attribute("Dialect", "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet")
                .declareNamespace("tns1", Namespaces.TNS1)
                .text(expression)
                .build())
        .build();
  }

  /** Closes every subscription (Unsubscribe, failures ignored) and stops listening. */
  @Override
  public void close() {
    for (NotifySubscription s : List.copyOf(subscriptions.values())) {
      s.close();
    }
    stopListening();
  }

  /** Stops the HTTP listener alone (subscriptions stay registered): a consumer gone dark. */
  void stopListening() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "NotificationConsumer[" + address() + ", " + subscriptions.size() + " subscriptions]";
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!"POST".equals(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", "POST");
        ex.sendResponseHeaders(405, -1);
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      NotifySubscription s =
          path.startsWith(PATH) ? subscriptions.get(path.substring(PATH.length())) : null;
      if (s == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      String length = ex.getRequestHeaders().getFirst("Content-Length");
      if (length != null && parseLength(length) > maxBodyBytes) {
        ex.sendResponseHeaders(413, -1);
        return;
      }
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      }
      if (body.length > maxBodyBytes) {
        ex.sendResponseHeaders(413, -1);
        return;
      }
      List<XmlElement> messages = notificationMessages(body);
      if (messages == null) {
        ex.sendResponseHeaders(400, -1);
        return;
      }
      s.enqueue(messages);
      ex.sendResponseHeaders(202, -1);
    }
  }

  /** The NotificationMessages of a Notify envelope, or {@code null} when it is not one. */
  private List<XmlElement> notificationMessages(byte[] body) {
    try {
      SoapEnvelope env =
          SoapEnvelope.parse(body, XmlLimits.DEFAULT.withMaxDocumentBytes(maxBodyBytes));
      XmlElement notify = env.bodyElement();
      if (notify == null || !notify.is(Namespaces.WSNT, "Notify")) {
        return null;
      }
      return notify.children(Namespaces.WSNT, "NotificationMessage");
    } catch (MalformedMessageException e) {
      LOG.log(System.Logger.Level.DEBUG, "ignoring a malformed Notify: {0}", e.getMessage());
      return null;
    }
  }

  private static long parseLength(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static byte[] token() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return b;
  }

  /** The local address the system would use to reach {@code host}. */
  static InetAddress routeTo(String host) {
    try {
      InetAddress target = InetAddress.getByName(host);
      if (target.isLoopbackAddress()) {
        return target;
      }
      try (DatagramSocket s = new DatagramSocket()) {
        s.connect(target, 9);
        InetAddress local = s.getLocalAddress();
        return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : local;
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve camera host " + host, e);
    } catch (IOException e) {
      throw new UncheckedIOException("no route to camera host " + host, e);
    }
  }

  private static String hostOf(InetAddress a) {
    String h = a.getHostAddress();
    int scope = h.indexOf('%');
    if (scope >= 0) {
      h = h.substring(0, scope);
    }
    return a instanceof Inet6Address ? "[" + h + "]" : h;
  }

  /** How to listen. */
  public static final class Builder {
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private int port;
    private String advertisedHost;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int queueLimit = DEFAULT_QUEUE_LIMIT;

    private Builder() {}

    /** The address to listen on (default loopback). */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /** The port to listen on (default 0: any free port). */
    public Builder port(int value) {
      if (value < 0 || value > 65535) {
        throw new IllegalArgumentException("port out of range: " + value);
      }
      this.port = value;
      return this;
    }

    /**
     * The host cameras should post to, when it differs from the bind address (NAT, a wildcard
     * bind); default the bind address.
     */
    public Builder advertisedHost(String host) {
      this.advertisedHost = host;
      return this;
    }

    /** The largest Notify body accepted (default {@link #DEFAULT_MAX_BODY_BYTES}). */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Messages queued per subscription (default {@link #DEFAULT_QUEUE_LIMIT}). */
    public Builder queueLimit(int messages) {
      if (messages < 1) {
        throw new IllegalArgumentException("queueLimit must be at least 1");
      }
      this.queueLimit = messages;
      return this;
    }

    /** Starts listening. */
    public NotificationConsumer start() {
      try {
        return new NotificationConsumer(this);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot listen for notifications on " + bind.getHostAddress() + ":" + port, e);
      }
    }
  }
}
