package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** GetEventProperties and CreatePullPointSubscription. */
public final class SubscriptionHandler implements ServiceHandler {

  /** Keep-alive of a pull point created without InitialTerminationTime. */
  static final Duration DEFAULT_KEEP_ALIVE = Duration.ofMinutes(1);

  /** The longest termination time accepted (now + this). */
  static final Duration MAX_TERMINATION = Duration.ofDays(1);

  /** The query parameter naming a pull point in its address. */
  static final String SUBSCRIPTION_PARAM = "subscription";

  private final Function<VirtualCamera, CameraEvents> events;

  public SubscriptionHandler(Function<VirtualCamera, CameraEvents> events) {
    this.events = events;
  }

  @Override
  public Set<Operation> operations() {
    return Set.of(
        Operation.EVENTS_GET_EVENT_PROPERTIES, Operation.EVENTS_CREATE_PULL_POINT_SUBSCRIPTION);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    return switch (ctx.operation()) {
      case EVENTS_GET_EVENT_PROPERTIES -> eventProperties(ctx);
      default -> createPullPoint(ctx);
    };
  }

  private static XmlElement eventProperties(RequestContext ctx) {
    return XmlElement.builder(ctx.operation().responseName())
        .child(
            Namespaces.TEV,
            "TopicNamespaceLocation",
            "http://www.onvif.org/onvif/ver10/topics/topicns.xml")
        .child(Namespaces.WSNT, "FixedTopicSet", "true")
        .child(EventXml.topicSet(TopicCatalog.ALL))
        .child(Namespaces.WSNT, "TopicExpressionDialect", EventFilter.CONCRETE)
        .child(Namespaces.WSNT, "TopicExpressionDialect", EventFilter.CONCRETE_SET)
        .child(Namespaces.TEV, "MessageContentFilterDialect", EventFilter.ITEM_FILTER)
        .child(
            Namespaces.TEV,
            "MessageContentSchemaLocation",
            "http://www.onvif.org/onvif/ver10/schema/onvif.xsd")
        .build();
  }

  private XmlElement createPullPoint(RequestContext ctx) {
    CameraEvents cam = events.apply(ctx.camera());
    Instant now = cam.now();
    XmlElement body = ctx.body();
    Predicate<EventMessage> filter =
        EventFilter.read(body.childOrNull(Namespaces.TEV, "Filter"), TopicCatalog.topics(), now);
    XmlElement initial = body.childOrNull(Namespaces.TEV, "InitialTerminationTime");
    Instant termination =
        initial == null || initial.textTrim().isEmpty()
            ? now.plus(DEFAULT_KEEP_ALIVE)
            : terminationTime(initial.textTrim(), now, true);
    Duration keepAlive = Duration.between(now, termination);
    PullPoint p = cam.createPullPoint(filter, keepAlive, termination);
    if (p == null) {
      throw EventFaults.creationFailed(
          "all " + cam.maxPullPoints() + " pull points are in use", now);
    }
    String address = ctx.xaddr(OnvifService.EVENTS) + "?" + SUBSCRIPTION_PARAM + "=" + p.id();
    return XmlElement.builder(ctx.operation().responseName())
        .child(
            XmlElement.builder(Namespaces.TEV, "SubscriptionReference")
                .child(Namespaces.WSA, "Address", address)
                .build())
        .child(Namespaces.WSNT, "CurrentTime", XsDateTime.format(now))
        .child(Namespaces.WSNT, "TerminationTime", XsDateTime.format(p.terminationTime()))
        .build();
  }

  /**
   * An AbsoluteOrRelativeTimeType value: an xs:duration from now or an xs:dateTime; it must lie in
   * (now, now + {@link #MAX_TERMINATION}].
   */
  static Instant terminationTime(String text, Instant now, boolean initial) {
    Instant t;
    try {
      t =
          text.startsWith("P") || text.startsWith("-P")
              ? now.plus(XsDuration.parse(text))
              : XsDateTime.parse(text);
    } catch (RuntimeException e) {
      throw EventFaults.unacceptableTermination(
          initial, "'" + text + "' is neither an xs:duration nor an xs:dateTime", now);
    }
    if (!t.isAfter(now) || t.isAfter(now.plus(MAX_TERMINATION))) {
      throw EventFaults.unacceptableTermination(
          initial, "termination time " + text + " must be after now and within a day", now);
    }
    return t;
  }
}
