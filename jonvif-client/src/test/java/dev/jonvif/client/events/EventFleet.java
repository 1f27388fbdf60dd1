package dev.jonvif.client.events;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A loopback virtual camera fleet with the event service and its admin API, for tests. */
final class EventFleet implements AutoCloseable {

  static final String PASSWORD = "secret12";
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final Fleet fleet;
  final AdminApi admin;
  final int maxPullPoints;
  final EventsModule module;

  EventFleet(int cameras, int maxPullPoints) {
    this.maxPullPoints = maxPullPoints;
    module = new EventsModule(maxPullPoints);
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(cameras), PASSWORD)
                .withModules(List.of(module)));
    admin = AdminApi.start(fleet, 0);
    module.installSimulations(admin);
  }

  String name(int index) {
    return List.copyOf(fleet.cameras().keySet()).get(index);
  }

  OnvifCamera camera(String name) {
    return OnvifCamera.builder(fleet.deviceServiceUrl(name))
        .credentials("admin", PASSWORD)
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** POSTs or PUTs to the admin API; returns the status. */
  int admin(String method, String path) {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void raise(String camera, String kind, boolean state) {
    int status = admin("POST", "/cameras/" + camera + "/events/" + kind + "?state=" + state);
    if (status != 202) {
      throw new IllegalStateException("admin API answered " + status + " for " + kind);
    }
  }

  /**
   * How many new pull points the camera still accepts (creates them with raw calls and removes them
   * again): {@code maxPullPoints} when no subscription leaked.
   */
  int freePullPoints(OnvifCamera cam) {
    List<URI> taken = takeAllPullPoints(cam);
    taken.forEach(u -> release(cam, u));
    return taken.size();
  }

  /** Creates pull points with raw calls until the camera refuses; returns their addresses. */
  List<URI> takeAllPullPoints(OnvifCamera cam) {
    List<URI> taken = new java.util.ArrayList<>();
    try {
      for (int i = 0; i <= maxPullPoints; i++) {
        XmlElement r =
            cam.call(
                "events",
                XmlElement.builder(Namespaces.TEV, "CreatePullPointSubscription")
                    .child(Namespaces.TEV, "InitialTerminationTime", "PT2M")
                    .build());
        taken.add(URI.create(r.pathLenient("SubscriptionReference", "Address").textTrim()));
      }
    } catch (dev.jonvif.core.SoapFaultException expected) {
      // all in use
    }
    return taken;
  }

  /** Unsubscribes a pull point made by {@link #takeAllPullPoints}. */
  void release(OnvifCamera cam, URI address) {
    cam.call(
        address,
        XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build(),
        "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeRequest");
  }

  /** The subscriptions (pull points and Basic Notification) the camera holds. */
  int subscriptions(String camera) {
    return module.subscriptionCount(fleet.camera(camera));
  }

  /**
   * Raises motion on, off, on... ten times and returns the states of the next ten events, each of
   * which must be a Changed; then checks that nothing else arrives.
   */
  List<Boolean> toggleMotionTenTimes(String camera, Collector got) throws InterruptedException {
    for (int i = 0; i < 10; i++) {
      raise(camera, "motion", i % 2 == 0);
    }
    List<Boolean> states = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      OnvifEvent e = got.next(x -> true);
      if (e.operation() != PropertyOperation.CHANGED) {
        throw new AssertionError("expected a Changed event, got " + e);
      }
      states.add(e.sensor().active().orElseThrow());
    }
    if (got.events.poll(300, TimeUnit.MILLISECONDS) != null) {
      throw new AssertionError("more than ten events arrived");
    }
    return states;
  }

  /** Waits until {@code condition} holds; false after {@link #WAIT}. */
  static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** A listener that queues events. */
  static final class Collector implements java.util.function.Consumer<OnvifEvent> {
    final BlockingQueue<OnvifEvent> events = new LinkedBlockingQueue<>();

    @Override
    public void accept(OnvifEvent e) {
      events.add(e);
    }

    /** The next event that passes {@code filter}, skipping others; fails after {@link #WAIT}. */
    OnvifEvent next(java.util.function.Predicate<OnvifEvent> filter) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (true) {
        OnvifEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (e == null) {
          throw new AssertionError("no matching event within " + WAIT);
        }
        if (filter.test(e)) {
          return e;
        }
      }
    }
  }

  @Override
  public void close() {
    admin.close();
    fleet.close();
  }
}
