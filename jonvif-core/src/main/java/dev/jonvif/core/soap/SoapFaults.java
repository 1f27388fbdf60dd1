package dev.jonvif.core.soap;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * Maps {@link SoapFault} to and from the Fault element of SOAP 1.2 and SOAP 1.1.
 *
 * <p>Reading is lenient at one named point: children of the Fault are found by local name, because
 * cameras bind the envelope prefix to the wrong version inside faults.
 */
public final class SoapFaults {

  private SoapFaults() {}

  /** The Fault element for {@code fault} in {@code version}'s format. */
  public static XmlElement toElement(SoapFault fault, SoapVersion version) {
    return version == SoapVersion.SOAP_11 ? toSoap11(fault) : toSoap12(fault);
  }

  private static XmlElement toSoap12(SoapFault fault) {
    String ns = Namespaces.SOAP12;
    XmlElement.Builder code = XmlElement.builder(ns, "Code").child(value(ns, fault.rawCode()));
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

  private static XmlElement toSoap11(SoapFault fault) {
    FaultCode c = fault.code() == null ? FaultCode.RECEIVER : fault.code();
    QName faultcode = new QName(Namespaces.SOAP11, c.localName(SoapVersion.SOAP_11), "s11");
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
    // SOAP 1.1 faults have unqualified faultcode/faultstring; some "1.2" devices send them too.
    if (fault.childLenient("faultcode") != null || version == SoapVersion.SOAP_11) {
      return fromSoap11(fault);
    }
    XmlElement code = fault.childLenient("Code");
    QName rawCode = null;
    List<QName> subcodes = new ArrayList<>(2);
    if (code != null) {
      XmlElement value = code.childLenient("Value");
      rawCode = value == null ? null : value.resolveQName(value.textTrim());
      for (XmlElement sub = code.childLenient("Subcode");
          sub != null && subcodes.size() < 16;
          sub = sub.childLenient("Subcode")) {
        XmlElement v = sub.childLenient("Value");
        if (v != null && !v.textTrim().isEmpty()) {
          subcodes.add(v.resolveQName(v.textTrim()));
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
        lang = l == null ? lang : l;
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

  /** Prefers an English reason; otherwise the first. */
  private static XmlElement pickReason(List<XmlElement> texts) {
    for (XmlElement t : texts) {
      String l = t.attribute(Namespaces.XML, "lang");
      if (l != null && l.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
        return t;
      }
    }
    return texts.isEmpty() ? null : texts.get(0);
  }

  private static SoapFault fromSoap11(XmlElement fault) {
    XmlElement codeEl = fault.childLenient("faultcode");
    QName raw = codeEl == null ? null : codeEl.resolveQName(codeEl.textTrim());
    FaultCode code = null;
    List<QName> subcodes = new ArrayList<>(1);
    if (raw != null) {
      // "Client.Authentication" style: standard code, then dotted refinements.
      String[] parts = raw.getLocalPart().split("\\.");
      code = FaultCode.fromLocalName(parts[0]);
      if (code == null) {
        // A bare ONVIF code such as ter:NotAuthorized used as the faultcode.
        code = guessCode(raw);
        subcodes.add(raw);
      } else {
        for (int i = 1; i < parts.length; i++) {
          subcodes.add(new QName(raw.getNamespaceURI(), parts[i], raw.getPrefix()));
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
