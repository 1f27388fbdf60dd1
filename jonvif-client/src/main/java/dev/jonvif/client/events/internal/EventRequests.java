package dev.jonvif.client.events.internal;

import static dev.jonvif.core.Namespaces.TEV;
import static dev.jonvif.core.Namespaces.WSNT;

import dev.jonvif.client.events.EventOptions;
import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.util.Map;

/**
 * The request bodies and WS-Addressing actions of the event service.
 *
 * @see <a href="https://www.onvif.org/ver10/events/wsdl/event.wsdl">event.wsdl</a>
 */
public final class EventRequests {

  private static final String TEV_PORT = "http://www.onvif.org/ver10/events/wsdl/EventPortType/";
  private static final String PULL_POINT =
      "http://www.onvif.org/ver10/events/wsdl/PullPointSubscription/";
  private static final String MANAGER = "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/";

  public static final String ACTION_GET_EVENT_PROPERTIES = TEV_PORT + "GetEventPropertiesRequest";
  public static final String ACTION_GET_SERVICE_CAPABILITIES =
      TEV_PORT + "GetServiceCapabilitiesRequest";
  public static final String ACTION_CREATE_PULL_POINT =
      TEV_PORT + "CreatePullPointSubscriptionRequest";
  public static final String ACTION_PULL_MESSAGES = PULL_POINT + "PullMessagesRequest";
  public static final String ACTION_SET_SYNCHRONIZATION_POINT =
      PULL_POINT + "SetSynchronizationPointRequest";
  public static final String ACTION_RENEW = MANAGER + "RenewRequest";
  public static final String ACTION_UNSUBSCRIBE = MANAGER + "UnsubscribeRequest";
  public static final String ACTION_SUBSCRIBE =
      "http://docs.oasis-open.org/wsn/bw-2/NotificationProducer/SubscribeRequest";

  private EventRequests() {}

  public static XmlElement getEventProperties() {
    return XmlElement.builder(TEV, "GetEventProperties").build();
  }

  public static XmlElement getServiceCapabilities() {
    return XmlElement.builder(TEV, "GetServiceCapabilities").build();
  }

  /** CreatePullPointSubscription with the filters and a relative InitialTerminationTime. */
  public static XmlElement createPullPoint(EventOptions o) {
    XmlElement.Builder b = XmlElement.builder(TEV, "CreatePullPointSubscription");
    XmlElement filter = filter(TEV, o);
    if (filter != null) {
      b.child(filter);
    }
    return b.child(TEV, "InitialTerminationTime", XsDuration.format(o.initialTermination()))
        .build();
  }

  /** wsnt:Subscribe for Basic Notification to {@code consumer}. */
  public static XmlElement subscribe(EndpointReference consumer, EventOptions o) {
    XmlElement.Builder b =
        XmlElement.builder(WSNT, "Subscribe").child(consumer.toElement(WSNT, "ConsumerReference"));
    XmlElement filter = filter(WSNT, o);
    if (filter != null) {
      b.child(filter);
    }
    return b.child(WSNT, "InitialTerminationTime", XsDuration.format(o.initialTermination()))
        .build();
  }

  /** The Filter element ({@code ns:Filter}), or {@code null} when there is nothing to filter. */
  static XmlElement filter(String ns, EventOptions o) {
    if (o.topicFilter() == null && o.messageContentFilter() == null) {
      return null;
    }
    XmlElement.Builder f = XmlElement.builder(ns, "Filter");
    if (o.topicFilter() != null) {
      f.child(
          declare(XmlElement.builder(WSNT, "TopicExpression"), o.namespaces())
              .attribute("Dialect", EventOptions.CONCRETE_SET_DIALECT)
              .text(o.topicFilter())
              .build());
    }
    if (o.messageContentFilter() != null) {
      f.child(
          declare(XmlElement.builder(WSNT, "MessageContent"), o.namespaces())
              .attribute("Dialect", EventOptions.ITEM_FILTER_DIALECT)
              .text(o.messageContentFilter())
              .build());
    }
    return f.build();
  }

  private static XmlElement.Builder declare(XmlElement.Builder b, Map<String, String> namespaces) {
    namespaces.forEach(b::declareNamespace);
    return b;
  }

  public static XmlElement pullMessages(Duration timeout, int limit) {
    return XmlElement.builder(TEV, "PullMessages")
        .child(TEV, "Timeout", XsDuration.format(timeout))
        .child(TEV, "MessageLimit", limit)
        .build();
  }

  public static XmlElement setSynchronizationPoint() {
    return XmlElement.builder(TEV, "SetSynchronizationPoint").build();
  }

  /** wsnt:Renew with a termination time as written (duration or dateTime). */
  public static XmlElement renew(String terminationTime) {
    return XmlElement.builder(WSNT, "Renew")
        .child(WSNT, "TerminationTime", terminationTime)
        .build();
  }

  public static XmlElement unsubscribe() {
    return XmlElement.builder(WSNT, "Unsubscribe").build();
  }
}
