package dev.jonvif.device;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One simulated camera: its persona, its persisted state (Device-service state plus named {@link
 * StateSlot}s owned by other services), its simulated clock and whether it is up. Thread-safe:
 * reads are lock-free snapshots of immutable records, updates are serialised and persisted before
 * they return.
 */
public final class VirtualCamera {

  private static final int LOG_LINES = 200;

  private final Persona persona;
  private final User admin;
  private final Clock baseClock;
  private final StateStorage storage;
  private final SimulatedClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, StateSlot<?>> slotTypes = new ConcurrentHashMap<>();
  private final Map<String, Object> slots = new ConcurrentHashMap<>();
  private final List<CameraListener> listeners = new CopyOnWriteArrayList<>();
  private final Deque<String> log = new ArrayDeque<>();
  private final Map<Class<?>, Object> attachments = new ConcurrentHashMap<>();
  private volatile StateStorage.Stored stored;
  private volatile DeviceState device;
  private volatile boolean down;
  private volatile Ports ports = new Ports(-1, -1, -1);
  private volatile BiConsumer<Duration, Runnable> scheduler;
  private volatile java.util.function.Consumer<String> keyFrames = profile -> {};

  /**
   * The ports a camera listens on.
   *
   * @param http the HTTP port of its web services
   * @param https the HTTPS port, or -1 when TLS is off
   * @param rtsp the RTSP port used in stream URIs
   */
  public record Ports(int http, int https, int rtsp) {}

  private VirtualCamera(Persona persona, User admin, Clock baseClock, StateStorage storage) {
    this.persona = Objects.requireNonNull(persona, "persona");
    this.admin = admin;
    this.baseClock = Objects.requireNonNull(baseClock, "baseClock");
    this.storage = Objects.requireNonNull(storage, "storage");
    this.stored = storage.load(persona.name());
    DeviceState d = stored == null ? null : stored.device();
    if (d == null) {
      d = DeviceState.initial(persona, admin, null);
    }
    this.device = d;
    this.clock = new SimulatedClock(baseClock, d.time().clockOffset());
    if (stored == null) {
      persist();
    }
  }

  /**
   * A camera with state loaded from {@code storage} (or created from the persona on first start).
   *
   * @param admin the fixed administrator created on first start, or {@code null}
   * @param baseClock the real clock the camera's simulated clock is offset from
   */
  public static VirtualCamera create(
      Persona persona, User admin, Clock baseClock, StateStorage storage) {
    return new VirtualCamera(persona, admin, baseClock, storage);
  }

  public Persona persona() {
    return persona;
  }

  public String name() {
    return persona.name();
  }

  /** The camera's simulated clock (UTC). */
  public Clock clock() {
    return clock;
  }

  /** The real clock the simulated one is offset from. */
  public Clock baseClock() {
    return baseClock;
  }

  /** The stable endpoint reference, {@code urn:uuid:...}. */
  public String endpointReference() {
    return "urn:uuid:" + device.endpointUuid();
  }

  public Ports ports() {
    return ports;
  }

  void setPorts(Ports value) {
    this.ports = value;
  }

  void setScheduler(BiConsumer<Duration, Runnable> value) {
    this.scheduler = value;
  }

  void setKeyFrameRequests(java.util.function.Consumer<String> value) {
    this.keyFrames = Objects.requireNonNull(value, "value");
  }

  /**
   * Makes the next frame of this profile's live stream a key frame (ONVIF SetSynchronizationPoint);
   * nothing when no stream server is attached or the stream is not running.
   */
  public void forceKeyFrame(String profileToken) {
    keyFrames.accept(profileToken);
  }

  // ---- Device-service state

  /** The current Device-service state. */
  public DeviceState device() {
    return device;
  }

  /**
   * Replaces the Device-service state with {@code change.apply(current)} and persists it. The
   * function may throw (e.g. a {@link DeviceFaults} fault) to leave the state unchanged.
   *
   * @return the new state
   */
  public DeviceState updateDevice(UnaryOperator<DeviceState> change) {
    lock.lock();
    try {
      DeviceState before = device;
      DeviceState after = Objects.requireNonNull(change.apply(before), "new state");
      if (after.equals(before)) {
        return before;
      }
      device = after;
      if (!after.time().clockOffset().equals(before.time().clockOffset())) {
        clock.setOffset(after.time().clockOffset());
      }
      persist();
      if (!after.scopes().equals(before.scopes())
          || after.discoverable() != before.discoverable()) {
        listeners.forEach(l -> l.changed(this));
      }
      return after;
    } finally {
      lock.unlock();
    }
  }

  /** Sets how far the camera's clock is from the real one (admin API, SetSystemDateAndTime). */
  public void setClockOffset(Duration offset) {
    updateDevice(d -> d.withTime(d.time().withClockOffset(offset)));
  }

  // ---- Slots owned by other services

  /** The current value of {@code slot}: stored, or the persona's initial value. */
  public <T> T state(StateSlot<T> slot) {
    Object v = slots.get(slot.name());
    if (v == null) {
      lock.lock();
      try {
        v = slots.get(slot.name());
        if (v == null) {
          slotTypes.put(slot.name(), slot);
          StateStorage.Stored s = stored;
          Object loaded = s == null ? null : s.slot(slot.name(), slot.type());
          v = loaded != null ? loaded : slot.initial().apply(persona);
          slots.put(slot.name(), v);
          if (loaded == null) {
            persist();
          }
        }
      } finally {
        lock.unlock();
      }
    }
    return slot.type().cast(v);
  }

