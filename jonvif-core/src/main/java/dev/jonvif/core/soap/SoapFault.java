package dev.jonvif.core.soap;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A SOAP fault: code, chain of subcodes (most general first), reason and optional detail.
 *
 * @param code the fault code; {@code null} only when a device sent one we do not know (then {@code
 *     rawCode} says what it was) or none at all
 * @param rawCode the code as received (QName); when built, or when none was received, the SOAP 1.2
 *     QName of {@code code} ({@code env:Receiver} for a {@code null} code)
 * @param subcodes the subcode chain, e.g. {@code [ter:InvalidArgVal, ter:NoProfile]}
 * @param reason the human-readable reason ("" when none)
 * @param reasonLang the xml:lang of the reason ("en" when built)
 * @param detail the Detail element's content, or {@code null}
 * @see <a href="https://www.w3.org/TR/soap12-part1/#soapfault">SOAP 1.2 Part 1, §5.4</a>
 */
public record SoapFault(
    FaultCode code,
    QName rawCode,
    List<QName> subcodes,
    String reason,
    String reasonLang,
    XmlElement detail) {

  public SoapFault {
    subcodes = subcodes == null ? List.of() : List.copyOf(subcodes);
    reason = Objects.requireNonNullElse(reason, "");
    reasonLang = Objects.requireNonNullElse(reasonLang, "en");
    if (rawCode == null) {
      rawCode =
          new QName(
              Namespaces.SOAP12,
              code == null ? "Receiver" : code.localName(SoapVersion.SOAP_12),
              "env");
    }
  }

  /** A fault with this code, reason and ONVIF subcodes (in {@code ter}). */
  public static SoapFault of(FaultCode code, String reason, String... terSubcodes) {
    List<QName> subs = new ArrayList<>(terSubcodes.length);
    for (String s : terSubcodes) {
      subs.add(new QName(Namespaces.TER, s, "ter"));
    }
    return new SoapFault(code, null, subs, reason, "en", null);
  }

  /** A {@code env:Sender} fault: the request was wrong. */
  public static SoapFault sender(String reason, String... terSubcodes) {
    return of(FaultCode.SENDER, reason, terSubcodes);
  }

  /** A {@code env:Receiver} fault: the device could not do it. */
  public static SoapFault receiver(String reason, String... terSubcodes) {
    return of(FaultCode.RECEIVER, reason, terSubcodes);
  }

  /** This fault with a detail element. */
  public SoapFault withDetail(XmlElement newDetail) {
    return new SoapFault(code, rawCode, subcodes, reason, reasonLang, newDetail);
  }

  /** HTTP status for a response carrying this fault (Sender 400, everything else 500). */
  public int httpStatus() {
    return code == null ? 500 : code.httpStatus();
  }

  /** Whether the code or any subcode has this local name, whatever its namespace. */
  public boolean hasSubcode(String localName) {
    if (rawCode.getLocalPart().equals(localName)) {
      return true;
    }
    for (QName q : subcodes) {
      if (q.getLocalPart().equals(localName)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any subcode has this namespace and local name. */
  public boolean hasSubcode(QName subcode) {
    for (QName q : subcodes) {
      if (q.getLocalPart().equals(subcode.getLocalPart())
          && q.getNamespaceURI().equals(subcode.getNamespaceURI())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this fault says the request was not authorised: {@code ter:NotAuthorized} in any
   * namespace (some cameras bind {@code ter} wrongly), or {@code wsse:FailedAuthentication}.
   */
  public boolean isNotAuthorized() {
    return hasSubcode("NotAuthorized")
        || hasSubcode("FailedAuthentication")
        || hasSubcode("InvalidSecurity")
        || isHttp401InReason();
  }

  /**
   * Quirk detector: a plain Sender fault whose reason is an HTTP 401. Seen from DVC DCN-BM2220LPR
   * (gSOAP) answering a request without credentials: {@code <SOAP-ENV:Value>SOAP-ENV:Sender
   * </SOAP-ENV:Value>} with {@code <SOAP-ENV:Text xml:lang="en">HTTP Error: 401
   * Unauthorized</SOAP-ENV:Text>} and no subcode.
   */
  public boolean isHttp401InReason() {
    return code == FaultCode.SENDER
        && subcodes.isEmpty()
        && reason.contains("401")
        && reason.toLowerCase(java.util.Locale.ROOT).contains("unauthorized");
  }

  /** The codes as text, e.g. {@code Sender/ter:InvalidArgVal/ter:NoProfile}. */
  public String codeChain() {
    StringBuilder sb =
        new StringBuilder(
            code == null ? rawCode.getLocalPart() : code.localName(SoapVersion.SOAP_12));
    for (QName q : subcodes) {
      sb.append('/');
      if (!q.getPrefix().isEmpty()) {
        sb.append(q.getPrefix()).append(':');
      }
      sb.append(q.getLocalPart());
    }
    return sb.toString();
  }
}
