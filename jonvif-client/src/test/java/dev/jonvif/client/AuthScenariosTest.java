package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.AuthenticationException.Kind;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The auth strategy against cameras that want different things (issue 4, peer complaints 1, 2). */
class AuthScenariosTest {

  private final SimulatedCamera sim = new SimulatedCamera();

  @AfterEach
  void close() {
    sim.close();
  }

  private static String created(RecordedRequest r) {
    XmlElement sec = r.envelope().header(Namespaces.WSSE, "Security");
    return sec == null ? null : sec.pathLenient("UsernameToken", "Created").textTrim();
  }

  @Test
  void usernameTokenFollowsTheCameraClock_USERTOKENPROFILE_1() {
    sim.requireUsernameToken = true;
    sim.skew = Duration.ofHours(3);
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.clockOffset())
          .hasValueSatisfying(
              o ->
                  assertThat(o)
                      .isBetween(
                          Duration.ofHours(3).minusSeconds(2), Duration.ofHours(3).plusSeconds(2)));
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
      assertThat(cam.authMethod()).isEqualTo(AuthMethod.USERNAME_TOKEN_DIGEST);
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    assertThat(Requests.operations(rs))
        .containsExactly("GetSystemDateAndTime", "GetServices", "GetDeviceInformation");
    assertThat(created(rs.get(0))).as("clock read without credentials").isNull();
    assertThat(created(rs.get(2))).startsWith("2026-11-22T13:00");
  }

  @Test
  void cameraWhoseClockIsIn1970() {
    sim.requireUsernameToken = true;
    sim.skew = Duration.between(sim.local.instant(), Instant.parse("1970-01-01T00:02:11Z"));
    try (OnvifCamera cam = sim.client().build()) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    assertThat(created(rs.get(rs.size() - 1))).startsWith("1970-01-01T00:02");
  }

  @Test
  void notAuthorizedThenSuccessAfterResync() {
    sim.requireUsernameToken = true;
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      sim.skew = Duration.ofMinutes(42); // NTP (or a reboot) moved the camera's clock
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
      assertThat(cam.clockOffset())
          .hasValueSatisfying(o -> assertThat(o.toMinutes()).isEqualTo(42));
    }
    assertThat(Requests.operations(Requests.drainValid(sim.fake)))
        .containsExactly(
            "GetSystemDateAndTime",
            "GetServices",
            "GetDeviceInformation",
            "GetSystemDateAndTime",
            "GetDeviceInformation");
  }

  @Test
  void cameraReportingLocalTimeAsUtcIsReachedWithoutTheOffset() {
    sim.requireUsernameToken = true;
    sim.reportLocalTimeAsUtc = true;
    try (OnvifCamera cam = sim.client().build()) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
      // Remembered: the next call goes through at once.
      int before = sim.fake.requestCount();
      cam.device().deviceInformation();
      assertThat(sim.fake.requestCount()).isEqualTo(before + 1);
    }
  }

  @Test
  void clockSkewIsReportedAsSuchWithTheAmount() {
    sim.requireUsernameToken = true;
    sim.reportLocalTimeAsUtc = true; // reports +4 h ...
    sim.skew = Duration.ofHours(1); // ... while its real clock is 1 h ahead: no token fits
    try (OnvifCamera cam = sim.client().build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, cam::connect);
      assertThat(e.kind()).isEqualTo(Kind.CLOCK_SKEW);
      assertThat(e.reason()).startsWith("camera clock is 4 h 0 min ahead of this machine");
    }
  }

  @Test
  void wrongPasswordWithUsernameToken() {
    sim.requireUsernameToken = true;
    try (OnvifCamera cam = sim.client().credentials(SimulatedCamera.USER, "nope").build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, cam::connect);
      assertThat(e.kind()).isEqualTo(Kind.WRONG_CREDENTIALS);
      assertThat(e.getMessage()).doesNotContain("nope").contains("user 'admin'");
    }
  }

  @Test
  void noCredentialsWhereTheCameraNeedsThem() {
    sim.requireUsernameToken = true;
    try (OnvifCamera cam =
        OnvifCamera.builder(sim.deviceUri().toString()).clock(sim.local).build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, cam::connect);
      assertThat(e.kind()).isEqualTo(Kind.MISSING_CREDENTIALS);
    }
  }

  @Test
  void digestOnlyFirmwareSwitchesToHttpDigest_HTTPDIGEST_1() {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "MD5", "SHA-256");
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
      assertThat(cam.authMethod()).isEqualTo(AuthMethod.HTTP_DIGEST);
      assertThat(cam.digestAlgorithm()).hasValue("SHA-256");
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    // First without credentials, 401 with challenges, then Digest with the strongest algorithm.
    assertThat(rs.get(0).header("Authorization")).isNull();
    assertThat(rs.get(1).header("Authorization")).startsWith("Digest ").contains("SHA-256");
    // Once learnt, every later request carries Digest at once: no more 401 round trips.
    assertThat(rs).hasSize(4);
    assertThat(rs.get(3).header("Authorization")).startsWith("Digest ");
  }

  @Test
  void sha256OnlyDigest() {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "SHA-256");
    try (OnvifCamera cam = sim.client().authPolicy(AuthPolicy.HTTP_DIGEST).build()) {
      assertThat(cam.media().profiles()).extracting(p -> p.token()).containsExactly("main", "sub");
      assertThat(cam.digestAlgorithm()).hasValue("SHA-256");
    }
    Requests.drainValid(sim.fake);
  }

  @Test
  void wrongPasswordWithHttpDigest() {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "SHA-256");
    try (OnvifCamera cam = sim.client().credentials(SimulatedCamera.USER, "bad").build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, cam::connect);
      assertThat(e.kind()).isEqualTo(Kind.WRONG_CREDENTIALS);
      assertThat(e.reason()).contains("HTTP Digest SHA-256");
    }
  }

  @Test
  void staleNonceIsAnsweredAgain() {
    AtomicInteger calls = new AtomicInteger();
    sim.overrides.put(
        "GetDeviceInformation",
        r -> {
          String auth = r.header("Authorization");
          int n = calls.incrementAndGet();
          if (auth == null || (n == 2 && !auth.contains("nonce=\"n2\""))) {
            return FakeResponse.status(401)
                .header(
                    "WWW-Authenticate",
                    "Digest realm=\"cam\", nonce=\"n"
                        + n
                        + "\", qop=\"auth\""
                        + (n == 2 ? ", stale=true" : ""));
          }
          return FakeResponse.ok(
              new dev.jonvif.core.model.DeviceInformation("A", "B", "C", "D", "E").toElement());
        });
    try (OnvifCamera cam = sim.client().authPolicy(AuthPolicy.HTTP_DIGEST).build()) {
      cam.connect();
      assertThat(cam.device().deviceInformation().model()).isEqualTo("B");
    }
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void lockedOutUser() {
    sim.overrides.put(
        "GetServices",
        r ->
            FakeResponse.fault(
                FaultCode.SENDER, "NotAuthorized", "User is locked, retry in 30 minutes"));
    try (OnvifCamera cam = sim.client().build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, cam::connect);
      assertThat(e.kind()).isEqualTo(Kind.LOCKED_OUT);
    }
  }

  @Test
  void refusedOperationAfterWorkingCallsIsAMatterOfPrivileges() {
    sim.requireUsernameToken = true;
    sim.overrides.put(
        "SetSystemDateAndTime",
        r -> FakeResponse.fault(FaultCode.SENDER, "NotAuthorized", "Sender not authorized"));
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, cam::syncClock);
      assertThat(e.kind()).isEqualTo(Kind.INSUFFICIENT_PRIVILEGES);
      assertThat(e.reason()).contains("SetSystemDateAndTime");
    }
  }

  @Test
  void refusedOperationOverWorkingDigestIsAMatterOfPrivileges() {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "SHA-256");
    sim.overrides.put(
        "SetSystemDateAndTime",
        r -> FakeResponse.fault(FaultCode.SENDER, "NotAuthorized", "Sender not authorized"));
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, cam::syncClock);
      assertThat(e.kind()).isEqualTo(Kind.INSUFFICIENT_PRIVILEGES);
    }
  }

  @Test
  void unsupportedScheme() {
    sim.overrides.put(
        "GetServices", r -> FakeResponse.status(401).header("WWW-Authenticate", "Negotiate"));
    try (OnvifCamera cam = sim.client().build()) {
      AuthenticationException e = catchThrowableOfType(AuthenticationException.class, cam::connect);
      assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED);
    }
  }

  @Test
  void clockNeedingCredentialsIsReadWithThem() {
    sim.requireUsernameToken = true;
    sim.clockNeedsAuth = true;
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.clockOffset()).isPresent();
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    assertThat(Requests.operations(rs))
        .startsWith("GetSystemDateAndTime", "GetSystemDateAndTime", "GetServices");
    assertThat(created(rs.get(0))).isNull();
    assertThat(created(rs.get(1))).isNotNull();
  }

  @Test
  void passwordTextPolicySendsTextTokens() {
    try (OnvifCamera cam = sim.client().authPolicy(AuthPolicy.PASSWORD_TEXT).build()) {
      cam.connect();
    }
    RecordedRequest r = Requests.drainValid(sim.fake).get(1);
    SoapEnvelope env = r.envelope();
    assertThat(
            env.header(Namespaces.WSSE, "Security")
                .pathLenient("UsernameToken", "Password")
                .attribute("Type"))
        .endsWith("#PasswordText");
  }
}
