package dev.jonvif.bench;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventBus;
import dev.jonvif.device.events.EventTopic;
import dev.jonvif.device.events.EventsModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Toggles {@code tns1:VideoSource/MotionAlarm} on every camera of a fleet at a steady rate, spread
 * evenly over each second, each message carrying {@code Sent} = the sender's {@link
 * System#nanoTime()}. On Linux that clock is {@code CLOCK_MONOTONIC}, shared by every process on
 * the machine (Java and Node alike), so a receiver in another process computes the delivery latency
 * as its own monotonic time minus {@code Sent}.
 */
final class EventGenerator implements AutoCloseable {

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long sent;

  private EventGenerator(List<EventBus> buses, double perCameraPerSecond) {
    long periodNanos = (long) (1e9 / (perCameraPerSecond * buses.size()));
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("bench-event-generator")
            .start(() -> run(buses, periodNanos));
  }

  /** Starts toggling motion on every camera {@code perCameraPerSecond} times a second. */
  static EventGenerator start(
      EventsModule module, List<VirtualCamera> cameras, double perCameraPerSecond) {
    List<EventBus> buses = cameras.stream().map(module::bus).toList();
    return new EventGenerator(buses, perCameraPerSecond);
  }

  private void run(List<EventBus> buses, long periodNanos) {
    Map<String, String> source = Map.of("Source", "VideoSource_1");
    long next = System.nanoTime();
    boolean state = true;
    while (running) {
      for (EventBus bus : buses) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        if (!running) {
          return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("State", Boolean.toString(state));
        data.put("Sent", Long.toString(System.nanoTime()));
        bus.setProperty(EventTopic.MOTION_ALARM, source, data);
        sent++;
        next += periodNanos;
      }
      state = !state;
    }
  }

  /** Messages published so far. */
  long sent() {
    return sent;
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
