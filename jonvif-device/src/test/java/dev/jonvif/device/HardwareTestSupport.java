package dev.jonvif.device;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.imaging.ImagingModule;
import dev.jonvif.device.io.DeviceIoModule;
import dev.jonvif.device.media.Media2Module;
import dev.jonvif.device.media.MediaModule;
import dev.jonvif.device.ptz.PtzModule;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A device server on loopback with the media, PTZ, imaging and DeviceIO modules, one camera on a
 * {@link MutableClock} (so motors move when the test advances the clock, never by sleeping), and
 * calls to any service authenticated as a real client would (WS-UsernameToken digest; HTTP Digest
 * for snapshots). Every SOAP answer is checked against the ONVIF schemas.
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
    return post(service.path(), SoapEnvelope.of(body).withHeader(token(ADMIN, ADMIN_PASSWORD)));
  }

  /** A successful call's response element. */
  XmlElement okCall(OnvifService service, XmlElement body) {
    return ok(call(service, body));
  }

  /** GET as the administrator with HTTP Digest, answering the first 401's challenge. */
  SoapClient.Answer getAsAdmin(String path) {
    SoapClient.Answer first = SoapClient.get(base + path, Map.of());
    if (first.status() != 401) {
      return first;
    }
    DigestClientSession session =
        DigestClientSession.fromHeaders(
                new Credentials(ADMIN, ADMIN_PASSWORD),
                first.headers().getOrDefault("www-authenticate", List.of()))
            .orElseThrow(() -> new AssertionError("no usable Digest challenge"));
    return SoapClient.get(base + path, Map.of("Authorization", session.authorization("GET", path)));
  }

  static void assertFault(SoapClient.Answer a, int status, String code, String... subcodes) {
    fault(a, status, code, subcodes);
  }
}
