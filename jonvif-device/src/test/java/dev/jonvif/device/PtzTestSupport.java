package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import org.junit.jupiter.api.BeforeEach;

/** A PTZ dome on a simulated clock, and PTZ request builders. */
abstract class PtzTestSupport extends HardwareTestSupport {

  static final String PROFILE = "Profile_1";

  @BeforeEach
  void startDome() {
    startCamera(Persona.ptzDome("dome"));
  }

  /**
   * tptz:{name} holding a tt:PanTilt (when x is not null) and a tt:Zoom (when zoom is not null).
   */
  static XmlElement vector(String name, Float x, Float y, Float zoom) {
    XmlElement.Builder b = XmlElement.builder(TPTZ, name);
    if (x != null) {
      b.child(XmlElement.builder(TT, "PanTilt").attribute("x", x).attribute("y", y).build());
    }
    if (zoom != null) {
      b.child(XmlElement.builder(TT, "Zoom").attribute("x", zoom).build());
    }
    return b.build();
  }

  static XmlElement ptz(String op, Object... nameValues) {
    return req(TPTZ, op, nameValues);
  }

  XmlElement okPtz(String op, Object... nameValues) {
    return okCall(OnvifService.PTZ, ptz(op, nameValues));
  }

  SoapClient.Answer callPtz(String op, Object... nameValues) {
    return call(OnvifService.PTZ, ptz(op, nameValues));
  }

  /** tt:PTZStatus of the profile. */
  XmlElement status() {
    return okPtz("GetStatus", "ProfileToken", PROFILE).childOrNull(TPTZ, "PTZStatus");
  }

  /** {pan, tilt, zoom} from GetStatus. */
  float[] position() {
    XmlElement p = status().childOrNull(TT, "Position");
    XmlElement pt = p.childOrNull(TT, "PanTilt");
    XmlElement z = p.childOrNull(TT, "Zoom");
    return new float[] {
      Float.parseFloat(pt.attribute("x")),
      Float.parseFloat(pt.attribute("y")),
      Float.parseFloat(z.attribute("x"))
    };
  }

  String panTiltStatus() {
    return status().childOrNull(TT, "MoveStatus").childText(TT, "PanTilt");
  }

  String zoomStatus() {
    return status().childOrNull(TT, "MoveStatus").childText(TT, "Zoom");
  }

  static void assertAt(float[] p, float pan, float tilt, float zoom) {
    assertThat(p[0]).as("pan").isCloseTo(pan, org.assertj.core.data.Offset.offset(0.001f));
    assertThat(p[1]).as("tilt").isCloseTo(tilt, org.assertj.core.data.Offset.offset(0.001f));
    assertThat(p[2]).as("zoom").isCloseTo(zoom, org.assertj.core.data.Offset.offset(0.001f));
  }
}
