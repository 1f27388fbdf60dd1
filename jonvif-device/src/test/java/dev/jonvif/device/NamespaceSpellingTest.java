package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DEVICE-6-1-x: requests spelled with any legal namespace declarations mean the same thing. Each
 * case sends SetDNS (device service) and SetMetadataConfiguration (media service) written by hand
 * with one spelling, then reads the value back.
 */
class NamespaceSpellingTest extends DeviceTestSupport {

  private static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";

  @BeforeEach
  void startCamera() {
    start(
        Persona.generic("ns1"),
        FullCamera.builder(),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
  }

  /** Sends {@code body} (raw XML) as admin to {@code path}; returns the answer's body element. */
  private XmlElement send(String path, String body) {
    String security =
        XmlWriter.toXml(token(ADMIN, ADMIN_PASSWORD)).replaceFirst("^<\\?xml[^>]*\\?>", "");
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<env:Envelope xmlns:env=\""
            + SOAP
            + "\"><env:Header>"
            + security
            + "</env:Header><env:Body>"
            + body
            + "</env:Body></env:Envelope>";
    return ok(post(path, xml.getBytes(StandardCharsets.UTF_8), Map.of()));
  }

  private String dns() {
    return ok(admin(tds("GetDNS")))
        .childOrNull(TDS, "DNSInformation")
        .path(TT, "DNSManual", "IPv4Address")
        .textTrim();
  }

  private String metadataToken() {
    return ok(post(
            "/onvif/media_service",
            dev.jonvif.core.soap.SoapEnvelope.of(
                    XmlElement.builder(TRT, "GetMetadataConfigurations").build())
                .withHeader(token(ADMIN, ADMIN_PASSWORD))))
        .childOrNull(TRT, "Configurations")
        .attribute("token");
  }

  private String metadataName() {
    return ok(post(
            "/onvif/media_service",
            dev.jonvif.core.soap.SoapEnvelope.of(
                    XmlElement.builder(TRT, "GetMetadataConfigurations").build())
                .withHeader(token(ADMIN, ADMIN_PASSWORD))))
        .childOrNull(TRT, "Configurations")
        .childText(TT, "Name");
  }

  /** A hand-written element: namespace, local name, attributes, text or children. */
  private record Node(
      String ns, String local, Map<String, String> attributes, String text, List<Node> children) {
    static Node leaf(String ns, String local, String text) {
      return new Node(ns, local, Map.of(), text, List.of());
    }

    static Node of(String ns, String local, Node... children) {
      return new Node(ns, local, Map.of(), null, List.of(children));
    }

    Node withAttribute(String name, String value) {
      return new Node(ns, local, Map.of(name, value), text, children);
    }
  }

  private static Node metadata(String token, String name) {
    return Node.of(
        TRT,
        "SetMetadataConfiguration",
        Node.of(
                TRT,
                "Configuration",
                Node.leaf(TT, "Name", name),
                Node.leaf(TT, "UseCount", "1"),
                Node.of(
                    TT,
                    "Multicast",
                    Node.of(
                        TT,
                        "Address",
                        Node.leaf(TT, "Type", "IPv4"),
                        Node.leaf(TT, "IPv4Address", "239.0.0.10")),
                    Node.leaf(TT, "Port", "40010"),
                    Node.leaf(TT, "TTL", "1"),
                    Node.leaf(TT, "AutoStart", "false")),
                Node.leaf(TT, "SessionTimeout", "PT60S"))
            .withAttribute("token", token),
        Node.leaf(TRT, "ForcePersistence", "true"));
  }

  private static Node setDns(String address) {
    return Node.of(
        TDS,
        "SetDNS",
        Node.leaf(TDS, "FromDHCP", "false"),
        Node.of(
            TDS,
            "DNSManual",
            Node.leaf(TT, "Type", "IPv4"),
            Node.leaf(TT, "IPv4Address", address)));
  }

  private void roundTrip(Spelling s, String address, String name) {
    send("/onvif/device_service", s.render(setDns(address)));
    assertThat(dns()).isEqualTo(address);
    send("/onvif/media_service", s.render(metadata(metadataToken(), name)));
    assertThat(metadataName()).isEqualTo(name);
  }

  @Test
  void DEVICE_6_1_1_defaultNamespaceOnEveryTag() {
    roundTrip(Spelling.DEFAULT_ON_EACH, "10.1.1.1", "TestName1");
  }

  @Test
  void DEVICE_6_1_2_defaultNamespaceOnTheParentTag() {
    roundTrip(Spelling.DEFAULT_ON_PARENT, "10.1.1.2", "TestName2");
  }

  @Test
  void DEVICE_6_1_3_prefixesNobodyUses() {
    roundTrip(Spelling.ODD_PREFIXES, "10.1.1.3", "TestName3");
  }

  @Test
  void DEVICE_6_1_4_differentPrefixesForTheSameNamespace() {
    roundTrip(Spelling.PREFIX_PER_ELEMENT, "10.1.1.4", "TestName4");
  }

  @Test
  void DEVICE_6_1_5_theSamePrefixForDifferentNamespaces() {
    roundTrip(Spelling.ONE_PREFIX_REBOUND, "10.1.1.5", "TestName5");
  }

  /** How a case spells element names and namespace declarations. */
  private enum Spelling {
    /** {@code <Name xmlns="ns">} on every element. */
    DEFAULT_ON_EACH,
    /** The default namespace declared only where it changes, inherited by children. */
    DEFAULT_ON_PARENT,
    /** Unusual prefixes ({@code q1}, {@code q2}, ...) declared once on the root. */
    ODD_PREFIXES,
    /** A fresh prefix declared on every element, so one namespace has many prefixes. */
    PREFIX_PER_ELEMENT,
    /** Prefix {@code x} everywhere, rebound to whichever namespace the element is in. */
    ONE_PREFIX_REBOUND;

    String render(Node root) {
      StringBuilder out = new StringBuilder();
      write(root, null, true, new int[] {0}, out);
      return out.toString();
    }

    private void write(Node n, String parentNs, boolean root, int[] counter, StringBuilder out) {
      String prefix;
      String declarations;
      switch (this) {
        case DEFAULT_ON_EACH -> {
          prefix = "";
          declarations = " xmlns=\"" + n.ns() + "\"";
        }
        case DEFAULT_ON_PARENT -> {
          prefix = "";
          declarations = n.ns().equals(parentNs) ? "" : " xmlns=\"" + n.ns() + "\"";
        }
        case ODD_PREFIXES -> {
          prefix = odd(n.ns()) + ":";
          declarations =
              root
                  ? " xmlns:q1=\"" + TDS + "\" xmlns:q2=\"" + TT + "\" xmlns:q3=\"" + TRT + "\""
                  : "";
        }
        case PREFIX_PER_ELEMENT -> {
          String p = "p" + (++counter[0]);
          prefix = p + ":";
          declarations = " xmlns:" + p + "=\"" + n.ns() + "\"";
        }
        default -> {
          prefix = "x:";
          declarations = " xmlns:x=\"" + n.ns() + "\"";
        }
      }
      out.append('<').append(prefix).append(n.local()).append(declarations);
      n.attributes()
          .forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
      out.append('>');
      if (n.text() != null) {
        out.append(n.text());
      }
      for (Node c : n.children()) {
        write(c, n.ns(), false, counter, out);
      }
      out.append("</").append(prefix).append(n.local()).append('>');
    }

    private static String odd(String ns) {
      return ns.equals(TDS) ? "q1" : ns.equals(TT) ? "q2" : "q3";
    }
  }
}
