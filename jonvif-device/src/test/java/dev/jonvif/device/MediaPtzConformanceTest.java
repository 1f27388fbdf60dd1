package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TR2;
import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Media cases that need the PTZ and event services beside Media and Media2: MEDIA-4-1-2,
 * MEDIA2-4-1-x (PTZ in profiles) and MEDIA2-2-2-5 (every source configuration modified, with its
 * ConfigurationChanged event).
 */
class MediaPtzConformanceTest extends DeviceTestSupport {

  @BeforeEach
  void startCamera() {
    start(
        FullCamera.persona("mp1"),
        FullCamera.builder(),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
  }

  private XmlElement call(OnvifService service, XmlElement body) {
    return ok(post(service.path(), SoapEnvelope.of(body).withHeader(token(ADMIN, ADMIN_PASSWORD))));
  }

  private static XmlElement request(String ns, String op, String... namesAndValues) {
    XmlElement.Builder b = XmlElement.builder(ns, op);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.child(ns, namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  private static List<String> children(XmlElement e) {
    return e.children().stream().map(XmlWriter::toXml).toList();
  }

  @Test
  void MEDIA_4_1_2_profilePtzConfigurationsAreThePtzServiceOnes() {
    List<XmlElement> configurations =
        call(OnvifService.PTZ, request(TPTZ, "GetConfigurations"))
            .children(TPTZ, "PTZConfiguration");
    assertThat(configurations).extracting(c -> c.attribute("token")).doesNotHaveDuplicates();
    int withPtz = 0;
    for (XmlElement p :
        call(OnvifService.MEDIA, request(TRT, "GetProfiles")).children(TRT, "Profiles")) {
      XmlElement ptz = p.childOrNull(TT, "PTZConfiguration");
      if (ptz == null) {
        continue;
      }
      withPtz++;
      XmlElement same =
          configurations.stream()
              .filter(c -> c.attribute("token").equals(ptz.attribute("token")))
              .findFirst()
              .orElseThrow();
      assertThat(children(ptz)).isEqualTo(children(same));
    }
    assertThat(withPtz).isPositive();
  }

  @Test
  void MEDIA2_4_1_1_aReadyProfileHasVideoSourceAndPtz() {
    assertThat(
            call(OnvifService.MEDIA2, request(TR2, "GetProfiles", "Type", "All"))
                .children(TR2, "Profiles"))
        .anySatisfy(
            p -> {
              assertThat(p.path(TR2, "Configurations", "VideoSource")).isNotNull();
              assertThat(p.path(TR2, "Configurations", "PTZ")).isNotNull();
            });
  }

  @Test
  void MEDIA2_4_1_2_ptzIsRemovedAddedAndConfiguredWithEvents() {
    XmlElement profile =
        call(OnvifService.MEDIA2, request(TR2, "GetProfiles", "Type", "All"))
            .children(TR2, "Profiles")
            .stream()
            .filter(p -> p.path(TR2, "Configurations", "PTZ") != null)
            .findFirst()
            .orElseThrow();
    String token = profile.attribute("token");
    PullPointProbe probe = new PullPointProbe(this, "tns1:Media//.");
    probe.pull(0);
    call(
        OnvifService.MEDIA2,
        XmlElement.builder(TR2, "RemoveConfiguration")
            .child(TR2, "ProfileToken", token)
            .child(XmlElement.builder(TR2, "Configuration").child(TR2, "Type", "PTZ").build())
            .build());
    List<XmlElement> compatible =
        call(OnvifService.PTZ, request(TPTZ, "GetCompatibleConfigurations", "ProfileToken", token))
            .children(TPTZ, "PTZConfiguration");
    assertThat(compatible).isNotEmpty();
    String ptzToken = compatible.get(0).attribute("token");
    call(
        OnvifService.MEDIA2,
        XmlElement.builder(TR2, "AddConfiguration")
            .child(TR2, "ProfileToken", token)
            .child(
                XmlElement.builder(TR2, "Configuration")
                    .child(TR2, "Type", "PTZ")
                    .child(TR2, "Token", ptzToken)
                    .build())
            .build());
    XmlElement options =
        call(
                OnvifService.PTZ,
                request(TPTZ, "GetConfigurationOptions", "ConfigurationToken", ptzToken))
            .childOrNull(TPTZ, "PTZConfigurationOptions");
    assertThat(options.childOrNull(TT, "Spaces").children(TT, "AbsolutePanTiltPositionSpace"))
        .extracting(s -> s.childText(TT, "URI"))
        .doesNotHaveDuplicates();
    XmlElement current =
        call(OnvifService.PTZ, request(TPTZ, "GetConfiguration", "PTZConfigurationToken", ptzToken))
            .childOrNull(TPTZ, "PTZConfiguration");
    String renamed =
        XmlWriter.toXml(current)
            .replaceFirst("^<\\?xml[^>]*\\?>", "")
            .replaceFirst("<tt:Name>[^<]*</tt:Name>", "<tt:Name>Moved</tt:Name>");
    call(
        OnvifService.PTZ,
        dev.jonvif.core.xml.XmlParser.parse(
            ("<tptz:SetConfiguration xmlns:tptz=\""
                    + TPTZ
                    + "\" xmlns:tt=\""
                    + TT
                    + "\">"
                    + renamed
                    + "<tptz:ForcePersistence>true</tptz:ForcePersistence>"
                    + "</tptz:SetConfiguration>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(
            call(
                    OnvifService.PTZ,
                    request(TPTZ, "GetConfiguration", "PTZConfigurationToken", ptzToken))
                .path(TPTZ, "PTZConfiguration")
                .childText(TT, "Name"))
        .isEqualTo("Moved");
    List<XmlElement> events = probe.pull(3);
    assertThat(events)
        .extracting(m -> PullPointProbe.item(m, "Source", "Token"))
        .contains(token, ptzToken);
    assertThat(events).extracting(m -> PullPointProbe.item(m, "Source", "Type")).contains("PTZ");
    probe.unsubscribe();
  }

  @Test
  void MEDIA2_2_2_5_everySourceConfigurationCanBeModifiedAndSaysSo() {
    PullPointProbe probe = new PullPointProbe(this, "tns1:Media/ConfigurationChanged");
    List<XmlElement> configurations =
        call(OnvifService.MEDIA2, request(TR2, "GetVideoSourceConfigurations"))
            .children(TR2, "Configurations");
    for (XmlElement c : configurations) {
      String token = c.attribute("token");
      String renamed =
          XmlWriter.toXml(c)
              .replaceFirst("^<\\?xml[^>]*\\?>", "")
              .replaceFirst("<tt:Name>[^<]*</tt:Name>", "<tt:Name>Renamed</tt:Name>")
              .replace("tr2:Configurations", "tr2:Configuration");
      call(
          OnvifService.MEDIA2,
          dev.jonvif.core.xml.XmlParser.parse(
              ("<tr2:SetVideoSourceConfiguration xmlns:tr2=\""
                      + TR2
                      + "\" xmlns:tt=\""
                      + TT
                      + "\">"
                      + renamed
                      + "</tr2:SetVideoSourceConfiguration>")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      XmlElement after =
          call(
                  OnvifService.MEDIA2,
                  request(TR2, "GetVideoSourceConfigurations", "ConfigurationToken", token))
              .childOrNull(TR2, "Configurations");
      assertThat(after.childText(TT, "Name")).isEqualTo("Renamed");
      List<XmlElement> events = probe.pull(1);
      assertThat(events).isNotEmpty();
      assertThat(PullPointProbe.item(events.get(0), "Source", "Token")).isEqualTo(token);
      assertThat(PullPointProbe.item(events.get(0), "Source", "Type")).isEqualTo("VideoSource");
    }
    probe.unsubscribe();
  }
}
