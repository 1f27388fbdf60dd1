package dev.jonvif.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.imaging.ImagingModule;
import dev.jonvif.device.internal.auth.AuthDecision;
import dev.jonvif.device.internal.auth.CredentialVerifier;
import dev.jonvif.device.io.DeviceIoModule;
import dev.jonvif.device.media.Media2Module;
import dev.jonvif.device.media.MediaModule;
import dev.jonvif.device.ptz.PtzModule;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device server on loopback with the media, PTZ, imaging and DeviceIO modules, one camera on a
 * {@link MutableClock} (so motors move when the test advances the clock, never by sleeping), and
 * authenticated calls to any service. Every answer is checked against the ONVIF schemas.
 */
abstract class HardwareTestSupport extends DeviceTestSupport {

  final MutableClock clock = MutableClock.at("2026-05-01T12:00:00Z");
  StateStorage storage = StateStorage.inMemory();

  void startCamera(Persona persona) {
    startCamera(persona, StateStorage.inMemory());
  }

  void startCamera(Persona persona, StateStorage stateStorage) {
    storage = stateStorage;
    server =
        DeviceServer.builder()
            .register(new MediaModule())
            .register(new Media2Module())
            .register(new PtzModule())
            .register(new ImagingModule())
            .register(new DeviceIoModule())
            .clock(clock)
            .credentialVerifiers(Credentials::new)
            .build()
            .start();
    addCamera(persona);
  }

  /** Serves a new camera object for {@code persona} on the same storage (a restart). */
  void restartCamera() {
    Persona persona = camera.persona();
    server.removeCamera(camera);
    addCamera(persona);
  }

  private void addCamera(Persona persona) {
    camera =
        VirtualCamera.create(
            persona,
            new User(ADMIN, ADMIN_PASSWORD, UserLevel.ADMINISTRATOR, true),
            clock,
            storage);
    VirtualCamera.Ports ports = server.addCamera(camera, 0, -1, 8554);
    base = "http://127.0.0.1:" + ports.http();
  }

  void advance(Duration d) {
    clock.advance(d);
  }

  /** A request element in {@code ns}; children are (name, value) pairs in the same namespace. */
  static XmlElement req(String ns, String op, Object... nameValues) {
    XmlElement.Builder b = XmlElement.builder(ns, op);
    for (int i = 0; i < nameValues.length; i += 2) {
      Object v = nameValues[i + 1];
      if (v instanceof XmlElement e) {
        b.child(e);
      } else {
        b.child(ns, (String) nameValues[i], v);
      }
    }
    return b.build();
  }

  /** An administrator's call to the service at {@code path}. */
  SoapClient.Answer call(OnvifService service, XmlElement body) {
    return post(
        service.path(),
        SoapEnvelope.of(body).withHeader(FakeCredentials.token(ADMIN, ADMIN_PASSWORD)));
  }

  /** A successful call's response element. */
  XmlElement okCall(OnvifService service, XmlElement body) {
    return ok(call(service, body));
  }

  /** GET with (test) HTTP Digest credentials of the administrator. */
  SoapClient.Answer getAsAdmin(String path) {
    return SoapClient.get(
        base + path,
        Map.of(
            "Authorization",
            "Digest username=\"" + ADMIN + "\", password=\"" + ADMIN_PASSWORD + "\""));
  }

  static void assertFault(SoapClient.Answer a, int status, String code, String... subcodes) {
    fault(a, status, code, subcodes);
  }

  static float attrFloat(XmlElement e, String name) {
    assertThat(e).isNotNull();
    return Float.parseFloat(e.attribute(name));
  }

  /**
   * Test credentials: UsernameTokens as {@link FakeCredentials} checks them, and HTTP Digest in the
   * test form {@code Digest username="u", password="p"} (no cryptography: the real verifiers have
   * their own tests).
   */
  private static final class Credentials implements CredentialVerifier {
    private static final Pattern FIELD = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private final VirtualCamera camera;
    private final FakeCredentials tokens;

    Credentials(VirtualCamera camera) {
      this.camera = camera;
      this.tokens = new FakeCredentials(camera);
    }

    @Override
    public AuthDecision checkUsernameToken(XmlElement security) {
      return tokens.checkUsernameToken(security);
    }

    @Override
    public AuthDecision checkDigest(String method, String requestUri, String authorization) {
      String user = null;
      String password = null;
      Matcher m = FIELD.matcher(authorization);
      while (m.find()) {
        if (m.group(1).equals("username")) {
          user = m.group(2);
        } else if (m.group(1).equals("password")) {
          password = m.group(2);
        }
      }
      User u = user == null ? null : camera.device().user(user);
      if (u == null || !u.password().equals(password)) {
        return new AuthDecision.Denied(
            AuthDecision.Answer.HTTP_CHALLENGE, "wrong user or password", user, false, true);
      }
      return new AuthDecision.Allowed(user);
    }

    @Override
    public List<String> challenges(boolean stale) {
      return tokens.challenges(stale);
    }
  }
}
