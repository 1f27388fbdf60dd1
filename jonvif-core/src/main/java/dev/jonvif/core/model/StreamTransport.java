package dev.jonvif.core.model;

/**
 * How a client wants to receive a stream, with the GetStreamUri parameters each Media version uses
 * for it.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, TransportProtocol</a>
 * @see <a href="https://www.onvif.org/ver20/media/wsdl/media.wsdl">Media2 media.wsdl,
 *     TransportProtocol</a>
 */
public enum StreamTransport {
  /** RTP over UDP, RTSP on TCP. */
  UDP("RTP-Unicast", "UDP", "RtspUnicast"),
  /** RTP interleaved in the RTSP TCP connection. */
  TCP("RTP-Unicast", "RTSP", "RTSP"),
  /** RTSP tunnelled over HTTP. */
  HTTP("RTP-Unicast", "HTTP", "RtspOverHttp"),
  /** RTP multicast. */
  MULTICAST("RTP-Multicast", "UDP", "RtspMulticast");

  private final String media1Stream;
  private final String media1Protocol;
  private final String media2Protocol;

  StreamTransport(String media1Stream, String media1Protocol, String media2Protocol) {
    this.media1Stream = media1Stream;
    this.media1Protocol = media1Protocol;
    this.media2Protocol = media2Protocol;
  }

  /** Media1 {@code StreamSetup/Stream}. */
  public String media1Stream() {
    return media1Stream;
  }

  /** Media1 {@code StreamSetup/Transport/Protocol}. */
  public String media1Protocol() {
    return media1Protocol;
  }

  /** Media2 {@code Protocol}. */
  public String media2Protocol() {
    return media2Protocol;
  }

  /** The transport named {@code udp}, {@code tcp}, {@code http} or {@code multicast}. */
  public static StreamTransport fromName(String name) {
    return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
