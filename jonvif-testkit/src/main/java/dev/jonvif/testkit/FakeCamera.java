package dev.jonvif.testkit;

import dev.jonvif.core.soap.FaultCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scriptable HTTP/1.1 server that plays an ONVIF camera in client tests, in the spirit of
 * OkHttp's MockWebServer. It listens on 127.0.0.1 (ephemeral port), one virtual thread per
 * connection, with keep-alive and content-length or chunked request bodies.
 *
 * <pre>{@code
 * try (FakeCamera camera = FakeCamera.start()) {
 *   camera.enqueue(FakeResponse.systemDateAndTime(Instant.parse("2030-01-01T00:00:00Z")));
 *   ... client.call(camera.deviceServiceUrl()) ...
 *   RecordedRequest r = camera.takeRequest();
 *   assertThat(r.operation()).isEqualTo("GetSystemDateAndTime");
 * }
 * }</pre>
 *
 * Responses come from the FIFO queue ({@link #enqueue}) or, when set, from a {@link #dispatcher}.
 * With {@link #requireHttpDigest} on, requests without a valid {@code Authorization} are answered
 * 401 with a challenge and consume nothing from the queue.
 */
public final class FakeCamera implements AutoCloseable {

  /** The path of {@link #deviceServiceUrl()}. */
  public static final String DEVICE_SERVICE_PATH = "/onvif/device_service";

  /** The realm of the HTTP Digest challenges. */
  public static final String DIGEST_REALM = "FakeCamera";

  private static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);

  private final ServerSocket server;
  private final URI base;
  private final Thread acceptor;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<FakeResponse> responses = new LinkedBlockingQueue<>();
  private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final AtomicInteger connectionCount = new AtomicInteger();
  private volatile Function<RecordedRequest, FakeResponse> dispatcher;
  private volatile HttpDigestGuard digest;

  private FakeCamera(ServerSocket server) {
    this.server = server;
    this.base = URI.create("http://127.0.0.1:" + server.getLocalPort());
    this.acceptor = Thread.ofVirtual().name("fake-camera-accept-" + port()).start(this::accept);
  }

  /** Starts a camera on 127.0.0.1 and an ephemeral port. Close it when done. */
  public static FakeCamera start() {
    try {
      ServerSocket s = new ServerSocket();
      s.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 64);
      return new FakeCamera(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port><path>}; {@code path} starts with {@code /}. */
  public URI url(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /: " + path);
    }
    return base.resolve(path);
  }

  /** {@code http://127.0.0.1:<port>/onvif/device_service}. */
  public URI deviceServiceUrl() {
    return url(DEVICE_SERVICE_PATH);
  }

  /** Queues a response; responses are used in the order enqueued, one per request. */
  public void enqueue(FakeResponse response) {
    responses.add(Objects.requireNonNull(response, "response"));
  }

  /**
   * Answers every request with {@code dispatcher} instead of the queue ({@code null} goes back to
   * the queue). A dispatcher that throws makes the camera answer 500 with the exception as text.
   */
  public void dispatcher(Function<RecordedRequest, FakeResponse> newDispatcher) {
    this.dispatcher = newDispatcher;
  }

  /**
   * Requires HTTP Digest authentication (qop {@code auth}): until a request carries a valid {@code
   * Authorization}, the camera answers 401 with one {@code WWW-Authenticate} challenge per
   * algorithm, in the order given (default {@code MD5}). Supported: {@code MD5}, {@code SHA-256},
   * {@code SHA-512-256} and their {@code -sess} variants. The 401s are recorded like any request.
   */
  public void requireHttpDigest(String username, String password, String... algorithms) {
    this.digest =
        new HttpDigestGuard(
            username,
            password,
            DIGEST_REALM,
            algorithms.length == 0 ? List.of("MD5") : List.of(algorithms));
  }

  /** The next request received, waiting up to 10 seconds for it. */
  public RecordedRequest takeRequest() {
    return takeRequest(DEFAULT_TAKE_TIMEOUT);
  }

  /**
   * The next request received, waiting up to {@code timeout}.
   *
   * @throws AssertionError when none arrives in time
   */
  public RecordedRequest takeRequest(Duration timeout) {
    try {
      RecordedRequest r = requests.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (r == null) {
        throw new AssertionError(
            "FakeCamera received no request within "
                + timeout
                + " ("
                + requestCount.get()
                + " received in all)");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  /** How many requests have been received (fully read), including those answered 401. */
  public int requestCount() {
    return requestCount.get();
  }

  /** Stops listening, closes every connection and releases stalled responses. */
  @Override
  public void close() {
    closed.countDown();
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : connections) {
      closeQuietly(s);
    }
    try {
      acceptor.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "FakeCamera[" + base + "]";
  }

  private void accept() {
    while (closed.getCount() > 0) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      connections.add(s);
      if (closed.getCount() == 0) {
        closeQuietly(s);
        return;
      }
      int id = connectionCount.getAndIncrement();
      Thread.ofVirtual().name("fake-camera-" + port() + "-conn-" + id).start(() -> serve(s, id));
    }
  }

  private void serve(Socket socket, int connectionId) {
    try (socket) {
      new CameraConnection(this, socket, connectionId, closed).run();
    } catch (IOException | RuntimeException e) {
      // the client went away, or the camera was closed: nothing to answer
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      connections.remove(socket);
    }
  }

  /** Records a request that has been read completely; returns its sequence number. */
  int nextSequenceNumber() {
    return requestCount.getAndIncrement();
  }

  void record(RecordedRequest r) {
    requests.add(r);
  }

  /** What to answer: a digest challenge, the dispatcher's choice, or the next queued response. */
  FakeResponse respond(RecordedRequest r) {
    HttpDigestGuard guard = digest;
    if (guard != null) {
      FakeResponse challenge = guard.check(r);
      if (challenge != null) {
        return challenge;
      }
    }
    Function<RecordedRequest, FakeResponse> d = dispatcher;
    if (d != null) {
      try {
        return Objects.requireNonNull(d.apply(r), "dispatcher returned null");
      } catch (RuntimeException e) {
        return FakeResponse.status(500)
            .withBody(
                ("FakeCamera dispatcher failed: " + e).getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8");
      }
    }
    FakeResponse next = responses.poll();
    if (next != null) {
      return next;
    }
    return FakeResponse.fault(
        FaultCode.RECEIVER,
        null,
        "FakeCamera has no response enqueued for " + r.method() + " " + r.target());
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
