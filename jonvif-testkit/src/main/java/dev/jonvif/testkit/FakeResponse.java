package dev.jonvif.testkit;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.types.OnvifDateTime;
import dev.jonvif.core.types.SetDateTimeType;
import dev.jonvif.core.types.SystemDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link FakeCamera} answers to one request: a status, headers and body, or a scripted failure
 * (disconnect, stall, slow body). Immutable: every modifier returns a new response, so one response
 * can be enqueued many times.
 *
 * <pre>{@code
 * camera.enqueue(FakeResponse.ok("<tds:GetHostnameResponse>...</tds:GetHostnameResponse>"));
 * camera.enqueue(FakeResponse.fault(FaultCode.SENDER, "NotAuthorized", "Sender not authorized"));
 * camera.enqueue(FakeResponse.systemDateAndTime(Instant.parse("2030-01-01T00:00:00Z")));
 * camera.enqueue(FakeResponse.fromFixture("hikvision_GetProfiles").slowBody(64, ofMillis(50)));
 * camera.enqueue(FakeResponse.stall());
 * }</pre>
 */
public final class FakeResponse {

  /** What happens on the connection besides (or instead of) a normal answer. */
  enum Behaviour {
    ANSWER,
    /** The request is read, then the connection is closed with no response. */
    DISCONNECT_AT_START,
    /** Status line and headers are sent, then the connection is closed. */
    DISCONNECT_AFTER_HEADERS,
    /** Nothing is sent until the camera is closed. */
    STALL
  }

  static final String SOAP12_CONTENT_TYPE = "application/soap+xml; charset=utf-8";
  static final String SOAP11_CONTENT_TYPE = "text/xml; charset=utf-8";

  private static final byte[] EMPTY = new byte[0];

  private final int status;
  private final List<String[]> headers;
  private final byte[] body;
  private final String contentType;
  private final Behaviour behaviour;
  private final Duration delay;
  private final int bytesPerChunk;
  private final Duration chunkPause;
  private final boolean chunked;

