package dev.jonvif.device.media;

import java.util.Objects;

/**
 * The multicast settings of an encoder or metadata configuration (tt:MulticastConfiguration). The
 * virtual camera stores them and reports them back; it does not stream multicast (RTPMulticast is
 * advertised as false).
 *
 * @param address IPv4 or IPv6 group address ({@code 0.0.0.0} when unset, as cameras report it)
 * @param port UDP port, 0 when unset
 * @param ttl hop limit
 * @param autoStart whether streaming starts at boot
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, MulticastConfiguration</a>
 */
public record Multicast(String address, int port, int ttl, boolean autoStart) {

  public Multicast {
    Objects.requireNonNull(address, "address");
  }

  /** Whether the address is IPv6 (contains a colon). */
  public boolean ipv6() {
    return address.indexOf(':') >= 0;
  }

  /** A distinct default group for configuration number {@code n}. */
  public static Multicast defaultFor(int n) {
    return new Multicast("239.255.10." + (n % 250 + 1), 40000 + 2 * n, 5, false);
  }
}
