package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TR2;
import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PTZ nodes, configurations, capabilities, and PTZ configurations in media profiles. */
class PtzConfigurationTest extends PtzTestSupport {

  private static final String GENERIC = "http://www.onvif.org/ver10/tptz/";

  @Test
  void PTZ_1_1_1_nodesHaveGenericSpacesWithRangesPresetsHomeAndAuxiliaryCommands() {
    List<XmlElement> nodes = okPtz("GetNodes").children(TPTZ, "PTZNode");
    assertThat(nodes).hasSize(1);
    XmlElement node = nodes.get(0);
    XmlElement spaces = node.childOrNull(TT, "SupportedPTZSpaces");
    assertThat(uri(spaces, "AbsolutePanTiltPositionSpace"))
        .isEqualTo(GENERIC + "PanTiltSpaces/PositionGenericSpace");
    assertThat(uri(spaces, "AbsoluteZoomPositionSpace"))
        .isEqualTo(GENERIC + "ZoomSpaces/PositionGenericSpace");
    assertThat(uri(spaces, "RelativePanTiltTranslationSpace"))
        .isEqualTo(GENERIC + "PanTiltSpaces/TranslationGenericSpace");
    assertThat(uri(spaces, "RelativeZoomTranslationSpace"))
        .isEqualTo(GENERIC + "ZoomSpaces/TranslationGenericSpace");
    assertThat(uri(spaces, "ContinuousPanTiltVelocitySpace"))
        .isEqualTo(GENERIC + "PanTiltSpaces/VelocityGenericSpace");
    assertThat(uri(spaces, "ContinuousZoomVelocitySpace"))
        .isEqualTo(GENERIC + "ZoomSpaces/VelocityGenericSpace");
    assertThat(uri(spaces, "PanTiltSpeedSpace"))
        .isEqualTo(GENERIC + "PanTiltSpaces/GenericSpeedSpace");
    assertThat(uri(spaces, "ZoomSpeedSpace"))
        .isEqualTo(GENERIC + "ZoomSpaces/ZoomGenericSpeedSpace");
    XmlElement xRange =
        spaces.childOrNull(TT, "AbsolutePanTiltPositionSpace").childOrNull(TT, "XRange");
    assertThat(xRange.childText(TT, "Min")).isEqualTo("-1.0");
    assertThat(xRange.childText(TT, "Max")).isEqualTo("1.0");
    assertThat(node.childText(TT, "MaximumNumberOfPresets")).isEqualTo("32");
    assertThat(node.childText(TT, "HomeSupported")).isEqualTo("true");
    assertThat(node.attribute("FixedHomePosition")).isEqualTo("false");
    assertThat(node.children(TT, "AuxiliaryCommands"))
        .extracting(XmlElement::textTrim)
        .contains("tt:Wiper|On", "tt:IRLamp|On", "tt:IRLamp|Off", "tt:IRLamp|Auto");
  }

  @Test
  void PTZ_1_1_2_and_PTZ_1_1_4_getNodeByTokenAndUnknownNode() {
    XmlElement node = okPtz("GetNode", "NodeToken", "PTZNode_1").childOrNull(TPTZ, "PTZNode");
    assertThat(node.attribute("token")).isEqualTo("PTZNode_1");
    assertFault(
        callPtz("GetNode", "NodeToken", "nope"), 400, "Sender", "InvalidArgVal", "NoEntity");
  }

  @Test
  void PTZ_2_1_5_and_PTZ_2_1_6_configurationsAgreeWithEachOtherAndWithTheNode() {
    List<XmlElement> all = okPtz("GetConfigurations").children(TPTZ, "PTZConfiguration");
    assertThat(all).hasSize(1);
    XmlElement c = all.get(0);
    assertThat(c.attribute("token")).isEqualTo("PTZConfiguration_1");
    assertThat(c.childText(TT, "NodeToken")).isEqualTo("PTZNode_1");
    // Every shipped profile holds it.
    assertThat(c.childText(TT, "UseCount")).isEqualTo("2");
    assertThat(c.childText(TT, "DefaultAbsolutePantTiltPositionSpace"))
        .isEqualTo(GENERIC + "PanTiltSpaces/PositionGenericSpace");
    XmlElement one =
        okPtz("GetConfiguration", "PTZConfigurationToken", "PTZConfiguration_1")
            .childOrNull(TPTZ, "PTZConfiguration");
    assertThat(one.toString()).isEqualTo(c.toString());
    assertFault(
        callPtz("GetConfiguration", "PTZConfigurationToken", "x"),
        400,
        "Sender",
        "InvalidArgVal",
        "NoConfig");
  }

