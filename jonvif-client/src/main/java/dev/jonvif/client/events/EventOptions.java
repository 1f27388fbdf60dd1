package dev.jonvif.client.events;

import dev.jonvif.core.Namespaces;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link EventsClient#subscribe} subscribes: mode, filters, timings. Immutable; build with
 * {@link #builder()}.
 *
 * @param mode PullPoint, Basic Notification, or AUTO
 * @param topicFilter a ConcreteSet topic expression ({@code tns1:VideoSource/MotionAlarm|
 *     tns1:RuleEngine//.}), or {@code null} for every topic
 * @param messageContentFilter an ItemFilter expression ({@code
 *     boolean(//tt:SimpleItem[@Name="Source" and @Value="VideoSource_1"])}), or {@code null}
 * @param namespaces prefix bindings for the filters, conventional topic prefixes included
 * @param initialTermination how long the camera keeps a subscription without renewal
 * @param pullTimeout the PullMessages long-poll timeout
 * @param messageLimit the PullMessages MessageLimit
 * @param minBackoff the first delay before re-creating a lost subscription
 * @param maxBackoff the longest such delay (with jitter up to half of it)
 * @param suppressRepeatedState whether, after a re-creation, {@code Initialized} events repeating a
 *     property's last delivered state are dropped (so a camera reboot yields no duplicates)
 * @param notifyBind where the Basic Notification consumer listens (mode NOTIFY/AUTO fallback)
 * @param notifyHost the host the camera is told to send Notify to, or {@code null} to use the local
 *     address that routes to the camera
 * @param onStateChange called on every {@link SubscriptionState} change (on the subscription's
 *     thread; must return quickly)
 */
public record EventOptions(
    EventMode mode,
    String topicFilter,
    String messageContentFilter,
    Map<String, String> namespaces,
    Duration initialTermination,
    Duration pullTimeout,
    int messageLimit,
    Duration minBackoff,
    Duration maxBackoff,
    boolean suppressRepeatedState,
    InetSocketAddress notifyBind,
    String notifyHost,
    Consumer<SubscriptionState> onStateChange) {

  public static final Duration DEFAULT_INITIAL_TERMINATION = Duration.ofMinutes(2);
  public static final Duration DEFAULT_PULL_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MESSAGE_LIMIT = 100;
  public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(60);

  /** The ItemFilter dialect of ONVIF message content filters. */
  public static final String ITEM_FILTER_DIALECT =
      "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter";

  /** The ConcreteSet topic expression dialect. */
  public static final String CONCRETE_SET_DIALECT =
      "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";

  public EventOptions {
    Objects.requireNonNull(mode, "mode");
    namespaces = Map.copyOf(namespaces);
    Objects.requireNonNull(initialTermination, "initialTermination");
    Objects.requireNonNull(pullTimeout, "pullTimeout");
    Objects.requireNonNull(minBackoff, "minBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    onStateChange = onStateChange == null ? s -> {} : onStateChange;
  }

  /** Default options: AUTO, every topic. */
  public static EventOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An ItemFilter expression matching events with SimpleItem {@code name} = {@code value}. */
  public static String itemEquals(String name, String value) {
    return "boolean(//tt:SimpleItem[@Name=" + quote(name) + " and @Value=" + quote(value) + "])";
  }

  private static String quote(String s) {
    if (s.indexOf('"') < 0) {
      return '"' + s + '"';
    }
    if (s.indexOf('\'') < 0) {
      return "'" + s + "'";
    }
    throw new IllegalArgumentException("an item filter value cannot contain both quote kinds");
  }

  /** Builds {@link EventOptions}. */
  public static final class Builder {
    private EventMode mode = EventMode.AUTO;
    private final List<String> topics = new ArrayList<>();
    private String content;
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private Duration initialTermination = DEFAULT_INITIAL_TERMINATION;
    private Duration pullTimeout = DEFAULT_PULL_TIMEOUT;
    private int messageLimit = DEFAULT_MESSAGE_LIMIT;
    private Duration minBackoff = DEFAULT_MIN_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private boolean suppressRepeatedState = true;
    private InetSocketAddress notifyBind = new InetSocketAddress(0);
    private String notifyHost;
    private Consumer<SubscriptionState> onStateChange;

    private Builder() {
      Namespaces.all()
          .forEach(
              (uri, prefix) -> {
                if (uri.contains("topics")) {
                  namespaces.putIfAbsent(prefix, uri);
                }
              });
      namespaces.put("tnshik", Namespaces.HIKVISION_TOPICS);
      namespaces.put("tt", Namespaces.TT);
    }

    /** AUTO (default), PULLPOINT or NOTIFY. */
    public Builder mode(EventMode m) {
      this.mode = Objects.requireNonNull(m);
      return this;
    }

    /**
     * Adds a ConcreteSet topic expression (alternatives joined with {@code |}, {@code //.} for a
     * topic and everything below it). Several calls are alternatives.
     */
    public Builder topicFilter(String expression) {
      String e = Objects.requireNonNull(expression, "expression").strip();
      if (e.isEmpty()) {
        throw new IllegalArgumentException("empty topic filter");
      }
      topics.add(e);
      return this;
    }

    /** Adds topics to the filter (each exactly, not what lies below it). */
    public Builder topics(EventTopic... ts) {
      for (EventTopic t : ts) {
        String prefix = prefixFor(t.namespace());
        topics.add(prefix + ":" + t.path());
      }
      return this;
    }

    private String prefixFor(String namespace) {
      for (var e : namespaces.entrySet()) {
        if (e.getValue().equals(namespace)) {
          return e.getKey();
        }
      }
      String p = "ns" + namespaces.size();
      namespaces.put(p, namespace);
      return p;
    }

    /** An ItemFilter message content expression, e.g. from {@link #itemEquals}. */
    public Builder messageContentFilter(String expression) {
      this.content = expression == null || expression.isBlank() ? null : expression.strip();
      return this;
    }

    /** Binds a prefix used in the filters (the conventional topic prefixes are bound already). */
    public Builder namespace(String prefix, String uri) {
      namespaces.put(Objects.requireNonNull(prefix), Objects.requireNonNull(uri));
      return this;
    }

    /** Default {@link #DEFAULT_INITIAL_TERMINATION}. */
    public Builder initialTermination(Duration d) {
      this.initialTermination = positive(d, "initial termination");
      return this;
    }

    /** Default {@link #DEFAULT_PULL_TIMEOUT}; at most 60 s for most cameras. */
    public Builder pullTimeout(Duration d) {
      this.pullTimeout = positive(d, "pull timeout");
      return this;
    }

    /** Default {@link #DEFAULT_MESSAGE_LIMIT}. */
    public Builder messageLimit(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("message limit must be at least 1");
      }
      this.messageLimit = n;
      return this;
    }

    /** Back-off bounds before re-creating a lost subscription. */
    public Builder backoff(Duration min, Duration max) {
      this.minBackoff = positive(min, "minimum back-off");
      this.maxBackoff = positive(max, "maximum back-off");
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException("maximum back-off is below the minimum");
      }
      return this;
    }

    /** Default true: see {@link EventOptions#suppressRepeatedState()}. */
    public Builder suppressRepeatedState(boolean b) {
      this.suppressRepeatedState = b;
      return this;
    }

    /** Where the Notify consumer listens; default every interface, an ephemeral port. */
    public Builder notifyBind(InetSocketAddress address) {
      this.notifyBind = Objects.requireNonNull(address);
      return this;
    }

    /** The host the camera should send Notify to; default the local address routing to it. */
    public Builder notifyHost(String host) {
      this.notifyHost = host;
      return this;
    }

    /** Called on every state change. */
    public Builder onStateChange(Consumer<SubscriptionState> listener) {
      this.onStateChange = listener;
      return this;
    }

    public EventOptions build() {
      String filter = topics.isEmpty() ? null : String.join("|", topics);
      return new EventOptions(
          mode,
          filter,
          content,
          namespaces,
          initialTermination,
          pullTimeout,
          messageLimit,
          minBackoff,
          maxBackoff,
          suppressRepeatedState,
          notifyBind,
          notifyHost,
          onStateChange);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }
  }
}
