package dev.jonvif.core.soap;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlLimits;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A SOAP envelope: version, header blocks and body content. Immutable.
 *
 * @param version SOAP 1.2 or 1.1
 * @param headers the children of {@code Header}, in order
 * @param body the children of {@code Body}, in order (one element for every ONVIF message)
 * @see <a href="https://www.w3.org/TR/soap12-part1/#soapenv">SOAP 1.2 Part 1, §5</a>
 */
public record SoapEnvelope(SoapVersion version, List<XmlElement> headers, List<XmlElement> body) {

  public SoapEnvelope {
    headers = List.copyOf(headers);
    body = List.copyOf(body);
  }

  /** A SOAP 1.2 envelope with one body element and no headers. */
  public static SoapEnvelope of(XmlElement bodyElement) {
    return of(SoapVersion.SOAP_12, bodyElement);
  }

  public static SoapEnvelope of(SoapVersion version, XmlElement bodyElement) {
    return new SoapEnvelope(version, List.of(), List.of(bodyElement));
  }

  /** An envelope whose body is this fault, written the way {@code version} defines faults. */
  public static SoapEnvelope ofFault(SoapVersion version, SoapFault fault) {
    return of(version, SoapFaults.toElement(fault, version));
  }

  /** Parses an envelope with the default XML limits. */
  public static SoapEnvelope parse(byte[] bytes) {
    return parse(bytes, XmlLimits.DEFAULT);
  }

  public static SoapEnvelope parse(byte[] bytes, XmlLimits limits) {
    return fromElement(XmlParser.parse(bytes, limits));
  }

  /** Reads an envelope from a parsed document root. */
  public static SoapEnvelope fromElement(XmlElement root) {
    SoapVersion version = SoapVersion.forNamespace(root.namespace());
    if (version == null || !root.localName().equals("Envelope")) {
      throw new MalformedMessageException(
          "not a SOAP envelope: root element is {" + root.namespace() + "}" + root.localName());
    }
    String ns = version.namespace();
    XmlElement header = null;
    XmlElement body = null;
    for (XmlElement c : root.children()) {
      if (c.is(ns, "Header") && header == null && body == null) {
        header = c;
      } else if (c.is(ns, "Body") && body == null) {
        body = c;
      }
      // Trailing elements after Body are not allowed in 1.2 and ignored here (1.1 allowed them).
    }
    if (body == null) {
      throw new MalformedMessageException("SOAP envelope has no Body");
    }
    return new SoapEnvelope(
        version, header == null ? List.of() : header.children(), body.children());
  }

  /** The first body element, or {@code null} for an empty body. */
  public XmlElement bodyElement() {
    return body.isEmpty() ? null : body.get(0);
  }

  /** Whether the body is a SOAP fault. */
  public boolean isFault() {
    XmlElement b = bodyElement();
    return b != null && b.is(version.namespace(), "Fault");
  }

  /** The fault in the body, or {@code null} when the body is not a fault. */
  public SoapFault fault() {
    return isFault() ? SoapFaults.fromElement(bodyElement(), version) : null;
  }

  /** The WS-Addressing headers. */
  public Addressing addressing() {
    return Addressing.fromHeaders(headers);
  }

  /** The first header with this namespace and local name, or {@code null}. */
  public XmlElement header(String namespace, String localName) {
    for (XmlElement h : headers) {
      if (h.is(namespace, localName)) {
        return h;
      }
    }
    return null;
  }

  /** This envelope with one more header block. */
  public SoapEnvelope withHeader(XmlElement header) {
    List<XmlElement> h = new ArrayList<>(headers.size() + 1);
    h.addAll(headers);
    h.add(header);
    return new SoapEnvelope(version, h, body);
  }

  /** This envelope with more header blocks. */
  public SoapEnvelope withHeaders(List<XmlElement> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<XmlElement> h = new ArrayList<>(headers.size() + more.size());
    h.addAll(headers);
    h.addAll(more);
    return new SoapEnvelope(version, h, body);
  }

  /** This envelope with its addressing headers (in {@code namespace}) added. */
  public SoapEnvelope withAddressing(Addressing addressing, String namespace) {
    return withHeaders(addressing.toHeaders(namespace));
  }

  /** The envelope as an element tree. */
  public XmlElement toElement() {
    String ns = version.namespace();
    XmlElement.Builder env = XmlElement.builder(ns, "Envelope");
    if (!headers.isEmpty()) {
      env.child(XmlElement.builder(ns, "Header").children(headers).build());
    }
    env.child(XmlElement.builder(ns, "Body").children(body).build());
    return env.build();
  }

  /** The envelope as a UTF-8 document. */
  public byte[] toBytes() {
    return XmlWriter.toBytes(toElement());
  }

  /**
   * The HTTP Content-Type for this envelope. For SOAP 1.2 the {@code action} parameter is added
   * when given; SOAP 1.1 carries the action in a separate SOAPAction header instead.
   */
  public String contentType(String action) {
    if (version == SoapVersion.SOAP_12 && action != null && !action.isEmpty()) {
      return version.mediaType() + "; charset=utf-8; action=" + quoted(action);
    }
    return version.mediaType() + "; charset=utf-8";
  }

  /**
   * An HTTP quoted-string (RFC 9110 §5.6.4). Control characters cannot be carried and are refused,
   * so an action can never split a header.
   */
  static String quoted(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        throw new IllegalArgumentException("control character in SOAP action");
      }
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }
}
