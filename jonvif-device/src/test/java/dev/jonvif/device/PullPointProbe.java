package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TEV;
import static dev.jonvif.core.Namespaces.TT;
import static dev.jonvif.core.Namespaces.WSA;
import static dev.jonvif.core.Namespaces.WSNT;

import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A pull point on a {@link DeviceTestSupport} camera, for tests that watch its events. */
final class PullPointProbe {

  private static final String DIALECT =
      "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";

  private final DeviceTestSupport test;
  private final String address;

  /** Subscribes with a ConcreteSet topic filter such as {@code tns1:Media//.}. */
  PullPointProbe(DeviceTestSupport test, String topicFilter) {
    this.test = test;
    XmlElement filter =
        XmlElement.builder(TEV, "Filter")
            .child(
                XmlElement.builder(WSNT, "TopicExpression")
                    .attribute("Dialect", DIALECT)
                    .declareNamespace("tns1", dev.jonvif.core.Namespaces.TNS1)
                    .text(topicFilter)
                    .build())
            .build();
    XmlElement r =
        DeviceTestSupport.ok(
            call(
                test,
                test.base + "/onvif/events_service",
                XmlElement.builder(TEV, "CreatePullPointSubscription").child(filter).build()));
    address = r.path(TEV, "SubscriptionReference").childText(WSA, "Address");
  }

  /** Posts {@code body} as admin with WS-Addressing to {@code url} on the test's camera. */
  static SoapClient.Answer call(DeviceTestSupport test, String url, XmlElement body) {
    SoapEnvelope env =
        SoapEnvelope.of(body)
            .withHeader(test.token(DeviceTestSupport.ADMIN, DeviceTestSupport.ADMIN_PASSWORD))
            .withAddressing(
                new Addressing(null, "urn:uuid:" + UUID.randomUUID(), url, null, null), WSA);
    return test.post(url.substring(test.base.length()), env);
  }

  /** Pulls until {@code count} messages arrived or 5 pulls of 1 s passed; their tt:Message. */
  List<XmlElement> pull(int count) {
    List<XmlElement> out = new ArrayList<>();
    for (int i = 0; i < 5 && out.size() < count; i++) {
      XmlElement r =
          DeviceTestSupport.ok(
              call(
                  test,
                  address,
                  XmlElement.builder(TEV, "PullMessages")
                      .child(TEV, "Timeout", "PT1S")
                      .child(TEV, "MessageLimit", "10")
                      .build()));
      for (XmlElement n : r.children(WSNT, "NotificationMessage")) {
        out.add(n.path(WSNT, "Message").child(TT, "Message").orElseThrow());
      }
    }
    return out;
  }

  void unsubscribe() {
    DeviceTestSupport.ok(call(test, address, XmlElement.builder(WSNT, "Unsubscribe").build()));
  }

  /** The value of the first SimpleItem called {@code name} in {@code group} (Source, Data). */
  static String item(XmlElement message, String group, String name) {
    for (XmlElement s : message.path(TT, group).children(TT, "SimpleItem")) {
      if (name.equals(s.attribute("Name"))) {
        return s.attribute("Value");
      }
    }
    return null;
  }
}
