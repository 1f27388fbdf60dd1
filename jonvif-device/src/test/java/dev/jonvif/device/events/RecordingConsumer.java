package dev.jonvif.device.events;

import com.sun.net.httpserver.HttpServer;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.testkit.OnvifSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback notification consumer for tests: records every Notify envelope (validated against the
 * official XSDs) and answers with a chosen HTTP status.
 */
final class RecordingConsumer implements AutoCloseable {

  private final HttpServer server;
  private final BlockingQueue<SoapEnvelope> received = new LinkedBlockingQueue<>();
  private final AtomicInteger posts = new AtomicInteger();
  private volatile int status = 202;
  private volatile java.util.concurrent.CountDownLatch gate =
      new java.util.concurrent.CountDownLatch(0);

  RecordingConsumer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        ex -> {
          try (ex;
              InputStream in = ex.getRequestBody()) {
            byte[] body = in.readAllBytes();
            posts.incrementAndGet();
            try {
              gate.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            int answer = status;
            if (answer / 100 == 2) {
              if (OnvifSchemas.available()) {
                OnvifSchemas.assertValidEnvelope(body);
              }
              received.add(SoapEnvelope.parse(body));
            }
            ex.sendResponseHeaders(answer, -1);
          }
        });
    server.start();
  }

  /** The consumer's address, with {@code path}. */
  String address(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers every later POST with {@code httpStatus} (not recorded unless 2xx). */
  void answer(int httpStatus) {
    this.status = httpStatus;
  }

  /** Holds every later POST unanswered until {@link #release()}. */
  void hold() {
    gate = new java.util.concurrent.CountDownLatch(1);
  }

  /** Answers the held POSTs. */
  void release() {
    gate.countDown();
  }

  /** How many POSTs arrived, recorded or not. */
  int posts() {
    return posts.get();
  }

  /** The next Notify, waiting up to {@code timeout}; {@code null} when none came. */
  SoapEnvelope next(Duration timeout) {
    try {
      return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Everything recorded so far, without waiting. */
  List<SoapEnvelope> drain() {
    List<SoapEnvelope> out = new ArrayList<>();
    received.drainTo(out);
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
