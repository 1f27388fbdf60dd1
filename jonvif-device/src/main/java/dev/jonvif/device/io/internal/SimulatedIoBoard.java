package dev.jonvif.device.io.internal;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.io.IoBoard;
import dev.jonvif.device.io.IoListener;
import dev.jonvif.device.io.RelayOutputSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Simulated relays and digital inputs: {@code RelayOutput_1..n} and {@code DigitalInput_1..n} as
 * the persona lists them, all inactive at start. A monostable activation is a time window computed
 * from the camera's base clock, so an idle board costs nothing; its end is reported to listeners by
 * a short-lived virtual thread sleeping for the delay, or at the next read if the clock got there
 * first.
 */
public final class SimulatedIoBoard implements IoBoard {

  /** One relay: its logical state, and until when it lasts (monostable), or {@code null}. */
  private record Relay(boolean active, Instant until) {
    boolean activeAt(Instant now) {
      return active && (until == null || now.isBefore(until));
    }
  }

  private final VirtualCamera camera;
  private final Clock clock;
  private final Map<String, Relay> relays = new LinkedHashMap<>();
  private final Map<String, Boolean> reported = new LinkedHashMap<>();
  private final Map<String, Boolean> inputs = new LinkedHashMap<>();
  private final List<IoListener> listeners = new CopyOnWriteArrayList<>();

  /** A board with the connectors {@code camera}'s persona lists. */
  public SimulatedIoBoard(VirtualCamera camera) {
    this.camera = camera;
    this.clock = camera.baseClock();
    Instant now = clock.instant();
    for (int i = 1; i <= camera.persona().io().relayOutputs(); i++) {
      relays.put("RelayOutput_" + i, new Relay(false, now));
      reported.put("RelayOutput_" + i, false);
    }
    for (int i = 1; i <= camera.persona().io().digitalInputs(); i++) {
      inputs.put("DigitalInput_" + i, false);
    }
  }

  @Override
  public synchronized List<String> relayOutputs() {
    return List.copyOf(relays.keySet());
  }

  @Override
  public synchronized List<String> digitalInputs() {
    return List.copyOf(inputs.keySet());
  }

  @Override
  public boolean relayActive(String relayToken) {
    boolean active;
    synchronized (this) {
      active = relay(relayToken).activeAt(clock.instant());
    }
    publishRelayChanges();
    return active;
  }

  @Override
  public void setRelay(String relayToken, boolean active, RelayOutputSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Duration wake = null;
    synchronized (this) {
      relay(relayToken);
      Instant now = clock.instant();
      Instant until = null;
      if (active && settings.mode() == RelayOutputSettings.Mode.MONOSTABLE) {
        until = now.plus(settings.delay());
        wake = settings.delay();
      }
      relays.put(relayToken, new Relay(active, until));
    }
    publishRelayChanges();
    if (wake != null) {
      Duration delay = wake;
      Thread.ofVirtual()
          .name("jonvif-relay-" + camera.name() + "-" + relayToken)
          .start(
              () -> {
                try {
                  Thread.sleep(delay.plusMillis(1));
                  publishRelayChanges();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
  }

  @Override
  public synchronized boolean digitalInputActive(String inputToken) {
    return input(inputToken);
  }

  @Override
  public void setDigitalInput(String inputToken, boolean active) {
    boolean changed;
    synchronized (this) {
      changed = input(inputToken) != active;
      inputs.put(inputToken, active);
    }
    if (changed) {
      for (IoListener l : listeners) {
        l.digitalInputChanged(camera, inputToken, active);
      }
    }
  }

  @Override
  public void addListener(IoListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public void removeListener(IoListener listener) {
    listeners.remove(listener);
  }

  /** Tells listeners about every relay whose state differs from what they last heard. */
  private void publishRelayChanges() {
    List<Map.Entry<String, Boolean>> changes = new ArrayList<>(0);
    synchronized (this) {
      Instant now = clock.instant();
      for (Map.Entry<String, Relay> e : relays.entrySet()) {
        boolean active = e.getValue().activeAt(now);
        if (reported.put(e.getKey(), active) != active) {
          changes.add(Map.entry(e.getKey(), active));
        }
      }
    }
    for (Map.Entry<String, Boolean> c : changes) {
      for (IoListener l : listeners) {
        l.relayChanged(camera, c.getKey(), c.getValue());
      }
    }
  }

  private Relay relay(String token) {
    Relay r = relays.get(token);
    if (r == null) {
      throw new IllegalArgumentException(camera + " has no relay output " + token);
    }
    return r;
  }

  private boolean input(String token) {
    Boolean b = inputs.get(token);
    if (b == null) {
      throw new IllegalArgumentException(camera + " has no digital input " + token);
    }
    return b;
  }
}
