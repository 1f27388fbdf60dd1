package dev.jonvif.discovery;

import dev.jonvif.core.Namespaces;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.xml.namespace.QName;

/**
 * Constants of WS-Discovery 2005/04 as ONVIF uses it: namespace, actions, the multicast groups and
 * port, the application-level timing parameters, and the ONVIF device types.
 *
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery, April 2005</a>
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core, §7</a>
 */
public final class WsDiscovery {

  /** The WS-Discovery 2005/04 namespace ({@code d}). */
  public static final String NAMESPACE = Namespaces.WSD;

  /** WS-Discovery 2005/04 uses the WS-Addressing member submission (2004/08). */
  public static final String ADDRESSING = Namespaces.WSA_2004;

  public static final String ACTION_HELLO = NAMESPACE + "/Hello";
  public static final String ACTION_BYE = NAMESPACE + "/Bye";
  public static final String ACTION_PROBE = NAMESPACE + "/Probe";
  public static final String ACTION_PROBE_MATCHES = NAMESPACE + "/ProbeMatches";
  public static final String ACTION_RESOLVE = NAMESPACE + "/Resolve";
  public static final String ACTION_RESOLVE_MATCHES = NAMESPACE + "/ResolveMatches";
  public static final String ACTION_FAULT = NAMESPACE + "/fault";

  /** The {@code wsa:To} of every multicast message (Hello, Bye, Probe, Resolve). */
  public static final String TO_DISCOVERY = "urn:schemas-xmlsoap-org:ws:2005:04:discovery";

  /** The {@code wsa:To} of replies: the 2004/08 anonymous role. */
  public static final String TO_ANONYMOUS = Namespaces.WSA_2004 + "/role/anonymous";

  /** The UDP port of WS-Discovery. */
  public static final int PORT = 3702;

  /** The IPv4 multicast group, 239.255.255.250. */
  public static final InetAddress IPV4_GROUP =
      literal(new byte[] {(byte) 239, (byte) 255, (byte) 255, (byte) 250});

  /** The IPv6 link-local multicast group, FF02::C. */
  public static final InetAddress IPV6_GROUP =
      literal(new byte[] {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0c});

  /**
   * APP_MAX_DELAY: a target waits a random time up to this before answering a multicast Probe or
   * Resolve, so that a fleet of devices does not answer all at once.
   */
  public static final Duration APP_MAX_DELAY = Duration.ofMillis(500);

  /** SOAP-over-UDP UDP_MIN_DELAY: the shortest wait before a retransmission. */
  public static final Duration UDP_MIN_DELAY = Duration.ofMillis(50);

  /** SOAP-over-UDP UDP_MAX_DELAY: the longest wait before the first retransmission. */
  public static final Duration UDP_MAX_DELAY = Duration.ofMillis(250);

  /** ONVIF device type of Profile S devices: {@code dn:NetworkVideoTransmitter}. */
  public static final QName NETWORK_VIDEO_TRANSMITTER =
      new QName(Namespaces.DN, "NetworkVideoTransmitter", "dn");

  /** The device-management port type every ONVIF device lists: {@code tds:Device}. */
  public static final QName DEVICE = new QName(Namespaces.TDS, "Device", "tds");

  /** Fault subcode for a Probe whose MatchBy rule the target does not support. */
  public static final QName MATCHING_RULE_NOT_SUPPORTED =
      new QName(NAMESPACE, "MatchingRuleNotSupported", "d");

  private WsDiscovery() {}

  private static InetAddress literal(byte[] address) {
    try {
      return InetAddress.getByAddress(address);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
