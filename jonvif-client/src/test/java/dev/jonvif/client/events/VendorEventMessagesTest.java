package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vendor-style notifications written for these tests: prefixes, SOAP 1.1, missing times. */
class VendorEventMessagesTest {

  private static final String NOTIFY_11 =
      """
      <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">
       <S:Body>
        <n:Notify xmlns:n="http://docs.oasis-open.org/wsn/b-2">
         <n:NotificationMessage>
          <n:Topic Dialect="http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet"
              xmlns:ev="http://www.onvif.org/ver10/topics">ev:VideoSource/MotionAlarm</n:Topic>
          <n:Message>
           <x:Message xmlns:x="http://www.onvif.org/ver10/schema" PropertyOperation="Changed">
            <x:Source><x:SimpleItem Name="Source" Value="VS&amp;1"/></x:Source>
            <x:Data><x:SimpleItem Name="State" Value="true"/></x:Data>
           </x:Message>
          </n:Message>
         </n:NotificationMessage>
        </n:Notify>
       </S:Body>
      </S:Envelope>
      """;

  private static List<OnvifEvent> notifications(String envelope) {
    SoapEnvelope env = SoapEnvelope.parse(envelope.getBytes(StandardCharsets.UTF_8));
    return EventMessages.fromNotifications(env.bodyElement());
  }

