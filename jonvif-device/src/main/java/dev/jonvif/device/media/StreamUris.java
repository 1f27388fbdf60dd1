package dev.jonvif.device.media;

import dev.jonvif.device.ClientEndpoint;
import dev.jonvif.device.VirtualCamera;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Builds the URIs a camera hands out, stable for a profile token:
 *
 * <ul>
 *   <li>RTSP: {@code rtsp://<host>:<rtspPort>/<camera>/<profile>}
 *   <li>RTSP over HTTP: {@code <scheme>://<host>[:<port>]/rtsp-tunnel/<camera>/<profile>}, on the
 *       web-service port as ONVIF requires
 *   <li>Snapshot: {@code <scheme>://<host>[:<port>]/onvif/snapshot/<profile>}
 * </ul>
 *
 * <p>The scheme, host and port are those the client used ({@link ClientEndpoint}); the web-service
 * port is left out when it is the scheme's default. Path segments are percent-encoded. A URI that
 * would exceed 128 octets (the limit ONVIF asks devices to keep) uses {@code ~} plus 16 hex digits
 * of the token's SHA-256 instead of the token; {@link #profileToken(MediaModel, String)} maps
 * either form back.
 */
public final class StreamUris {

  /** Path prefix of RTSP-over-HTTP tunnels on the web-service port. */
  public static final String TUNNEL_PATH = "/rtsp-tunnel/";

  /** Path prefix of snapshots on the web-service port. */
  public static final String SNAPSHOT_PATH = "/onvif/snapshot/";

  /** The longest URI ONVIF lets a device hand out. */
  public static final int MAX_URI_OCTETS = 128;

  private final String camera;
  private final int rtspPort;

  /**
   * @param camera the camera's name, the first path segment of its RTSP URIs
   * @param rtspPort the port of the camera's RTSP server
   */
  public StreamUris(String camera, int rtspPort) {
    this.camera = Objects.requireNonNull(camera, "camera");
    if (rtspPort <= 0 || rtspPort > 65535) {
      throw new IllegalArgumentException("rtspPort " + rtspPort);
    }
    this.rtspPort = rtspPort;
  }

  public int rtspPort() {
    return rtspPort;
  }

  /** The URIs of {@code camera}: its name and its RTSP port (554 when it has none yet). */
  public static StreamUris of(VirtualCamera camera) {
    int rtsp = camera.ports().rtsp();
    return new StreamUris(camera.name(), rtsp > 0 ? rtsp : 554);
  }

  /** The RTSP URI (RTP over UDP or over the RTSP connection). */
  public String rtsp(ClientEndpoint client, String profileToken) {
    String prefix =
        "rtsp://" + hostPart(client.host()) + ":" + rtspPort + "/" + segment(camera) + "/";
    return withProfile(prefix, profileToken);
  }

  /** The RTSP-over-HTTP URI on the web-service port. */
  public String rtspOverHttp(ClientEndpoint client, String profileToken) {
    String prefix = base(client) + TUNNEL_PATH + segment(camera) + "/";
    return withProfile(prefix, profileToken);
  }

  /** The snapshot URI on the web-service port. */
  public String snapshot(ClientEndpoint client, String profileToken) {
    return withProfile(base(client) + SNAPSHOT_PATH, profileToken);
  }

  /**
   * The token of the profile a URI path segment names (raw token, percent-encoded token, or the
   * hashed form), or {@code null}.
   */
  public static String profileToken(MediaModel model, String pathSegment) {
    if (model.profile(pathSegment) != null) {
      return pathSegment;
    }
    String decoded = decode(pathSegment);
    if (decoded != null && model.profile(decoded) != null) {
      return decoded;
    }
    if (pathSegment.startsWith("~")) {
      for (MediaProfile p : model.profiles()) {
        if (hashed(p.token()).equals(pathSegment)) {
          return p.token();
        }
      }
    }
    return null;
  }

  private static String withProfile(String prefix, String profileToken) {
    String full = prefix + segment(profileToken);
    if (full.getBytes(StandardCharsets.UTF_8).length <= MAX_URI_OCTETS) {
      return full;
    }
    return prefix + hashed(profileToken);
  }

  private static String base(ClientEndpoint client) {
    hostPart(client.host());
    return client.baseUrl();
  }

  /** The host as it goes into a URI: IPv6 literals in brackets; wildcards refused. */
  static String hostPart(String host) {
    String h = Objects.requireNonNull(host, "host");
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.isEmpty() || h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0")) {
      throw new IllegalArgumentException("not an address a client can reach: " + host);
    }
    return h.indexOf(':') >= 0 ? "[" + h + "]" : h;
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters. */
  static String segment(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return sb.toString();
  }

  private static String decode(String segment) {
    try {
      return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String hashed(String token) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return "~" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
