package dev.jonvif.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The demo's simulated world: every period, motion on {@code cam3} for a few seconds, then the
 * doorbell input of {@code cam6}, raised through the simulator's admin API on loopback (the same
 * way a test or a person would).
 */
final class SimulatedActivity implements AutoCloseable {

  private static final Duration ACTIVE_FOR = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newHttpClient();
  private final int adminPort;
  private final Thread thread;

  private SimulatedActivity(int adminPort, Duration every) {
    this.adminPort = adminPort;
    this.thread = Thread.ofVirtual().name("jonvif-demo-activity").unstarted(() -> run(every));
  }

  /** Starts raising events every {@code every}; none (and {@code null}) when it is zero. */
  static SimulatedActivity start(int adminPort, Duration every) {
    if (every.isZero() || every.isNegative()) {
      return null;
    }
    SimulatedActivity a = new SimulatedActivity(adminPort, every);
    a.thread.start();
    return a;
  }

  private void run(Duration every) {
    boolean motion = true;
    try {
      while (true) {
        Thread.sleep(every);
        String path = motion ? "/cameras/cam3/events/motion" : "/cameras/cam6/events/digital-input";
        raise(path, true);
        Thread.sleep(ACTIVE_FOR);
        raise(path, false);
        motion = !motion;
      }
    } catch (InterruptedException e) {
      // stopping
    }
  }

  private void raise(String path, boolean state) throws InterruptedException {
    try {
      http.send(
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + adminPort + path + "?state=" + state))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (java.io.IOException e) {
      // the simulator is stopping
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    http.close();
  }
}
