package dev.jonvif.client;

/**
 * Whether an {@link OnvifCamera} rewrites the addresses a camera returns (service XAddrs, stream,
 * snapshot and subscription URIs) to the host the user connected to. Behind NAT or port forwarding
 * a camera hands out its LAN address ({@code http://192.168.1.64/onvif/media}), which the client
 * cannot reach.
 *
 * <p>The host is replaced; the port too when the URI points at the camera's own web port (as the
 * camera advertises its device service), since that is the port the user reached it on. Other ports
 * (RTSP 554) are kept.
 */
public enum AddressRewritePolicy {
  /**
   * Rewrite a URI when its host is the one the camera advertises for itself and that differs from
   * the host the user connected to (NAT detected), or when it is unusable anywhere ({@code
   * 0.0.0.0}, loopback, {@code localhost}). URIs pointing at other hosts are left alone.
   */
  AUTO,
  /** Rewrite the host of every returned URI. */
  ALWAYS,
  /** Never rewrite. */
  NEVER
}