  private FakeResponse(
      int status,
      List<String[]> headers,
      byte[] body,
      String contentType,
      Behaviour behaviour,
      Duration delay,
      int bytesPerChunk,
      Duration chunkPause,
      boolean chunked) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status " + status);
    }
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
    this.contentType = contentType;
    this.behaviour = behaviour;
    this.delay = delay;
    this.bytesPerChunk = bytesPerChunk;
    this.chunkPause = chunkPause;
    this.chunked = chunked;
  }

  // ---- factories

  /**
   * 200 with a SOAP 1.2 envelope around a body fragment such as {@code
   * <tds:GetHostnameResponse>...</tds:GetHostnameResponse>}. The conventional prefixes of {@link
   * Namespaces} ({@code tds}, {@code tt}, {@code ter}, ...) may be used without declaring them.
   */
  public static FakeResponse ok(String bodyFragment) {
    return envelope(SoapVersion.SOAP_12, SoapFragments.parse(bodyFragment));
  }

  /** 200 with a SOAP 1.2 envelope around this body element. */
  public static FakeResponse ok(XmlElement bodyElement) {
    return envelope(SoapVersion.SOAP_12, List.of(bodyElement));
  }

  /** 200 with a SOAP 1.1 envelope ({@code text/xml}) around a body fragment. */
  public static FakeResponse soap11(String bodyFragment) {
    return envelope(SoapVersion.SOAP_11, SoapFragments.parse(bodyFragment));
  }

  /** 200 with the bytes of {@code fixtures/<name>.xml} from the test classpath, unchanged. */
  public static FakeResponse fromFixture(String name) {
    byte[] b = Fixtures.bytes(name);
    return body(b, SoapFragments.contentTypeOf(b));
  }

  /** 200 with the bytes of a file under {@code onvif-reference/captures}, unchanged. */
  public static FakeResponse fromCapture(String relativePath) {
    byte[] b = Captures.bytes(relativePath);
    return body(b, SoapFragments.contentTypeOf(b));
  }

  /**
   * A SOAP 1.2 fault, with the HTTP status the SOAP binding gives its code (Sender 400, others
   * 500).
   *
   * @param terSubcode an ONVIF subcode local name in {@code ter} (e.g. {@code NotAuthorized}), a
   *     chain separated by {@code /} (e.g. {@code InvalidArgVal/NoProfile}), or {@code null}
   */
  public static FakeResponse fault(FaultCode code, String terSubcode, String reason) {
    SoapFault f =
        terSubcode == null
            ? SoapFault.of(code, reason)
            : SoapFault.of(code, reason, terSubcode.split("/"));
    return fault(f);
  }

  /** A SOAP 1.2 fault, with the HTTP status the SOAP binding gives its code. */
  public static FakeResponse fault(SoapFault fault) {
    byte[] b = SoapEnvelope.ofFault(SoapVersion.SOAP_12, fault).toBytes();
    return body(b, SOAP12_CONTENT_TYPE).withStatus(fault.httpStatus());
  }

  /**
   * A {@code GetSystemDateAndTimeResponse} saying the device's UTC clock reads {@code deviceUtc}
   * (manual time, no daylight saving, time zone {@code UTC0}); for clock-skew scenarios.
   */
  public static FakeResponse systemDateAndTime(Instant deviceUtc) {
    OnvifDateTime t = OnvifDateTime.ofUtc(deviceUtc);
    return systemDateAndTime(new SystemDateTime(SetDateTimeType.MANUAL, false, "UTC0", t, t));
  }

  /** A {@code GetSystemDateAndTimeResponse} carrying exactly this value. */
  public static FakeResponse systemDateAndTime(SystemDateTime value) {
    return ok(
        XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTimeResponse")
            .child(value.toElement())
            .build());
  }

  /** A response with this status and an empty body. */
  public static FakeResponse status(int status) {
    return new FakeResponse(
        status, List.of(), EMPTY, null, Behaviour.ANSWER, Duration.ZERO, 0, Duration.ZERO, false);
  }

  /** 200 with these bytes as body. */
  public static FakeResponse body(byte[] bytes, String contentType) {
    return status(200).withBody(bytes, contentType);
  }

  /** Reads the request, then closes the connection without answering. */
  public static FakeResponse disconnectAtStart() {
    return status(200).behaviour(Behaviour.DISCONNECT_AT_START);
  }

  /** Reads the request and never answers, until the client gives up or the camera is closed. */
  public static FakeResponse stall() {
    return status(200).behaviour(Behaviour.STALL);
  }

  private static FakeResponse envelope(SoapVersion version, List<XmlElement> body) {
    byte[] b = new SoapEnvelope(version, List.of(), body).toBytes();
    return body(b, version == SoapVersion.SOAP_11 ? SOAP11_CONTENT_TYPE : SOAP12_CONTENT_TYPE);
  }

  // ---- modifiers

  public FakeResponse withStatus(int newStatus) {
    return new FakeResponse(
        newStatus,
        headers,
        body,
        contentType,
        behaviour,
        delay,
        bytesPerChunk,
        chunkPause,
        chunked);
  }

  /** Adds a header (repeat the call for several values). */
  public FakeResponse header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.contains("\r")
        || name.contains("\n")
        || value.contains("\r")
        || value.contains("\n")) {
      throw new IllegalArgumentException("header must be one line: " + name);
    }
    List<String[]> h = new ArrayList<>(headers);
    h.add(new String[] {name, value});
    return new FakeResponse(
        status, h, body, contentType, behaviour, delay, bytesPerChunk, chunkPause, chunked);
  }

  /** Replaces the body; {@code contentType} may be {@code null} to send none. */
  public FakeResponse withBody(byte[] bytes, String newContentType) {
    return new FakeResponse(
        status,
        headers,
        bytes.clone(),
        newContentType,
        behaviour,
        delay,
        bytesPerChunk,
        chunkPause,
        chunked);
  }

  /** Waits this long after reading the request before answering. */
  public FakeResponse delay(Duration wait) {
    requireNonNegative(wait);
    return new FakeResponse(
        status, headers, body, contentType, behaviour, wait, bytesPerChunk, chunkPause, chunked);
  }

  /** Sends the body {@code bytesPerChunk} bytes at a time, pausing between writes. */
  public FakeResponse slowBody(int bytesPerChunk, Duration pause) {
    if (bytesPerChunk <= 0) {
      throw new IllegalArgumentException("bytesPerChunk must be positive");
    }
    requireNonNegative(pause);
    return new FakeResponse(
        status, headers, body, contentType, behaviour, delay, bytesPerChunk, pause, chunked);
  }

  /** Frames the body with {@code Transfer-Encoding: chunked} instead of Content-Length. */
  public FakeResponse chunked() {
    return new FakeResponse(
        status, headers, body, contentType, behaviour, delay, bytesPerChunk, chunkPause, true);
  }

  /** Sends the status line and headers (announcing the full body), then closes the connection. */
  public FakeResponse disconnectAfterHeaders() {
    return behaviour(Behaviour.DISCONNECT_AFTER_HEADERS);
  }

  private FakeResponse behaviour(Behaviour b) {
    return new FakeResponse(
        status, headers, body, contentType, b, delay, bytesPerChunk, chunkPause, chunked);
  }

  private static void requireNonNegative(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("negative duration " + d);
    }
  }

  // ---- read by ResponseWriter

  int statusCode() {
    return status;
  }

  List<String[]> headerLines() {
    return headers;
  }

  byte[] bodyBytes() {
    return body;
  }

  String contentType() {
    return contentType;
  }

  Behaviour behaviour() {
    return behaviour;
  }

  Duration delay() {
    return delay;
  }

  int bytesPerChunk() {
    return bytesPerChunk;
  }

  Duration chunkPause() {
    return chunkPause;
  }

  boolean isChunked() {
    return chunked;
  }

  @Override
  public String toString() {
    return "FakeResponse["
        + status
        + (behaviour == Behaviour.ANSWER ? "" : ", " + behaviour)
        + ", "
        + body.length
        + " bytes]";
  }
}
