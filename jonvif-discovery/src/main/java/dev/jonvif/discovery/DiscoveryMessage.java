package dev.jonvif.discovery;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;

/**
 * A WS-Discovery 2005/04 message: one of the six the protocol defines. Each maps to and from a SOAP
 * 1.2 envelope whose addressing headers use WS-Addressing 2004/08.
 *
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery, April 2005</a>
 */
public sealed interface DiscoveryMessage
    permits Hello, Bye, Probe, ProbeMatches, Resolve, ResolveMatches {

  /** The addressing and AppSequence headers. */
  DiscoveryHeader header();

  /** The {@code wsa:Action} URI of this kind of message. */
  String action();

  /** The body element ({@code d:Probe}, {@code d:Hello}, ...). */
  XmlElement toBodyElement();

  /** The message as a SOAP 1.2 envelope. */
  default SoapEnvelope toEnvelope() {
    return WireFormat.envelope(header(), action(), toBodyElement());
  }

  /** The message as the bytes of one UDP datagram. */
  default byte[] toBytes() {
    return toEnvelope().toBytes();
  }

  /**
   * Parses one datagram with the hardened reader and limits fit for UDP (64 KiB, depth 32).
   *
   * @throws MalformedMessageException for anything that is not a well-formed discovery message
   * @throws SoapFaultException when the datagram is a SOAP fault (e.g. MatchingRuleNotSupported)
   */
  static DiscoveryMessage parse(byte[] datagram) {
    return fromEnvelope(SoapEnvelope.parse(datagram, WireFormat.LIMITS));
  }

  /**
   * Reads a discovery message from an envelope, dispatching on the body element's namespace and
   * local name (never on the prefix or the Action header).
   *
   * @throws MalformedMessageException when the body is not a WS-Discovery 2005/04 message
   * @throws SoapFaultException when the body is a SOAP fault
   */
  static DiscoveryMessage fromEnvelope(SoapEnvelope envelope) {
    DiscoveryHeader h = WireFormat.readHeader(envelope);
    if (envelope.isFault()) {
      throw new SoapFaultException(
          envelope.fault(), -1, new ErrorContext(null, null, h.relatesTo()));
    }
    XmlElement body = envelope.bodyElement();
    if (body == null) {
      throw new MalformedMessageException("discovery message has an empty Body");
    }
    if (!body.namespace().equals(WsDiscovery.NAMESPACE)) {
      throw new MalformedMessageException(
          "not a WS-Discovery 2005/04 message: body is {"
              + body.namespace()
              + "}"
              + body.localName());
    }
    return switch (body.localName()) {
      case "Probe" -> Probe.read(h, body);
      case "ProbeMatches" -> ProbeMatches.read(h, body);
      case "Resolve" -> Resolve.read(h, body);
      case "ResolveMatches" -> ResolveMatches.read(h, body);
      case "Hello" -> Hello.read(h, body);
      case "Bye" -> Bye.read(h, body);
      default ->
          throw new MalformedMessageException("unknown WS-Discovery message d:" + body.localName());
    };
  }
}
