package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The subscription manager of pull points and Basic Notification subscriptions alike: Renew,
 * Unsubscribe, SetSynchronizationPoint, and PullMessages for pull points.
 */
public final class PullPointHandler implements ServiceHandler {

  /** The longest PullMessages Timeout accepted. */
  static final Duration MAX_TIMEOUT = Duration.ofMinutes(1);

  /** The largest PullMessages MessageLimit accepted. */
  static final int MAX_MESSAGE_LIMIT = 1000;

  private final Function<VirtualCamera, CameraEvents> events;

  public PullPointHandler(Function<VirtualCamera, CameraEvents> events) {
    this.events = events;
  }

  @Override
  public Set<Operation> operations() {
    return Set.of(
        Operation.EVENTS_PULL_MESSAGES,
        Operation.EVENTS_SET_SYNCHRONIZATION_POINT,
        Operation.EVENTS_RENEW,
        Operation.EVENTS_UNSUBSCRIBE);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    CameraEvents cam = events.apply(ctx.camera());
    String id = subscriptionId(ctx.pathQuery());
    EventSubscription p = cam.find(id);
    if (p == null) {
      throw EventFaults.resourceUnknown(
          id == null
              ? "the request was not sent to a subscription address"
              : "subscription " + id + " does not exist (unsubscribed, expired or rebooted)",
          cam.now());
    }
    XmlElement.Builder out = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case EVENTS_PULL_MESSAGES -> {
        if (!(p instanceof PullPoint pullPoint)) {
          throw DeviceFaults.actionNotSupported(
              null, "subscription " + id + " pushes Notify messages; it has nothing to pull");
        }
        pull(ctx, cam, pullPoint, out);
      }
      case EVENTS_SET_SYNCHRONIZATION_POINT -> cam.bus().synchronize(p.filter(), p::offer);
      case EVENTS_RENEW -> {
        Instant now = cam.now();
        XmlElement t = ctx.body().childOrNull(Namespaces.WSNT, "TerminationTime");
        Instant next =
            t == null || t.textTrim().isEmpty()
                ? now.plus(SubscriptionHandler.DEFAULT_KEEP_ALIVE)
                : SubscriptionHandler.terminationTime(t.textTrim(), now, false);
        p.renew(next);
        out.child(Namespaces.WSNT, "TerminationTime", XsDateTime.format(next))
            .child(Namespaces.WSNT, "CurrentTime", XsDateTime.format(now));
      }
      default -> {
        if (!cam.remove(p.id())) {
          throw EventFaults.resourceUnknown("subscription " + id + " does not exist", cam.now());
        }
      }
    }
    return out.build();
  }

  private static void pull(
      RequestContext ctx, CameraEvents cam, PullPoint p, XmlElement.Builder out) {
    XmlElement body = ctx.body();
    String timeoutText = body.childText(Namespaces.TEV, "Timeout");
    String limitText = body.childText(Namespaces.TEV, "MessageLimit");
    if (timeoutText == null || limitText == null) {
      throw DeviceFaults.invalidArgs(null, "PullMessages needs Timeout and MessageLimit");
    }
    Duration timeout;
    int limit;
    try {
      timeout = XsDuration.parse(timeoutText.strip());
      limit = Integer.parseInt(limitText.strip());
    } catch (RuntimeException e) {
      throw limits("Timeout must be an xs:duration and MessageLimit an integer");
    }
    if (timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw limits(
          "Timeout " + timeoutText.strip() + " is outside PT0S.." + XsDuration.format(MAX_TIMEOUT));
    }
    if (limit < 1 || limit > MAX_MESSAGE_LIMIT) {
      throw limits("MessageLimit " + limit + " is outside 1.." + MAX_MESSAGE_LIMIT);
    }
    p.keepAlive(cam.now());
    List<EventMessage> messages;
    try {
      messages = p.pull(limit, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeviceFaults.receiver("Action", "the server is stopping");
    }
    Instant now = cam.now();
    if (messages == null) {
      throw EventFaults.resourceUnknown("subscription " + p.id() + " ended during the pull", now);
    }
    Instant termination = p.keepAlive(now);
    out.child(Namespaces.TEV, "CurrentTime", XsDateTime.format(now))
        .child(Namespaces.TEV, "TerminationTime", XsDateTime.format(termination));
    messages.forEach(m -> out.child(EventXml.notification(m)));
  }

  private static RuntimeException limits(String reason) {
    return EventFaults.pullLimits(reason, XsDuration.format(MAX_TIMEOUT), MAX_MESSAGE_LIMIT);
  }

  /** The {@code subscription} query parameter of the request's path, or {@code null}. */
  static String subscriptionId(String pathQuery) {
    int q = pathQuery == null ? -1 : pathQuery.indexOf('?');
    if (q < 0) {
      return null;
    }
    for (String pair : pathQuery.substring(q + 1).split("&")) {
      if (pair.startsWith(SubscriptionHandler.SUBSCRIPTION_PARAM + "=")) {
        return pair.substring(SubscriptionHandler.SUBSCRIPTION_PARAM.length() + 1);
      }
    }
    return null;
  }
}
