package dev.jonvif.device.events;

import dev.jonvif.device.VirtualCamera;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link ActivitySchedule} on a set of cameras: one virtual thread that looks at the clock
 * every {@link #TICK} and raises an event whenever an activity's state changes. Started by {@link
 * EventsModule#startActivity}; {@link #close()} stops it.
 */
public final class ActivityRunner implements AutoCloseable {

  /** How often the schedule is looked at (real time). */
  static final Duration TICK = Duration.ofMillis(250);

  private static final System.Logger LOG = System.getLogger(ActivityRunner.class.getName());

  private final EventsModule events;
  private final List<VirtualCamera> cameras;
  private final ActivitySchedule schedule;
  private final Clock clock;
  private final Instant start;
  private final Map<String, Boolean> states = new HashMap<>();
  private Thread thread;

  ActivityRunner(
      EventsModule events, List<VirtualCamera> cameras, ActivitySchedule schedule, Clock clock) {
    this.events = events;
    this.cameras = List.copyOf(cameras);
    this.schedule = schedule;
    this.clock = clock;
    this.start = clock.instant();
  }

  ActivityRunner start() {
    thread = Thread.ofVirtual().name("jonvif-activity").start(this::run);
    return this;
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        tick(clock.instant());
        Thread.sleep(TICK);
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /** Raises the events whose state differs at {@code now} from what was last raised. */
  synchronized void tick(Instant now) {
    Duration elapsed = Duration.between(start, now);
    for (int i = 0; i < cameras.size(); i++) {
      VirtualCamera camera = cameras.get(i);
      if (!camera.isAvailable()) {
        continue;
      }
      Duration local = elapsed.minus(ActivitySchedule.CAMERA_STAGGER.multipliedBy(i));
      for (ActivitySchedule.Activity a : schedule.activities()) {
        boolean active = a.activeAt(local);
        Boolean last = states.put(camera.name() + "/" + a.kind(), active);
        if (last == null ? active : last != active) {
          try {
            events.simulate(camera, a.kind(), Map.of("state", Boolean.toString(active)));
          } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "activity " + a.kind() + " failed", e);
          }
        }
      }
    }
  }

  /** Stops the schedule (states stay as they are). */
  @Override
  public void close() {
    if (thread != null) {
      thread.interrupt();
    }
  }
}