  private static OnvifEvent one(String topicXml, String messageAttributes, String data) {
    String xml =
        "<wsnt:NotificationMessage xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\""
            + " xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
            + topicXml
            + "<wsnt:Message><tt:Message "
            + messageAttributes
            + "><tt:Data>"
            + data
            + "</tt:Data></tt:Message></wsnt:Message></wsnt:NotificationMessage>";
    return EventMessages.parse(XmlParser.parse(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void soap11NotifyWithOtherPrefixesAndNoUtcTime() {
    SoapEnvelope env = SoapEnvelope.parse(NOTIFY_11.getBytes(StandardCharsets.UTF_8));
    assertThat(env.version()).isEqualTo(SoapVersion.SOAP_11);
    List<OnvifEvent> events = notifications(NOTIFY_11);
    assertThat(events).hasSize(1);
    OnvifEvent e = events.get(0);
    assertThat(e.topic()).isEqualTo(EventTopic.onvif("VideoSource/MotionAlarm"));
    assertThat(e.topic().toString()).isEqualTo("tns1:VideoSource/MotionAlarm");
    assertThat(e.utcTime()).isNull();
    assertThat(e.time()).isEmpty();
    assertThat(e.source()).containsEntry("Source", "VS&1");
    assertThat(e.sensor().active()).contains(true);
  }

  @Test
  void axisMixedPrefixTopicResolvesByLocalNames() {
    OnvifEvent e =
        one(
            "<wsnt:Topic xmlns:tns1=\"http://www.onvif.org/ver10/topics\""
                + " xmlns:tnsaxis=\"http://www.axis.com/2009/event/topics\">"
                + "tns1:Device/tnsaxis:IO/Port</wsnt:Topic>",
            "UtcTime=\"2024-05-01T10:00:00.5Z\" PropertyOperation=\"Changed\"",
            "<tt:SimpleItem Name=\"state\" Value=\"1\"/>");
    assertThat(e.topic()).isEqualTo(EventTopic.onvif("Device/IO/Port"));
    assertThat(e.kind()).isEqualTo(SensorKind.DIGITAL_INPUT);
    assertThat(e.sensor().active()).contains(true);
    assertThat(e.utcTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00.5Z"));
  }

  @Test
  void undeclaredConventionalPrefixStillResolves() {
    // Reolink answers are known to use tns1 without declaring it.
    OnvifEvent e =
        one(
            "<wsnt:Topic>tns1:RuleEngine/MyRuleDetector/PeopleDetect</wsnt:Topic>",
            "UtcTime=\"2024-05-01T10:00:00Z\" PropertyOperation=\"Changed\"",
            "<tt:SimpleItem Name=\"State\" Value=\"true\"/>");
    assertThat(e.topic().namespace()).isEqualTo(Namespaces.TNS1);
    assertThat(e.kind()).isEqualTo(SensorKind.PERSON);
  }

  @Test
  void tapoSmartEventKindFollowsItsItem() {
    String topic =
        "<wsnt:Topic xmlns:tns1=\"http://www.onvif.org/ver10/topics\">"
            + "tns1:RuleEngine/TPSmartEventDetector/TPSmartEvent</wsnt:Topic>";
    OnvifEvent vehicle =
        one(
            topic,
            "PropertyOperation=\"Changed\"",
            "<tt:SimpleItem Name=\"IsVehicle\" Value=\"true\"/>");
    OnvifEvent pet =
        one(
            topic,
            "PropertyOperation=\"Changed\"",
            "<tt:SimpleItem Name=\"IsPet\" Value=\"false\"/>");
    assertThat(vehicle.kind()).isEqualTo(SensorKind.VEHICLE);
    assertThat(pet.kind()).isEqualTo(SensorKind.PET);
    assertThat(pet.sensor().active()).contains(false);
  }

  @Test
  void unknownVendorTopicPassesThrough() {
    OnvifEvent e =
        one(
            "<wsnt:Topic xmlns:v=\"urn:example:vendor\">v:Thermal/Overheat</wsnt:Topic>",
            "UtcTime=\"not a time\"",
            "<tt:SimpleItem Name=\"Level\" Value=\"3\"/>");
    assertThat(e.topic()).isEqualTo(new EventTopic("urn:example:vendor", "Thermal/Overheat"));
    assertThat(e.kind()).isEqualTo(SensorKind.UNKNOWN);
    assertThat(e.operation()).isNull();
    assertThat(e.utcTime()).isNull();
    assertThat(e.item("Level")).isEqualTo("3");
    assertThat(e.topic().toString()).isEqualTo("{urn:example:vendor}Thermal/Overheat");
  }

  @Test
  void imagingSubTopicsMapToTheirParentKind() {
    OnvifEvent e =
        one(
            "<wsnt:Topic xmlns:tns1=\"http://www.onvif.org/ver10/topics\">"
                + "tns1:VideoSource/ImageTooBlurry/AnalyticsService</wsnt:Topic>",
            "PropertyOperation=\"Initialized\"",
            "<tt:SimpleItem Name=\"State\" Value=\"false\"/>");
    assertThat(e.kind()).isEqualTo(SensorKind.IMAGE_TOO_BLURRY);
    assertThat(e.operation()).isEqualTo(PropertyOperation.INITIALIZED);
  }

  @Test
  void aMessageWithoutTopicIsSkippedNotTheBatch() {
    XmlElement pull =
        XmlParser.parse(
            ("<tev:PullMessagesResponse xmlns:tev=\"http://www.onvif.org/ver10/events/wsdl\""
                    + " xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\""
                    + " xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
                    + "<wsnt:NotificationMessage><wsnt:Message><tt:Message/></wsnt:Message>"
                    + "</wsnt:NotificationMessage>"
                    + "<wsnt:NotificationMessage><wsnt:Topic>tns1:Device/Trigger/Relay</wsnt:Topic>"
                    + "<wsnt:Message><tt:Message PropertyOperation=\"Deleted\"/></wsnt:Message>"
                    + "</wsnt:NotificationMessage></tev:PullMessagesResponse>")
                .getBytes(StandardCharsets.UTF_8));
    List<OnvifEvent> events = EventMessages.fromNotifications(pull);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).kind()).isEqualTo(SensorKind.RELAY);
    assertThat(events.get(0).operation()).isEqualTo(PropertyOperation.DELETED);
    assertThatThrownBy(() -> EventMessages.parse(pull.children().get(0)))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void customRulesComeFirst() {
    Sensors s = Sensors.defaults().with("Thermal/Overheat", SensorKind.TAMPER, "Level");
    OnvifEvent e =
        new OnvifEvent(
            new EventTopic("urn:x", "Thermal/Overheat"),
            null,
            null,
            null,
            null,
            java.util.Map.of("Level", "on"));
    assertThat(s.read(e).kind()).isEqualTo(SensorKind.TAMPER);
    assertThat(s.read(e).active()).contains(true);
    assertThat(Sensors.defaults().read(e).kind()).isEqualTo(SensorKind.UNKNOWN);
  }
}
