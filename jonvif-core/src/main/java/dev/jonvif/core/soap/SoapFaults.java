package dev.jonvif.core.soap;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;

/**
 * Maps {@link SoapFault} to and from the Fault element of SOAP 1.2 and SOAP 1.1.
 *
 * <p>Reading is lenient at one named point: children of the Fault are found by local name, because
 * cameras bind the envelope prefix to the wrong version inside faults.
 */
public final class SoapFaults {

  /** Subcode chains longer than this are cut (a hostile fault could nest thousands). */
  static final int MAX_SUBCODES = 16;

  private SoapFaults() {}

  /** The Fault element for {@code fault} in {@code version}'s format. */
  public static XmlElement toElement(SoapFault fault, SoapVersion version) {
    return version == SoapVersion.SOAP_11 ? toSoap11(fault) : toSoap12(fault);
  }

  private static XmlElement toSoap12(SoapFault fault) {
    String ns = Namespaces.SOAP12;
    // Code/Value must be one of the SOAP 1.2 codes, whatever the fault was read from.
    FaultCode c = fault.code() == null ? FaultCode.RECEIVER : fault.code();
    QName standard = new QName(ns, c.localName(SoapVersion.SOAP_12), "env");
    XmlElement.Builder code = XmlElement.builder(ns, "Code").child(value(ns, standard));
    XmlElement subcode = null;
    List<QName> subs = fault.subcodes();
    for (int i = subs.size() - 1; i >= 0; i--) {
      XmlElement.Builder s = XmlElement.builder(ns, "Subcode").child(value(ns, subs.get(i)));
      if (subcode != null) {
        s.child(subcode);
      }
      subcode = s.build();
    }
    if (subcode != null) {
      code.child(subcode);
    }
    XmlElement.Builder f =
        XmlElement.builder(ns, "Fault")
            .child(code.build())
            .child(
                XmlElement.builder(ns, "Reason")
                    .child(
                        XmlElement.builder(ns, "Text")
                            .attribute(new QName(Namespaces.XML, "lang"), fault.reasonLang())
                            .text(fault.reason())
                            .build())
                    .build());
    if (fault.detail() != null) {
      f.child(XmlElement.builder(ns, "Detail").child(fault.detail()).build());
    }
    return f.build();
  }

  private static XmlElement value(String ns, QName q) {
    return XmlElement.builder(ns, "Value").qnameText(q).build();
  }

  /**
   * SOAP 1.1 has no subcodes; its own extension mechanism (SOAP 1.1 §4.4.1) refines a code with
   * dotted names, so {@code Sender/ter:InvalidArgVal/ter:NoProfile} is written as {@code
   * Client.InvalidArgVal.NoProfile} and read back with the same chain of local names.
   */
  private static XmlElement toSoap11(SoapFault fault) {
    FaultCode c = fault.code() == null ? FaultCode.RECEIVER : fault.code();
    StringBuilder local = new StringBuilder(c.localName(SoapVersion.SOAP_11));
    for (QName sub : fault.subcodes()) {
      local.append('.').append(sub.getLocalPart());
    }
    QName faultcode = new QName(Namespaces.SOAP11, local.toString(), "s11");
    XmlElement.Builder f =
        XmlElement.builder(Namespaces.SOAP11, "Fault")
            .child(XmlElement.builder("", "faultcode").qnameText(faultcode).build())
            .child("", "faultstring", fault.reason());
    if (fault.detail() != null) {
      f.child(XmlElement.builder("", "detail").child(fault.detail()).build());
    }
    return f.build();
  }

  /** Reads a Fault element of either version. */
  public static SoapFault fromElement(XmlElement fault, SoapVersion version) {
    // The shape decides, not the envelope: some "1.2" devices send 1.1-style faultcode and
    // faultstring, and a 1.1 envelope may carry a 1.2-style Code.
    XmlElement code = fault.childLenient("Code");
    if (fault.childLenient("faultcode") != null
        || (version == SoapVersion.SOAP_11 && code == null)) {
      return fromSoap11(fault);
    }
    QName rawCode = null;
    List<QName> subcodes = new ArrayList<>(2);
    if (code != null) {
      XmlElement value = code.childLenient("Value");
      rawCode = value == null || value.textTrim().isEmpty() ? null : value.textAsQName();
      for (XmlElement sub = code.childLenient("Subcode");
          sub != null && subcodes.size() < MAX_SUBCODES;
          sub = sub.childLenient("Subcode")) {
        XmlElement v = sub.childLenient("Value");
        if (v != null && !v.textTrim().isEmpty()) {
          subcodes.add(v.textAsQName());
        }
      }
    }
    String reason = "";
    String lang = "en";
    XmlElement reasonEl = fault.childLenient("Reason");
    if (reasonEl != null) {
      XmlElement text = pickReason(reasonEl.childrenLenient("Text"));
      if (text != null) {
        reason = text.textTrim();
        String l = text.attribute(Namespaces.XML, "lang");
        lang = l == null || l.isBlank() ? lang : l.strip();
      } else {
        reason = reasonEl.textTrim();
      }
    }
    XmlElement detail = fault.childLenient("Detail");
    return new SoapFault(
        rawCode == null ? null : FaultCode.fromLocalName(rawCode.getLocalPart()),
        rawCode,
        subcodes,
        reason,
        lang,
        detail == null ? null : detail.firstChild());
  }

  /** Prefers {@code en}, then any English variant ({@code en-US}), then the first. */
  private static XmlElement pickReason(List<XmlElement> texts) {
    XmlElement english = null;
    for (XmlElement t : texts) {
      String l = t.attribute(Namespaces.XML, "lang");
      if (l == null) {
        continue;
      }
      l = l.strip().toLowerCase(Locale.ROOT);
      if (l.equals("en")) {
        return t;
      }
      if (english == null && l.startsWith("en-")) {
        english = t;
      }
    }
    return english != null ? english : texts.isEmpty() ? null : texts.get(0);
  }

  private static SoapFault fromSoap11(XmlElement fault) {
    XmlElement codeEl = fault.childLenient("faultcode");
    QName raw = codeEl == null || codeEl.textTrim().isEmpty() ? null : codeEl.textAsQName();
    FaultCode code = null;
    List<QName> subcodes = new ArrayList<>(1);
    if (raw != null) {
      // "Client.Authentication" style: a standard code, then dotted refinements. Refinements are
      // plain names, so they become subcodes without a namespace.
      String[] parts = raw.getLocalPart().split("\\.");
      code = FaultCode.fromLocalName(parts[0]);
      if (code == null) {
        // A bare ONVIF code such as ter:NotAuthorized used as the faultcode.
        code = guessCode(raw);
        subcodes.add(raw);
      } else {
        for (int i = 1; i < parts.length && subcodes.size() < MAX_SUBCODES; i++) {
          if (!parts[i].isEmpty()) {
            subcodes.add(new QName(parts[i]));
          }
        }
      }
    }
    String reason = fault.childTextLenient("faultstring");
    XmlElement detail = fault.childLenient("detail");
    if (detail == null) {
      detail = fault.childLenient("Detail");
    }
    return new SoapFault(
        code, raw, subcodes, reason, "en", detail == null ? null : detail.firstChild());
  }

  /** ONVIF error codes used as a 1.1 faultcode: the spec files each under Sender or Receiver. */
  private static FaultCode guessCode(QName onvifCode) {
    return switch (onvifCode.getLocalPart()) {
      case "ActionNotSupported", "Action", "OutofMemory", "CriticalError" -> FaultCode.RECEIVER;
      default -> FaultCode.SENDER;
    };
  }
}