  @Test
  void PTZ_2_1_3_optionsListTheSpacesAndTimeouts() {
    XmlElement o =
        okPtz("GetConfigurationOptions", "ConfigurationToken", "PTZConfiguration_1")
            .childOrNull(TPTZ, "PTZConfigurationOptions");
    assertThat(uri(o.childOrNull(TT, "Spaces"), "ContinuousPanTiltVelocitySpace"))
        .isEqualTo(GENERIC + "PanTiltSpaces/VelocityGenericSpace");
    XmlElement t = o.childOrNull(TT, "PTZTimeout");
    assertThat(t.childText(TT, "Min")).isEqualTo("PT0.1S");
    assertThat(t.childText(TT, "Max")).isEqualTo("PT10M");
  }

  @Test
  void PTZ_2_1_9_setConfigurationChangesTheDefaultTimeoutAndName() {
    XmlElement c =
        okPtz("GetConfiguration", "PTZConfigurationToken", "PTZConfiguration_1")
            .childOrNull(TPTZ, "PTZConfiguration");
    XmlElement changed = withChild(c, "DefaultPTZTimeout", "PT10M", "Name", "dome");
    okPtz("SetConfiguration", "PTZConfiguration", changed, "ForcePersistence", true);
    XmlElement after =
        okPtz("GetConfiguration", "PTZConfigurationToken", "PTZConfiguration_1")
            .childOrNull(TPTZ, "PTZConfiguration");
    assertThat(after.childText(TT, "DefaultPTZTimeout")).isEqualTo("PT10M");
    assertThat(after.childText(TT, "Name")).isEqualTo("dome");

    XmlElement tooLong = withChild(c, "DefaultPTZTimeout", "PT2H", "Name", "dome");
    assertFault(
        callPtz("SetConfiguration", "PTZConfiguration", tooLong, "ForcePersistence", true),
        400,
        "Sender",
        "InvalidArgVal",
        "ConfigModify");
  }

  @Test
  void PTZ_2_1_10_setConfigurationOfAnUnknownTokenIsNoConfig() {
    XmlElement c =
        okPtz("GetConfiguration", "PTZConfigurationToken", "PTZConfiguration_1")
            .childOrNull(TPTZ, "PTZConfiguration");
    XmlElement.Builder b = XmlElement.builder(c.name()).attribute("token", "nope");
    c.children().forEach(b::child);
    XmlElement unknown = b.build();
    assertFault(
        callPtz("SetConfiguration", "PTZConfiguration", unknown, "ForcePersistence", false),
        400,
        "Sender",
        "InvalidArgVal",
        "NoConfig");
  }

  @Test
  void PTZ_8_1_2_serviceCapabilitiesAgreeWithGetServicesAndGetCapabilities() {
    XmlElement caps =
        okCall(OnvifService.PTZ, req(TPTZ, "GetServiceCapabilities"))
            .childOrNull(TPTZ, "Capabilities");
    assertThat(caps.attribute("MoveStatus")).isEqualTo("true");
    assertThat(caps.attribute("StatusPosition")).isEqualTo("true");
    XmlElement services = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", true))));
    XmlElement ptz = null;
    for (XmlElement s : services.children(TDS, "Service")) {
      if (s.childText(TDS, "Namespace").equals(dev.jonvif.core.Namespaces.TPTZ)) {
        ptz = s;
      }
    }
    assertThat(ptz).isNotNull();
    assertThat(ptz.childText(TDS, "XAddr")).isEqualTo(base + "/onvif/ptz_service");
    assertThat(ptz.childOrNull(TDS, "Capabilities").firstChild().attributes())
        .isEqualTo(caps.attributes());
    XmlElement legacy =
        ok(anonymous(tds("GetCapabilities", el(TDS, "Category", "PTZ"))))
            .path(TDS, "Capabilities")
            .childOrNull(TT, "PTZ");
    assertThat(legacy.childText(TT, "XAddr")).isEqualTo(base + "/onvif/ptz_service");
  }

