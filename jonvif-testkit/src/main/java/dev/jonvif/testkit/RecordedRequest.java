package dev.jonvif.testkit;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP request as {@link FakeCamera} received it, with its body already read. */
public final class RecordedRequest {

  private final String method;
  private final String target;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final int sequenceNumber;
  private final int connectionId;

  RecordedRequest(
      String method,
      String target,
      Map<String, List<String>> headers,
      byte[] body,
      int sequenceNumber,
      int connectionId) {
    this.method = method;
    this.target = target;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
    this.sequenceNumber = sequenceNumber;
    this.connectionId = connectionId;
  }

  /** {@code GET}, {@code POST}, ... */
  public String method() {
    return method;
  }

  /** The request target as sent, e.g. {@code /onvif/device_service?x=1}. */
  public String target() {
    return target;
  }

  /** The target without its query. */
  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** Every header, by case-insensitive name, values in the order received. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (any case), or {@code null}. */
  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Every value of a header (any case); empty when absent. */
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The body, de-chunked when it came chunked. A copy. */
  public byte[] body() {
    return body.clone();
  }

  public String bodyUtf8() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body parsed by {@link XmlParser}; throws its malformed-message exception when not XML. */
  public XmlElement xml() {
    return XmlParser.parse(body);
  }

  /** The body as a SOAP envelope; throws the malformed-message exception when it is not one. */
  public SoapEnvelope envelope() {
    return SoapEnvelope.parse(body);
  }

  /**
   * The local name of the SOAP Body's first element (e.g. {@code GetSystemDateAndTime}), or {@code
   * null} when the body is not a SOAP envelope or the Body is empty.
   */
  public String operation() {
    if (body.length == 0) {
      return null;
    }
    try {
      XmlElement first = envelope().bodyElement();
      return first == null ? null : first.localName();
    } catch (MalformedMessageException notAnEnvelope) {
      return null;
    }
  }

  /** 0 for the first request the camera received, then 1, 2, ... */
  public int sequenceNumber() {
    return sequenceNumber;
  }

  /** Which TCP connection carried it: equal ids mean the connection was kept alive and reused. */
  public int connectionId() {
    return connectionId;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(3);
    parts.add(method + " " + target);
    String op = operation();
    if (op != null) {
      parts.add(op);
    }
    parts.add(body.length + " bytes");
    return "RecordedRequest#" + sequenceNumber + "[" + String.join(", ", parts) + "]";
  }
}
