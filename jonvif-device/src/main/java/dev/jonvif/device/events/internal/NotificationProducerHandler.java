package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventMessage;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * WS-BaseNotification Subscribe: a subscription that pushes {@code wsnt:Notify} messages to the
 * ConsumerReference, with the same filters as pull points. Renew, Unsubscribe and
 * SetSynchronizationPoint go to the subscription's own address ({@link PullPointHandler}).
 *
 * @see <a href="http://docs.oasis-open.org/wsn/wsn-ws_base_notification-1.3-spec-os.pdf">
 *     WS-BaseNotification 1.3, §4.2 Subscribe</a>
 */
public final class NotificationProducerHandler implements ServiceHandler {

  private final Function<VirtualCamera, CameraEvents> events;

  public NotificationProducerHandler(Function<VirtualCamera, CameraEvents> events) {
    this.events = events;
  }

  @Override
  public Set<Operation> operations() {
    return Set.of(Operation.EVENTS_SUBSCRIBE);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    CameraEvents cam = events.apply(ctx.camera());
    Instant now = cam.now();
    XmlElement body = ctx.body();
    EndpointReference consumer =
        consumer(body.childOrNull(Namespaces.WSNT, "ConsumerReference"), now);
    Predicate<EventMessage> filter =
        EventFilter.read(body.childOrNull(Namespaces.WSNT, "Filter"), TopicCatalog.topics(), now);
    XmlElement policy = body.childOrNull(Namespaces.WSNT, "SubscriptionPolicy");
    if (policy != null && !policy.children().isEmpty()) {
      throw EventFaults.unrecognizedPolicy(
          "subscription policies are not supported (WSSubscriptionPolicySupport is false)", now);
    }
    XmlElement initial = body.childOrNull(Namespaces.WSNT, "InitialTerminationTime");
    Instant termination =
        initial == null || initial.textTrim().isEmpty()
            ? now.plus(SubscriptionHandler.DEFAULT_KEEP_ALIVE)
            : SubscriptionHandler.terminationTime(initial.textTrim(), now, true);
    String service = ctx.xaddr(OnvifService.EVENTS);
    Function<String, String> addressOf =
        id -> service + "?" + SubscriptionHandler.SUBSCRIPTION_PARAM + "=" + id;
    PushSubscription s = cam.createPush(filter, termination, consumer, addressOf);
    if (s == null) {
      throw EventFaults.creationFailed(
          "all " + cam.notifyPolicy().maxSubscriptions() + " notification subscriptions are in use",
          now);
    }
    String address = addressOf.apply(s.id());
    return XmlElement.builder(ctx.operation().responseName())
        .child(
            XmlElement.builder(Namespaces.WSNT, "SubscriptionReference")
                .child(Namespaces.WSA, "Address", address)
                .build())
        .child(Namespaces.WSNT, "CurrentTime", XsDateTime.format(now))
        .child(Namespaces.WSNT, "TerminationTime", XsDateTime.format(s.terminationTime()))
        .build();
  }

  /** The consumer's endpoint reference; its address must be an absolute http(s) URL. */
  private static EndpointReference consumer(XmlElement element, Instant now) {
    if (element == null) {
      throw EventFaults.consumerRefused("Subscribe needs a ConsumerReference", now);
    }
    EndpointReference epr = EndpointReference.fromElement(element);
    URI uri;
    try {
      uri = new URI(epr.address());
    } catch (java.net.URISyntaxException e) {
      throw EventFaults.consumerRefused(
          "ConsumerReference address '" + epr.address() + "' is not a URI", now);
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw EventFaults.consumerRefused(
          "ConsumerReference address '" + epr.address() + "' is not an http(s) URL", now);
    }
    return epr;
  }
}