  @Test
  void mediaProfilesHoldThePtzConfigurationAndMedia1CanRemoveAndAddIt() {
    XmlElement profile =
        okCall(OnvifService.MEDIA, req(TRT, "GetProfile", "ProfileToken", PROFILE))
            .childOrNull(TRT, "Profile");
    assertThat(profile.childOrNull(TT, "PTZConfiguration").attribute("token"))
        .isEqualTo("PTZConfiguration_1");

    okCall(OnvifService.MEDIA, req(TRT, "RemovePTZConfiguration", "ProfileToken", PROFILE));
    assertFault(
        callPtz("GetStatus", "ProfileToken", PROFILE),
        400,
        "Sender",
        "InvalidArgVal",
        "NoPTZProfile");
    assertThat(
            okPtz("GetConfigurations")
                .childOrNull(TPTZ, "PTZConfiguration")
                .childText(TT, "UseCount"))
        .isEqualTo("1");

    okCall(
        OnvifService.MEDIA,
        req(
            TRT,
            "AddPTZConfiguration",
            "ProfileToken",
            PROFILE,
            "ConfigurationToken",
            "PTZConfiguration_1"));
    assertThat(panTiltStatus()).isEqualTo("IDLE");
    assertFault(
        call(
            OnvifService.MEDIA,
            req(TRT, "AddPTZConfiguration", "ProfileToken", PROFILE, "ConfigurationToken", "x")),
        400,
        "Sender",
        "InvalidArgVal",
        "NoConfig");
  }

  @Test
  void media2ProfilesShowThePtzConfigurationAndAddConfigurationTakesIt() {
    XmlElement caps =
        okCall(OnvifService.MEDIA2, req(TR2, "GetServiceCapabilities"))
            .childOrNull(TR2, "Capabilities")
            .childOrNull(TR2, "ProfileCapabilities");
    assertThat(caps.attribute("ConfigurationsSupported")).contains("PTZ");

    XmlElement token = okCall(OnvifService.MEDIA2, req(TR2, "CreateProfile", "Name", "tour"));
    String created = token.childText(TR2, "Token");
    XmlElement ref =
        XmlElement.builder(TR2, "Configuration")
            .child(TR2, "Type", "PTZ")
            .child(TR2, "Token", "PTZConfiguration_1")
            .build();
    okCall(
        OnvifService.MEDIA2,
        req(TR2, "AddConfiguration", "ProfileToken", created, "Configuration", ref));
    XmlElement p =
        okCall(OnvifService.MEDIA2, req(TR2, "GetProfiles", "Token", created, "Type", "PTZ"))
            .childOrNull(TR2, "Profiles");
    assertThat(p.childOrNull(TR2, "Configurations").childOrNull(TR2, "PTZ").attribute("token"))
        .isEqualTo("PTZConfiguration_1");
    okPtz("AbsoluteMove", "ProfileToken", created, "Position", vector("Position", 0.1f, 0f, null));
  }

  @Test
  void aCameraWithoutPtzAdvertisesNoPtzAndRefusesItsOperations() {
    server.removeCamera(camera);
    server.stop();
    startCamera(Persona.generic("fixed"));
    XmlElement services = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    assertThat(services.children(TDS, "Service"))
        .extracting(s -> s.childText(TDS, "Namespace"))
        .doesNotContain(TPTZ)
        .contains(dev.jonvif.core.Namespaces.TIMG);
    assertFault(callPtz("GetNodes"), 500, "Receiver", "ActionNotSupported");
    XmlElement caps =
        okCall(OnvifService.MEDIA2, req(TR2, "GetServiceCapabilities"))
            .childOrNull(TR2, "Capabilities")
            .childOrNull(TR2, "ProfileCapabilities");
    assertThat(caps.attribute("ConfigurationsSupported")).doesNotContain("PTZ");
  }

  private static String uri(XmlElement spaces, String name) {
    return spaces.childOrNull(TT, name).childText(TT, "URI");
  }

  /** {@code e} with the text of two children replaced. */
  private static XmlElement withChild(
      XmlElement e, String name1, String value1, String name2, String value2) {
    XmlElement.Builder b = XmlElement.builder(e.name());
    e.attributes().forEach(b::attribute);
    for (XmlElement c : e.children()) {
      if (c.localName().equals(name1)) {
        b.child(TT, name1, value1);
      } else if (c.localName().equals(name2)) {
        b.child(TT, name2, value2);
      } else {
        b.child(c);
      }
    }
    return b.build();
  }
}
