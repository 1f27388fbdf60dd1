package dev.jonvif.device;

/**
 * The scheme, host and port a client used to reach the camera (from the {@code Host} header, else
 * the local address the connection arrived on; never a wildcard address). Every URI the camera
 * hands out (XAddrs, stream and snapshot URIs) is built from it, so clients behind NAT or using a
 * host name get addresses they can reach.
 *
 * @param scheme {@code http} or {@code https}
 * @param host a host name or IP literal, without brackets
 * @param port the port the client connected to
 * @param localAddress the IP literal of the local address the connection arrived on (what the
 *     camera reports as its own address)
 */
public record ClientEndpoint(String scheme, String host, int port, String localAddress) {

  /** An endpoint whose local address is its host (tests, direct connections by IP). */
  public ClientEndpoint(String scheme, String host, int port) {
    this(scheme, host, port, host);
  }

  /** The host as it appears in a URI: IPv6 literals in brackets. */
  public String uriHost() {
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }

  /** {@code scheme://host:port}, with the port left out when it is the scheme's default. */
  public String baseUrl() {
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + uriHost() + (defaultPort ? "" : ":" + port);
  }

  /** The URL of a path on this endpoint, e.g. {@code url("/onvif/device_service")}. */
  public String url(String path) {
    return baseUrl() + path;
  }

  public boolean isSecure() {
    return "https".equals(scheme);
  }
}
