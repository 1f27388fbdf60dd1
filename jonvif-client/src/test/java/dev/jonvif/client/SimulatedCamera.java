package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TR2;
import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.AuthResult;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.UserLookup;
import dev.jonvif.core.security.UsernameTokenVerifier;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.MutableClock;
import dev.jonvif.testkit.RecordedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small ONVIF camera on top of the testkit's {@link FakeCamera}: device, Media and Media2
 * services with two profiles, a snapshot, a clock that can be skewed, and WS-UsernameToken checks
 * against that clock. Each scenario flips a switch (SOAP 1.1 only, GetServices missing, Media2
 * broken, NAT address, ...) or overrides one operation.
 */
final class SimulatedCamera implements Function<RecordedRequest, FakeResponse>, AutoCloseable {

  static final String USER = "admin";
  static final String PASSWORD = "pa<ss>&\"word";
  static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9
  };

  final FakeCamera fake = FakeCamera.start();
  final MutableClock local = MutableClock.at("2026-11-22T10:00:00Z");
  volatile Duration skew = Duration.ZERO;
  volatile boolean requireUsernameToken;
  volatile boolean clockNeedsAuth;
  volatile boolean soap11Only;
  volatile boolean getServicesFails;
  volatile boolean media2Offered = true;
  volatile boolean media2Broken;
  volatile boolean reportLocalTimeAsUtc;
  volatile String advertisedAuthority;
  volatile boolean snapshotBasic;
  final Map<String, Function<RecordedRequest, FakeResponse>> overrides = new ConcurrentHashMap<>();

  private final Clock cameraClock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return local.instant().plus(skew);
        }
      };

  private final UsernameTokenVerifier verifier =
      UsernameTokenVerifier.builder(UserLookup.of(new Credentials(USER, PASSWORD)))
          .clock(cameraClock)
          .createdTolerance(Duration.ofSeconds(5))
          .build();

  SimulatedCamera() {
    fake.dispatcher(this);
  }

  URI deviceUri() {
    return fake.deviceServiceUrl();
  }

  String authority() {
    String a = advertisedAuthority;
    return a != null ? a : "127.0.0.1:" + fake.port();
  }

  OnvifCamera.Builder client() {
    return OnvifCamera.builder(deviceUri().toString())
        .credentials(USER, PASSWORD)
        .clock(local)
        .requestTimeout(Duration.ofSeconds(5));
  }

  Instant cameraNow() {
    return cameraClock.instant();
  }

  @Override
  public FakeResponse apply(RecordedRequest r) {
    if (r.method().equals("GET")) {
      return snapshot(r);
    }
    SoapEnvelope env = r.envelope();
    if (soap11Only && env.version() == SoapVersion.SOAP_12) {
      // What SOAP 1.1-only firmware answers to a 1.2 envelope.
      return FakeResponse.fault(
          new SoapFault(FaultCode.VERSION_MISMATCH, null, List.of(), "SOAP 1.1 only", "en", null));
    }
    String op = r.operation();
    Function<RecordedRequest, FakeResponse> override = overrides.get(op);
    if (override != null) {
      return override.apply(r);
    }
    boolean anonymousAllowed = op.equals("GetSystemDateAndTime") && !clockNeedsAuth;
    if (requireUsernameToken && !anonymousAllowed) {
      XmlElement security = env.header(Namespaces.WSSE, "Security");
      AuthResult result =
          security == null
              ? new AuthResult.Denied(AuthResult.Reason.MISSING_CREDENTIALS, "no token", null)
              : verifier.verify(security);
      if (!result.isAllowed()) {
        return reply(env, fault(FaultCode.SENDER, "Sender not authorized", "NotAuthorized"));
      }
    }
    XmlElement body = env.bodyElement();
    return switch (op) {
      case "GetSystemDateAndTime" -> reply(env, systemDateAndTime());
      case "GetServices" ->
          getServicesFails
              ? reply(
                  env,
                  fault(
                      FaultCode.RECEIVER, "Optional Action Not Implemented", "ActionNotSupported"))
              : reply(env, services());
      case "GetCapabilities" -> reply(env, capabilities());
      case "GetDeviceInformation" ->
          reply(
              env,
              new dev.jonvif.core.model.DeviceInformation("Jonvif", "SIM-1", "1.0", "SN1", "HW1")
                  .toElement());
      case "GetProfiles" -> mediaReply(env, body, profiles(body.namespace()));
      case "GetStreamUri" -> mediaReply(env, body, streamUri(body));
      case "GetSnapshotUri" -> mediaReply(env, body, snapshotUri(body));
      case "SetSystemDateAndTime" ->
          reply(env, XmlElement.builder(TDS, "SetSystemDateAndTimeResponse").build());
      default -> reply(env, fault(FaultCode.RECEIVER, "not simulated", "ActionNotSupported"));
    };
  }

  private FakeResponse mediaReply(SoapEnvelope env, XmlElement body, XmlElement response) {
    if (body.namespace().equals(TR2) && (media2Broken || !media2Offered)) {
      return reply(env, fault(FaultCode.RECEIVER, "Media2 is broken here", "ActionNotSupported"));
    }
    return reply(env, response);
  }

  static SoapFault fault(FaultCode code, String reason, String subcode) {
    return SoapFault.of(code, reason, subcode);
  }

  private static FakeResponse reply(SoapEnvelope request, SoapFault f) {
    SoapEnvelope env = SoapEnvelope.ofFault(request.version(), f);
    return FakeResponse.body(env.toBytes(), env.contentType(null)).withStatus(f.httpStatus());
  }

  private static FakeResponse reply(SoapEnvelope request, XmlElement body) {
    SoapEnvelope env = SoapEnvelope.of(request.version(), body);
    return FakeResponse.body(env.toBytes(), env.contentType(null));
  }

  private XmlElement systemDateAndTime() {
    Instant now = cameraNow();
    if (reportLocalTimeAsUtc) {
      now = now.plus(Duration.ofHours(3)); // a camera in UTC+3 that labels local time as UTC
    }
    dev.jonvif.core.types.OnvifDateTime t = dev.jonvif.core.types.OnvifDateTime.ofUtc(now);
    return XmlElement.builder(TDS, "GetSystemDateAndTimeResponse")
        .child(
            new dev.jonvif.core.types.SystemDateTime(
                    dev.jonvif.core.types.SetDateTimeType.MANUAL, false, "UTC0", t, t)
                .toElement())
        .build();
  }

  private String http(String path) {
    return "http://" + authority() + path;
  }

  private XmlElement services() {
    XmlElement.Builder b = XmlElement.builder(TDS, "GetServicesResponse");
    b.child(service(TDS, "/onvif/device_service", 2, 60));
    b.child(service(TRT, "/onvif/media_service", 2, 60));
    if (media2Offered) {
      b.child(service(TR2, "/onvif/media2_service", 17, 6));
    }
    return b.build();
  }

  private XmlElement service(String ns, String path, int major, int minor) {
    return XmlElement.builder(TDS, "Service")
        .child(TDS, "Namespace", ns)
        .child(TDS, "XAddr", http(path))
        .child(
            XmlElement.builder(TDS, "Version")
                .child(TT, "Major", major)
                .child(TT, "Minor", minor)
                .build())
        .build();
  }

  private XmlElement capabilities() {
    XmlElement.Builder caps = XmlElement.builder(TDS, "Capabilities");
    caps.child(
        XmlElement.builder(TT, "Device").child(TT, "XAddr", http("/onvif/device_service")).build());
    caps.child(
        XmlElement.builder(TT, "Media").child(TT, "XAddr", http("/onvif/media_service")).build());
    return XmlElement.builder(TDS, "GetCapabilitiesResponse").child(caps.build()).build();
  }

  private static XmlElement profiles(String ns) {
    XmlElement.Builder b = XmlElement.builder(ns, "GetProfilesResponse");
    String[][] p = {{"main", "H264", "1920", "1080"}, {"sub", "H265", "640", "360"}};
    for (String[] x : p) {
      XmlElement encoder =
          XmlElement.builder(
                  ns.equals(TR2) ? TR2 : TT,
                  ns.equals(TR2) ? "VideoEncoder" : "VideoEncoderConfiguration")
              .attribute("token", "enc-" + x[0])
              .child(TT, "Name", "enc-" + x[0])
              .child(TT, "UseCount", 1)
              .child(TT, "Encoding", x[1])
              .child(
                  XmlElement.builder(TT, "Resolution")
                      .child(TT, "Width", x[2])
                      .child(TT, "Height", x[3])
                      .build())
              .child(TT, "Quality", 5)
              .build();
      XmlElement.Builder profile =
          XmlElement.builder(ns, "Profiles").attribute("token", x[0]).attribute("fixed", true);
      profile.child(ns.equals(TR2) ? TR2 : TT, "Name", x[0]);
      if (ns.equals(TR2)) {
        profile.child(XmlElement.builder(TR2, "Configurations").child(encoder).build());
      } else {
        profile.child(encoder);
      }
      b.child(profile.build());
    }
    return b.build();
  }

  private XmlElement streamUri(XmlElement body) {
    String token = body.childTextLenient("ProfileToken");
    String host = authority().substring(0, authority().lastIndexOf(':'));
    String uri = "rtsp://" + host + ":554/" + token;
    if (body.namespace().equals(TR2)) {
      return XmlElement.builder(TR2, "GetStreamUriResponse").child(TR2, "Uri", uri).build();
    }
    return XmlElement.builder(TRT, "GetStreamUriResponse")
        .child(
            XmlElement.builder(TRT, "MediaUri")
                .child(TT, "Uri", uri)
                .child(TT, "InvalidAfterConnect", false)
                .child(TT, "InvalidAfterReboot", false)
                .child(TT, "Timeout", "PT0S")
                .build())
        .build();
  }

  private XmlElement snapshotUri(XmlElement body) {
    String uri = http("/snapshot.jpg?profile=" + body.childTextLenient("ProfileToken"));
    if (body.namespace().equals(TR2)) {
      return XmlElement.builder(TR2, "GetSnapshotUriResponse").child(TR2, "Uri", uri).build();
    }
    return XmlElement.builder(TRT, "GetSnapshotUriResponse")
        .child(
            XmlElement.builder(TRT, "MediaUri")
                .child(TT, "Uri", uri)
                .child(TT, "InvalidAfterConnect", false)
                .child(TT, "InvalidAfterReboot", false)
                .child(TT, "Timeout", "PT0S")
                .build())
        .build();
  }

  private FakeResponse snapshot(RecordedRequest r) {
    if (snapshotBasic) {
      String expected =
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString(
                      (USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      if (!expected.equals(r.header("Authorization"))) {
        return FakeResponse.status(401).header("WWW-Authenticate", "Basic realm=\"cam\"");
      }
    }
    return FakeResponse.body(JPEG, "image/jpeg");
  }

  @Override
  public void close() {
    fake.close();
  }
}
