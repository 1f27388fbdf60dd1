package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.DeviceFaults;
import java.time.Instant;
import java.util.List;
import javax.xml.namespace.QName;

/** The WS-BaseNotification / WS-ResourceFramework faults of the event service. */
final class EventFaults {

  static final String WSRF_RW = "http://docs.oasis-open.org/wsrf/rw-2";

  private EventFaults() {}

  /** {@code wsrf-rw:ResourceUnknownFault}: no such (or no longer a) subscription. */
  static SoapFaultException resourceUnknown(String reason, Instant now) {
    XmlElement detail =
        XmlElement.builder(Namespaces.WSRF_R, "ResourceUnknownFault").child(timestamp(now)).build();
    return fault(
        FaultCode.SENDER, new QName(WSRF_RW, "ResourceUnknownFault", "wsrf-rw"), reason, detail);
  }

  /** {@code wsntw:InvalidFilterFault} naming the filter element that was not understood. */
  static SoapFaultException invalidFilter(String reason, QName filter, Instant now) {
    XmlElement detail =
        XmlElement.builder(Namespaces.WSNT, "InvalidFilterFault")
            .child(timestamp(now))
            .child(XmlElement.builder(Namespaces.WSNT, "UnknownFilter").qnameText(filter).build())
            .build();
    return wsnt(FaultCode.SENDER, "InvalidFilterFault", reason, detail);
  }

  /** {@code wsntw:TopicExpressionDialectUnknownFault}. */
  static SoapFaultException dialectUnknown(String reason, Instant now) {
    return wsnt(
        FaultCode.SENDER,
        "TopicExpressionDialectUnknownFault",
        reason,
        base("TopicExpressionDialectUnknownFault", now));
  }

  /** {@code wsntw:UnacceptableInitialTerminationTimeFault} (or the Renew variant). */
  static SoapFaultException unacceptableTermination(boolean initial, String reason, Instant now) {
    String name =
        initial ? "UnacceptableInitialTerminationTimeFault" : "UnacceptableTerminationTimeFault";
    XmlElement detail =
        XmlElement.builder(Namespaces.WSNT, name)
            .child(timestamp(now))
            .child(XmlElement.of(Namespaces.WSNT, "MinimumTime", XsDateTime.format(now)))
            .build();
    return wsnt(FaultCode.SENDER, name, reason, detail);
  }

  /** {@code wsntw:SubscribeCreationFailedFault}: no pull point left. */
  static SoapFaultException creationFailed(String reason, Instant now) {
    return wsnt(
        FaultCode.RECEIVER,
        "SubscribeCreationFailedFault",
        reason,
        base("SubscribeCreationFailedFault", now));
  }

  /** {@code wsntw:SubscribeCreationFailedFault} as a Sender fault: a bad ConsumerReference. */
  static SoapFaultException consumerRefused(String reason, Instant now) {
    return wsnt(
        FaultCode.SENDER,
        "SubscribeCreationFailedFault",
        reason,
        base("SubscribeCreationFailedFault", now));
  }

  /** {@code wsntw:UnrecognizedPolicyRequestFault}: a SubscriptionPolicy we do not support. */
  static SoapFaultException unrecognizedPolicy(String reason, Instant now) {
    return wsnt(
        FaultCode.SENDER,
        "UnrecognizedPolicyRequestFault",
        reason,
        base("UnrecognizedPolicyRequestFault", now));
  }

  /**
   * {@code env:Sender/ter:InvalidArgVal} with {@code tev:PullMessagesFaultResponse} giving the
   * limits, for an out-of-range Timeout or MessageLimit.
   */
  static SoapFaultException pullLimits(String reason, String maxTimeout, int maxMessages) {
    XmlElement detail =
        XmlElement.builder(Namespaces.TEV, "PullMessagesFaultResponse")
            .child(Namespaces.TEV, "MaxTimeout", maxTimeout)
            .child(Namespaces.TEV, "MaxMessageLimit", maxMessages)
            .build();
    return DeviceFaults.fault(SoapFault.sender(reason, "InvalidArgVal").withDetail(detail));
  }

  private static XmlElement base(String name, Instant now) {
    return XmlElement.builder(Namespaces.WSNT, name).child(timestamp(now)).build();
  }

  private static XmlElement timestamp(Instant now) {
    return XmlElement.of(Namespaces.WSRF_BF, "Timestamp", XsDateTime.format(now));
  }

  private static SoapFaultException wsnt(
      FaultCode code, String name, String reason, XmlElement detail) {
    return fault(code, new QName(Namespaces.WSNT, name, "wsnt"), reason, detail);
  }

  private static SoapFaultException fault(
      FaultCode code, QName subcode, String reason, XmlElement detail) {
    return DeviceFaults.fault(new SoapFault(code, null, List.of(subcode), reason, "en", detail));
  }
}
