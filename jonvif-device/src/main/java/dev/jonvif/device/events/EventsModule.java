package dev.jonvif.device.events;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.CameraListener;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.internal.CameraEvents;
import dev.jonvif.device.events.internal.NotificationProducerHandler;
import dev.jonvif.device.events.internal.PullPointHandler;
import dev.jonvif.device.events.internal.SimulatedEvents;
import dev.jonvif.device.events.internal.SubscriptionHandler;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.io.IoBoard;
import dev.jonvif.device.io.IoListener;
import dev.jonvif.device.media.MediaChangeListener;
import dev.jonvif.device.media.MediaState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ONVIF event service ({@code tev}) with the real-time pull-point interface: register it with
 * {@code DeviceServer.builder().register(new EventsModule())}. Each camera gets an {@link EventBus}
 * ({@link #bus}) that sensors and configuration changes publish to. Subscriptions live in memory
 * and are dropped when the camera reboots. Media profile and configuration changes (through {@link
 * MediaState}) are published as {@code tns1:Media/ProfileChanged} and {@code
 * tns1:Media/ConfigurationChanged}. Basic Notification (WS-BaseNotification Subscribe) pushes
 * {@code wsnt:Notify} messages to the subscriber's consumer as {@link NotifyPolicy} says; {@code
 * MaxNotificationProducers} advertises how many such subscriptions a camera serves.
 */
public final class EventsModule implements ServiceModule {

  /** Pull points a camera serves at once unless told otherwise. */
  public static final int DEFAULT_MAX_PULL_POINTS = 10;

  private final int maxPullPoints;
  private final NotifyPolicy notifyPolicy;
  private final Map<VirtualCamera, CameraEvents> cameras = new ConcurrentHashMap<>();
  private final List<ServiceHandler> handlers;

  /** A module allowing {@link #DEFAULT_MAX_PULL_POINTS} pull points per camera. */
  public EventsModule() {
    this(DEFAULT_MAX_PULL_POINTS);
  }

  /** A module allowing {@code maxPullPoints} pull points per camera. */
  public EventsModule(int maxPullPoints) {
    this(maxPullPoints, NotifyPolicy.DEFAULT);
  }

  /**
   * A module allowing {@code maxPullPoints} pull points per camera and pushing Basic Notification
   * messages as {@code notifyPolicy} says.
   */
  public EventsModule(int maxPullPoints, NotifyPolicy notifyPolicy) {
    if (maxPullPoints < 1) {
      throw new IllegalArgumentException("maxPullPoints must be at least 1");
    }
    this.maxPullPoints = maxPullPoints;
    this.notifyPolicy = java.util.Objects.requireNonNull(notifyPolicy, "notifyPolicy");
    this.handlers =
        List.of(
            new SubscriptionHandler(this::events),
            new NotificationProducerHandler(this::events),
            new PullPointHandler(this::events));
  }

  /** {@code camera}'s event bus (created on first use). */
  public EventBus bus(VirtualCamera camera) {
    return events(camera).bus();
  }

  /** How many subscriptions {@code camera} serves now: pull points and Basic Notification. */
  public int subscriptionCount(VirtualCamera camera) {
    CameraEvents e = events(camera);
    return e.pullPointCount() + e.pushSubscriptionCount();
  }

  /**
   * Raises simulated event {@code kind} on {@code camera} (see {@link #installSimulations} for the
   * kinds); a camera's digital input goes through its I/O board, so DeviceIO sees it too.
   *
   * @param query {@code state=true|false}, {@code value} for processor usage
   * @throws IllegalArgumentException for an unknown kind
   */
  public void simulate(VirtualCamera camera, String kind, Map<String, String> query) {
    IoBoard board = IoBoard.of(camera);
    if (kind.equals("digital-input") && !board.digitalInputs().isEmpty()) {
      bus(camera);
      board.setDigitalInput(
          board.digitalInputs().get(0), Boolean.parseBoolean(query.getOrDefault("state", "true")));
    } else {
      SimulatedEvents.raise(bus(camera), kind, query);
    }
  }

  /**
   * Runs {@code schedule} on {@code cameras} (camera {@code i} shifted by {@code i} × {@link
   * ActivitySchedule#CAMERA_STAGGER}) until the returned runner is closed.
   *
   * @throws IllegalArgumentException when the schedule names an unknown kind
   */
  public ActivityRunner startActivity(
      java.util.Collection<VirtualCamera> cameras,
      ActivitySchedule schedule,
      java.time.Clock clock) {
    for (ActivitySchedule.Activity a : schedule.activities()) {
      if (!SimulatedEvents.kinds().contains(a.kind())) {
        throw new IllegalArgumentException(
            "unknown activity kind '"
                + a.kind()
                + "' (known: "
                + String.join(", ", SimulatedEvents.kinds())
                + ")");
      }
    }
    return new ActivityRunner(this, List.copyOf(cameras), schedule, clock).start();
  }

  /**
   * Lets the admin API raise the simulated events ({@code POST /cameras/{name}/events/{kind}
   * ?state=true|false}; kinds: motion, cell-motion, motion-region, field-detection, tamper,
   * scene-change, blurry, dark, bright, sound, digital-input, relay, storage-failure,
   * recording-job, processor-usage).
   */
  public void installSimulations(AdminApi api) {
    for (String kind : SimulatedEvents.kinds()) {
      api.onEvent(kind, (camera, query) -> simulate(camera, kind, query));
    }
  }

  /**
   * Relay outputs and digital inputs of the camera's I/O board become {@code
   * tns1:Device/Trigger/Relay} and {@code tns1:Device/Trigger/DigitalInput} properties.
   */
  private static void connectIo(IoBoard board, EventBus bus) {
    for (String relay : board.relayOutputs()) {
      relay(bus, relay, board.relayActive(relay));
    }
    for (String input : board.digitalInputs()) {
      input(bus, input, board.digitalInputActive(input));
    }
    board.addListener(
        new IoListener() {
          @Override
          public void relayChanged(VirtualCamera camera, String relayToken, boolean active) {
            relay(bus, relayToken, active);
          }

          @Override
          public void digitalInputChanged(VirtualCamera camera, String inputToken, boolean active) {
            input(bus, inputToken, active);
          }
        });
  }

  private static void operatingTime(EventBus bus, EventTopic topic, VirtualCamera camera) {
    bus.setProperty(topic, Map.of(), Map.of("Status", XsDateTime.format(camera.clock().instant())));
  }

  private static void relay(EventBus bus, String token, boolean active) {
    bus.setProperty(
        EventTopic.RELAY,
        Map.of("RelayToken", token),
        Map.of("LogicalState", active ? "active" : "inactive"));
  }

  private static void input(EventBus bus, String token, boolean active) {
    bus.setProperty(
        EventTopic.DIGITAL_INPUT,
        Map.of("InputToken", token),
        Map.of("LogicalState", Boolean.toString(active)));
  }

  private CameraEvents events(VirtualCamera camera) {
    return cameras.computeIfAbsent(
        camera,
        c -> {
          CameraEvents e = new CameraEvents(c.clock(), maxPullPoints, notifyPolicy);
          IoBoard board = IoBoard.of(c);
          Set<String> fromBoard = new java.util.HashSet<>();
          if (!board.digitalInputs().isEmpty()) {
            fromBoard.add("digital-input");
          }
          if (!board.relayOutputs().isEmpty()) {
            fromBoard.add("relay");
          }
          SimulatedEvents.seed(e.bus(), fromBoard);
          connectIo(board, e.bus());
          c.addListener(
              new CameraListener() {
                @Override
                public void stopping(VirtualCamera cam) {
                  e.dropAll();
                }

                @Override
                public void started(VirtualCamera cam) {
                  operatingTime(e.bus(), EventTopic.LAST_REBOOT, cam);
                }

                @Override
                public void clockSet(VirtualCamera cam) {
                  operatingTime(e.bus(), EventTopic.LAST_CLOCK_SYNCHRONIZATION, cam);
                }

                @Override
                public void factoryReset(VirtualCamera cam) {
                  operatingTime(e.bus(), EventTopic.LAST_RESET, cam);
                }
              });
          // A camera knows when it was last reset, synchronised and backed up: until something
          // happens, that is when it was made (the simulation's start).
          operatingTime(e.bus(), EventTopic.LAST_REBOOT, c);
          operatingTime(e.bus(), EventTopic.LAST_RESET, c);
          operatingTime(e.bus(), EventTopic.LAST_CLOCK_SYNCHRONIZATION, c);
          operatingTime(e.bus(), EventTopic.LAST_BACKUP, c);
          MediaState.addListener(
              c,
              new MediaChangeListener() {
                @Override
                public void profileChanged(String token) {
                  e.bus().publish(EventTopic.PROFILE_CHANGED, Map.of("Token", token), Map.of());
                }

                @Override
                public void configurationChanged(String token, String type) {
                  e.bus()
                      .publish(
                          EventTopic.CONFIGURATION_CHANGED,
                          orderedPair("Token", token, "Type", type),
                          Map.of());
                }
              });
          return e;
        });
  }

  private static Map<String, String> orderedPair(String k1, String v1, String k2, String v2) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  @Override
  public OnvifService service() {
    return OnvifService.EVENTS;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return XmlElement.builder(Namespaces.TEV, "Capabilities")
        .attribute("WSSubscriptionPolicySupport", "false")
        .attribute("WSPullPointSupport", "true")
        .attribute("WSPausableSubscriptionManagerInterfaceSupport", "false")
        .attribute("MaxNotificationProducers", Integer.toString(notifyPolicy.maxSubscriptions()))
        .attribute("MaxPullPoints", Integer.toString(maxPullPoints))
        .attribute("PersistentNotificationStorage", "false")
        .build();
  }

  /** Every camera has events (Profile S/T require the event service), whatever its persona. */
  @Override
  public boolean offeredBy(VirtualCamera camera) {
    return true;
  }

  @Override
  public XmlElement legacyCapabilities(RequestContext ctx) {
    return XmlElement.builder(Namespaces.TT, "Events")
        .child(Namespaces.TT, "XAddr", ctx.xaddr(OnvifService.EVENTS))
        .child(Namespaces.TT, "WSSubscriptionPolicySupport", "false")
        .child(Namespaces.TT, "WSPullPointSupport", "true")
        .child(Namespaces.TT, "WSPausableSubscriptionManagerInterfaceSupport", "false")
        .build();
  }
}
