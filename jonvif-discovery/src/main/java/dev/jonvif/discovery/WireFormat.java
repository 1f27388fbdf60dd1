package dev.jonvif.discovery;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Element-level reading and writing shared by the message records. Reading looks children up in the
 * discovery namespace first and by local name second (the one lenient point), so prefixes, default
 * namespaces and re-bound prefixes never matter (ONVIF DISCOVERY-2-1-1..5).
 */
final class WireFormat {

  private static final String D = WsDiscovery.NAMESPACE;
  private static final String WSA = WsDiscovery.ADDRESSING;

  /** A UDP datagram cannot exceed 64 KiB; nor may a discovery message. */
  static final XmlLimits LIMITS =
      XmlLimits.DEFAULT
          .withMaxDocumentBytes(65_536)
          .withMaxDepth(32)
          .withMaxElements(4_096)
          .withMaxAttributeLength(8_192)
          .withMaxTextLength(65_536);

  private WireFormat() {}

  static SoapEnvelope envelope(DiscoveryHeader header, String action, XmlElement body) {
    SoapEnvelope env = SoapEnvelope.of(body).withAddressing(header.addressing(action), WSA);
    if (header.appSequence() != null) {
      env = env.withHeader(appSequence(header.appSequence()));
    }
    return env;
  }

  static DiscoveryHeader readHeader(SoapEnvelope env) {
    Addressing a = env.addressing();
    return new DiscoveryHeader(a.messageId(), a.relatesTo(), a.to(), readAppSequence(env));
  }

  private static XmlElement appSequence(AppSequence s) {
    return XmlElement.builder(D, "AppSequence")
        .attribute("InstanceId", s.instanceId())
        .attribute("SequenceId", s.sequenceId())
        .attribute("MessageNumber", s.messageNumber())
        .build();
  }

  /** The AppSequence header, or {@code null} when absent or not numeric (it is advisory). */
  private static AppSequence readAppSequence(SoapEnvelope env) {
    XmlElement h = env.header(D, "AppSequence");
    if (h == null) {
      return null;
    }
    try {
      return new AppSequence(
          Long.parseLong(h.attributeLenient("InstanceId").strip()),
          h.attributeLenient("SequenceId"),
          Long.parseLong(h.attributeLenient("MessageNumber").strip()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  static XmlElement endpointReference(String address) {
    return XmlElement.builder(WSA, "EndpointReference").child(WSA, "Address", address).build();
  }

  static String readEndpointReference(XmlElement parent) {
    XmlElement epr = parent.childLenient(WSA, "EndpointReference");
    String address = epr == null ? null : epr.childTextLenient("Address");
    if (address == null || address.isEmpty()) {
      throw new MalformedMessageException(parent.localName() + " has no EndpointReference/Address");
    }
    return address;
  }

  /** The Types element for {@code types}; each namespace is declared with a readable prefix. */
  static XmlElement types(List<QName> types) {
    XmlElement.Builder b = XmlElement.builder(D, "Types");
    Map<String, String> prefixes = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    StringBuilder text = new StringBuilder();
    for (QName q : types) {
      String ns = q.getNamespaceURI();
      String prefix = "";
      if (!ns.isEmpty()) {
        prefix = prefixes.get(ns);
        if (prefix == null) {
          prefix = choosePrefix(q, used);
          prefixes.put(ns, prefix);
          used.add(prefix);
          b.declareNamespace(prefix, ns);
        }
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(prefix.isEmpty() ? "" : prefix + ":").append(q.getLocalPart());
    }
    return b.text(text.toString()).build();
  }

  private static String choosePrefix(QName q, Set<String> used) {
    String p = Namespaces.prefixFor(q.getNamespaceURI());
    if (p == null || used.contains(p)) {
      p = q.getPrefix();
    }
    int i = 1;
    while (p == null || p.isEmpty() || used.contains(p) || p.equals("d") || p.equals("wsa")) {
      p = "t" + i++;
    }
    return p;
  }

  /**
   * The Types of {@code parent}, resolved against the namespaces in scope where they appear. With
   * {@code strict}, an undeclared prefix makes the message malformed (a Probe that must not be
   * answered); otherwise the type is kept without a namespace.
   */
  static List<QName> readTypes(XmlElement parent, boolean strict) {
    XmlElement el = parent.childLenient(D, "Types");
    if (el == null) {
      return List.of();
    }
    List<QName> out = new ArrayList<>();
    for (String token : tokens(el.text())) {
      int colon = token.indexOf(':');
      if (colon == 0 || colon == token.length() - 1) {
        throw new MalformedMessageException("Types value is not a QName: " + token);
      }
      QName q = el.resolveQName(token);
      if (colon > 0 && q.getNamespaceURI().isEmpty() && strict) {
        throw new MalformedMessageException(
            "Types value " + token + " uses an undeclared namespace prefix");
      }
      out.add(q);
    }
    return out;
  }

  static XmlElement scopes(List<String> scopes, String matchBy) {
    return XmlElement.builder(D, "Scopes")
        .attribute("MatchBy", matchBy)
        .text(String.join(" ", scopes))
        .build();
  }

  static List<String> readScopes(XmlElement parent) {
    XmlElement el = parent.childLenient(D, "Scopes");
    return el == null ? List.of() : tokens(el.text());
  }

  /** The MatchBy attribute of the Scopes element, or {@code null} when absent. */
  static String readMatchBy(XmlElement parent) {
    XmlElement el = parent.childLenient(D, "Scopes");
    String v = el == null ? null : el.attributeLenient("MatchBy");
    return v == null || v.isBlank() ? null : v.strip();
  }

  static List<String> readXAddrs(XmlElement parent) {
    XmlElement el = parent.childLenient(D, "XAddrs");
    return el == null ? List.of() : tokens(el.text());
  }

  /**
   * The metadata elements in schema order: EndpointReference, Types, Scopes, XAddrs,
   * MetadataVersion. Empty Types, Scopes and XAddrs are left out (all optional in the schema)
   * unless {@code xaddrsRequired}.
   */
  static XmlElement metadata(String name, EndpointMetadata m, boolean xaddrsRequired) {
    XmlElement.Builder b =
        XmlElement.builder(D, name).child(endpointReference(m.endpointReference()));
    if (!m.types().isEmpty()) {
      b.child(types(m.types()));
    }
    if (!m.scopes().isEmpty()) {
      b.child(scopes(m.scopes(), null));
    }
    if (!m.xaddrs().isEmpty() || xaddrsRequired) {
      b.child(D, "XAddrs", String.join(" ", m.xaddrs()));
    }
    return b.child(D, "MetadataVersion", m.metadataVersion()).build();
  }

  /**
   * Reads metadata leniently, the way cameras send it: types with undeclared prefixes are kept, and
   * a missing or unreadable MetadataVersion reads as 0.
   */
  static EndpointMetadata readMetadata(XmlElement e) {
    return new EndpointMetadata(
        readEndpointReference(e),
        readTypes(e, false),
        readScopes(e),
        readXAddrs(e),
        readMetadataVersion(e));
  }

  private static long readMetadataVersion(XmlElement e) {
    String v = e.childTextLenient("MetadataVersion");
    try {
      long n = v == null ? 0 : Long.parseLong(v);
      return n < 0 || n > AppSequence.MAX_UNSIGNED_INT ? 0 : n;
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  /** The items of an XML list value (split at white space). */
  static List<String> tokens(String text) {
    String t = text.strip();
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }
}