  /**
   * Replaces {@code slot}'s value with {@code change.apply(current)} and persists it. The function
   * may throw to leave the state unchanged.
   */
  public <T> T update(StateSlot<T> slot, UnaryOperator<T> change) {
    lock.lock();
    try {
      T before = state(slot);
      T after = Objects.requireNonNull(change.apply(before), "new state");
      if (!after.equals(before)) {
        slots.put(slot.name(), after);
        persist();
      }
      return after;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Resets to factory state. Soft keeps the network settings and the users (ONVIF: a soft reset
   * keeps what is needed to stay reachable); hard resets everything but the endpoint reference.
   * Slots go back to their initial values.
   */
  public void factoryDefault(boolean hard) {
    lock.lock();
    try {
      DeviceState before = device;
      DeviceState fresh = DeviceState.initial(persona, admin, before.endpointUuid());
      if (!hard) {
        fresh =
            fresh
                .withNetwork(before.network())
                .withRtsp(before.rtsp())
                .withDns(before.dns())
                .withHostname(before.hostname(), before.hostnameFromDhcp())
                .withUsers(before.users());
      }
      device = fresh;
      clock.setOffset(fresh.time().clockOffset());
      for (StateSlot<?> slot : slotTypes.values()) {
        slots.put(slot.name(), slot.initial().apply(persona));
      }
      persist();
    } finally {
      lock.unlock();
    }
    log("factory default (" + (hard ? "hard" : "soft") + ")");
    listeners.forEach(l -> l.factoryReset(this));
  }

  /** Tells listeners the clock was set (by SetSystemDateAndTime or an NTP synchronisation). */
  public void clockSet() {
    listeners.forEach(l -> l.clockSet(this));
  }

  private void persist() {
    Map<String, Object> copy = new LinkedHashMap<>(slots);
    StateStorage.Stored s = stored;
    if (s != null) {
      // Keep slots nobody has read yet (their module may not be loaded in this run).
      for (String name : storedSlotNames(s)) {
        copy.putIfAbsent(name, s.slot(name, Object.class));
      }
    }
    storage.save(persona.name(), device, copy);
  }

  private static List<String> storedSlotNames(StateStorage.Stored s) {
    return s instanceof SlotNames n ? n.slotNames() : List.of();
  }

  /** Implemented by stored states that can list their slots, so unread slots survive a save. */
  public interface SlotNames {
    List<String> slotNames();
  }

  // ---- Attachments: per-camera runtime objects (simulated hardware), never persisted

  /**
   * The camera's runtime object of {@code type} (e.g. its PTZ drive), created with {@code create}
   * on first use. Attachments live as long as the camera object and are not persisted; embedding
   * code can {@link #attach} its own implementation (real hardware) before the camera is served.
   */
  public <T> T attachment(Class<T> type, Function<? super VirtualCamera, ? extends T> create) {
    Objects.requireNonNull(create, "create");
    return type.cast(attachments.computeIfAbsent(type, t -> create.apply(this)));
  }

  /** The camera's runtime object of {@code type}, or {@code null} when there is none yet. */
  public <T> T attachment(Class<T> type) {
    return type.cast(attachments.get(type));
  }

  /** Sets the camera's runtime object of {@code type}, replacing any earlier one. */
  public <T> void attach(Class<T> type, T value) {
    attachments.put(type, type.cast(Objects.requireNonNull(value, "value")));
  }

  // ---- Availability, reboot, listeners

  /** Whether the camera answers requests (false while it reboots). */
  public boolean isAvailable() {
    return !down;
  }

  /**
   * Simulates a reboot: listeners hear {@link CameraListener#stopping}, requests are refused for
   * {@code downtime} (real time, on the server's scheduler), then listeners hear {@link
   * CameraListener#started}. A camera not served by a server comes back at once.
   */
  public void reboot(Duration downtime) {
    log("reboot requested");
    down = true;
    listeners.forEach(l -> l.stopping(this));
    Runnable up =
        () -> {
          down = false;
          log("started after reboot");
          listeners.forEach(l -> l.started(this));
        };
    BiConsumer<Duration, Runnable> s = scheduler;
    if (s != null) {
      s.accept(downtime, up);
    } else {
      up.run();
    }
  }

  public void addListener(CameraListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(CameraListener listener) {
    listeners.remove(listener);
  }

  void fireStarted() {
    listeners.forEach(l -> l.started(this));
  }

  void fireStopping() {
    listeners.forEach(l -> l.stopping(this));
  }

  // ---- System log

  /** Appends a line to the camera's system log (GetSystemLog), stamped with its clock. */
  public void log(String line) {
    synchronized (log) {
      if (log.size() == LOG_LINES) {
        log.removeFirst();
      }
      log.addLast(clock.instant() + " " + line);
    }
  }

  /** The system log, oldest line first. */
  public List<String> systemLog() {
    synchronized (log) {
      return new ArrayList<>(log);
    }
  }

  @Override
  public String toString() {
    return "VirtualCamera[" + persona.name() + "]";
  }
}
