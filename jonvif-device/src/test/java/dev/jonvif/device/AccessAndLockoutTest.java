package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access classes per user level and lock-out of repeated failures. */
class AccessAndLockoutTest extends DeviceTestSupport {

  private final MutableClock clock = MutableClock.at("2026-05-01T12:00:00Z");

  @BeforeEach
  void startCamera() {
    SecurityPolicy.Lockout lockout =
        new SecurityPolicy.Lockout(
            2,
            4,
            Duration.ofMillis(1),
            Duration.ofMillis(4),
            Duration.ofSeconds(60),
            Duration.ofMinutes(10));
    start(
        Persona.generic("cam1"),
        DeviceServer.builder().security(SecurityPolicy.DEFAULT.withLockout(lockout)),
        clock,
        StateStorage.inMemory());
    camera.updateDevice(
        d ->
            d.withUsers(
                List.of(
                    d.users().get(0),
                    new User("op", "oppass1", UserLevel.OPERATOR, false),
                    new User("viewer", "viewpass", UserLevel.USER, false))));
  }

  private static XmlElement setHostname() {
    return tds("SetHostname", el(TDS, "Name", "newname"));
  }

  @Test
  void anonymousMayOnlyCallPreAuthOperations() {
    ok(anonymous(tds("GetSystemDateAndTime")));
    ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    ok(anonymous(tds("GetHostname")));
    SoapClient.Answer a = anonymous(tds("GetDeviceInformation"));
    fault(a, 401, "Sender", "NotAuthorized");
    assertThat(a.headers().get("www-authenticate")).isNotEmpty();
  }

  @Test
  void userMayReadButNotWrite() {
    ok(as("viewer", "viewpass", tds("GetDeviceInformation")));
    ok(as("viewer", "viewpass", tds("GetScopes")));
    fault(as("viewer", "viewpass", setHostname()), 400, "Sender", "NotAuthorized");
    fault(as("viewer", "viewpass", tds("GetUsers")), 400, "Sender", "NotAuthorized");
  }

  @Test
  void operatorCannotManageUsersOrReboot() {
    fault(
        as(
            "op",
            "oppass1",
            tds(
                "CreateUsers",
                XmlElement.builder(TDS, "User")
                    .child(dev.jonvif.core.Namespaces.TT, "Username", "x1")
                    .child(dev.jonvif.core.Namespaces.TT, "Password", "x1pass")
                    .child(dev.jonvif.core.Namespaces.TT, "UserLevel", "User")
                    .build())),
        400,
        "Sender",
        "NotAuthorized");
    fault(as("op", "oppass1", tds("SystemReboot")), 400, "Sender", "NotAuthorized");
    fault(as("op", "oppass1", setHostname()), 400, "Sender", "NotAuthorized");
    assertThat(camera.isAvailable()).isTrue();
  }

  @Test
  void administratorMayDoEverything() {
    ok(admin(setHostname()));
    assertThat(camera.device().hostname()).isEqualTo("newname");
  }

  @Test
  void SECURITY_1_1_1_wrongPasswordAndMissingNonceAreNotAuthorized() {
    fault(as("op", "wrong", tds("GetDeviceInformation")), 400, "Sender", "NotAuthorized");
    XmlElement noNonce =
        XmlElement.builder(dev.jonvif.core.Namespaces.WSSE, "Security")
            .child(
                XmlElement.builder(dev.jonvif.core.Namespaces.WSSE, "UsernameToken")
                    .child(dev.jonvif.core.Namespaces.WSSE, "Username", "op")
                    .child(dev.jonvif.core.Namespaces.WSSE, "Password", "oppass1")
                    .build())
            .build();
    fault(
        post(
            "/onvif/device_service",
            SoapEnvelope.of(tds("GetDeviceInformation")).withHeader(noNonce)),
        400,
        "Sender",
        "NotAuthorized");
  }

  @Test
  void repeatedFailuresLockOutThatUserFromThatSourceOnly() {
    for (int i = 0; i < 4; i++) {
      fault(as("op", "wrong", tds("GetDeviceInformation")), 400, "Sender", "NotAuthorized");
    }
    var locked =
        fault(as("op", "oppass1", tds("GetDeviceInformation")), 400, "Sender", "NotAuthorized");
    assertThat(locked.reason()).contains("locked out for 60 s");

    // other users from the same address are not affected
    ok(as("viewer", "viewpass", tds("GetDeviceInformation")));
    // the same user from another address is not affected
    byte[] body =
        SoapEnvelope.of(tds("GetDeviceInformation")).withHeader(token("op", "oppass1")).toBytes();
    String other = RawHttp.postFrom("127.0.0.2", base, "/onvif/device_service", "127.0.0.1", body);
    assertThat(other).startsWith("HTTP/1.1 200");

    clock.advance(Duration.ofSeconds(30));
    assertThat(
            fault(as("op", "oppass1", tds("GetDeviceInformation")), 400, "Sender", "NotAuthorized")
                .reason())
        .contains("locked out for 30 s");
    clock.advance(Duration.ofSeconds(31));
    ok(as("op", "oppass1", tds("GetDeviceInformation")));
  }

  @Test
  void aSuccessForgetsEarlierFailures() {
    for (int i = 0; i < 3; i++) {
      fault(as("op", "wrong", tds("GetDeviceInformation")), 400, "Sender", "NotAuthorized");
    }
    ok(as("op", "oppass1", tds("GetDeviceInformation")));
    for (int i = 0; i < 3; i++) {
      fault(as("op", "wrong", tds("GetDeviceInformation")), 400, "Sender", "NotAuthorized");
    }
    ok(as("op", "oppass1", tds("GetDeviceInformation")));
  }
}
