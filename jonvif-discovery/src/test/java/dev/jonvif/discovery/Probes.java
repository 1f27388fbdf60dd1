package dev.jonvif.discovery;

import java.util.List;
import java.util.UUID;

/** Hand-written Probe envelopes, as other clients and the ONVIF test tool send them. */
final class Probes {

  static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
  static final String WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
  static final String D = "http://schemas.xmlsoap.org/ws/2005/04/discovery";
  static final String DN = "http://www.onvif.org/ver10/network/wsdl";

  private Probes() {}

  static String newId() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  /**
   * A Probe with conventional prefixes ({@code s}, {@code a}, {@code d}, {@code dn}, {@code tds})
   * and the given Probe content.
   */
  static String probe(String messageId, String probeContent) {
    return "<?xml version='1.0' encoding='UTF-8'?>"
        + "<s:Envelope xmlns:s='"
        + SOAP
        + "' xmlns:a='"
        + WSA
        + "' xmlns:d='"
        + D
        + "' xmlns:dn='"
        + DN
        + "' xmlns:tds='http://www.onvif.org/ver10/device/wsdl'><s:Header>"
        + "<a:Action s:mustUnderstand='1'>"
        + WsDiscovery.ACTION_PROBE
        + "</a:Action><a:MessageID>"
        + messageId
        + "</a:MessageID><a:ReplyTo><a:Address>"
        + WsDiscovery.TO_ANONYMOUS
        + "</a:Address></a:ReplyTo><a:To s:mustUnderstand='1'>"
        + WsDiscovery.TO_DISCOVERY
        + "</a:To></s:Header><s:Body><d:Probe>"
        + probeContent
        + "</d:Probe></s:Body></s:Envelope>";
  }

  static String types(String value) {
    return "<d:Types>" + value + "</d:Types>";
  }

  static String scopes(String... values) {
    return "<d:Scopes>" + String.join(" ", values) + "</d:Scopes>";
  }

  static String scopesMatchBy(String matchBy, String... values) {
    return "<d:Scopes MatchBy='" + matchBy + "'>" + String.join(" ", values) + "</d:Scopes>";
  }

  /**
   * The namespace-handling variants of ONVIF DISCOVERY-2-1-1..5, each a Probe for {@code
   * dn:NetworkVideoTransmitter} with scope {@code onvif://www.onvif.org/name} and MessageID {@code
   * id}.
   */
  static List<String> namespaceVariants(String id) {
    String header =
        "<Action xmlns='"
            + WSA
            + "'>"
            + WsDiscovery.ACTION_PROBE
            + "</Action><MessageID xmlns='"
            + WSA
            + "'>"
            + id
            + "</MessageID><To xmlns='"
            + WSA
            + "'>"
            + WsDiscovery.TO_DISCOVERY
            + "</To>";
    String scope = "onvif://www.onvif.org/name";
    // 2-1-1: a default namespace declared on every element.
    String eachTag =
        "<Envelope xmlns='"
            + SOAP
            + "'><Header xmlns='"
            + SOAP
            + "'>"
            + header
            + "</Header><Body xmlns='"
            + SOAP
            + "'><Probe xmlns='"
            + D
            + "'><Types xmlns='"
            + D
            + "' xmlns:n='"
            + DN
            + "'>n:NetworkVideoTransmitter</Types><Scopes xmlns='"
            + D
            + "'>"
            + scope
            + "</Scopes></Probe></Body></Envelope>";
    // 2-1-2: default namespaces declared on parent elements only.
    String parentTag =
        "<Envelope xmlns='"
            + SOAP
            + "'><Header>"
            + header
            + "</Header><Body><Probe xmlns='"
            + D
            + "' xmlns:n='"
            + DN
            + "'><Types>n:NetworkVideoTransmitter</Types><Scopes>"
            + scope
            + "</Scopes></Probe></Body></Envelope>";
    // 2-1-3: prefixes nobody uses by convention.
    String oddPrefixes =
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV='"
            + SOAP
            + "' xmlns:wsadis='"
            + WSA
            + "' xmlns:qq7='"
            + D
            + "' xmlns:video='"
            + DN
            + "'><SOAP-ENV:Header><wsadis:MessageID>"
            + id
            + "</wsadis:MessageID><wsadis:Action>"
            + WsDiscovery.ACTION_PROBE
            + "</wsadis:Action></SOAP-ENV:Header><SOAP-ENV:Body><qq7:Probe>"
            + "<qq7:Types>video:NetworkVideoTransmitter</qq7:Types><qq7:Scopes>"
            + scope
            + "</qq7:Scopes></qq7:Probe></SOAP-ENV:Body></SOAP-ENV:Envelope>";
    // 2-1-4: two prefixes for the same namespace, both used.
    String twoPrefixes =
        "<s:Envelope xmlns:s='"
            + SOAP
            + "' xmlns:s2='"
            + SOAP
            + "' xmlns:a='"
            + WSA
            + "' xmlns:d='"
            + D
            + "' xmlns:d2='"
            + D
            + "' xmlns:dn='"
            + DN
            + "' xmlns:dn2='"
            + DN
            + "'><s2:Header><a:MessageID>"
            + id
            + "</a:MessageID></s2:Header><s:Body><d:Probe><d2:Types>dn2:NetworkVideoTransmitter"
            + "</d2:Types><d:Scopes>"
            + scope
            + "</d:Scopes></d:Probe></s:Body></s:Envelope>";
    // 2-1-5: one prefix bound to different namespaces in different places.
    String reboundPrefix =
        "<x:Envelope xmlns:x='"
            + SOAP
            + "'><x:Header><x:MessageID xmlns:x='"
            + WSA
            + "'>"
            + id
            + "</x:MessageID></x:Header><x:Body><x:Probe xmlns:x='"
            + D
            + "'><x:Types xmlns:y='"
            + DN
            + "'>y:NetworkVideoTransmitter</x:Types><x:Scopes>"
            + scope
            + "</x:Scopes></x:Probe></x:Body></x:Envelope>";
    return List.of(eachTag, parentTag, oddPrefixes, twoPrefixes, reboundPrefix);
  }
}
