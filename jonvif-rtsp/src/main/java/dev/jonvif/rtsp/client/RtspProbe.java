package dev.jonvif.rtsp.client;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.rtsp.client.ProbeResult.Status;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.Sdp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that an RTSP stream really plays: OPTIONS and DESCRIBE (answering Digest or Basic
 * challenges), then SETUP and PLAY over each transport in turn (by default UDP, then TCP, then an
 * HTTP tunnel) until one delivers a decodable frame, then TEARDOWN. Tells "camera offline" ({@link
 * Status#UNREACHABLE}) apart from "ONVIF works but the stream does not" ({@link Status#NO_MEDIA},
 * {@link Status#UNAUTHORIZED}, ...). JDK only; blocking; every network wait is bounded by the
 * timeout.
 *
 * <pre>{@code
 * ProbeResult r = RtspProbe.check(URI.create("rtsp://cam:554/stream1"),
 *     new Credentials("admin", "secret"), RtspProbe.DEFAULT_ORDER);
 * if (r.ok()) System.out.println(r.codec() + " " + r.width() + "x" + r.height() + " over " + r.transport());
 * }</pre>
 */
public final class RtspProbe {

  /** Default bound on each connection, request and frame wait. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** Default transport order: UDP, then TCP, then HTTP. */
  public static final List<ProbeTransport> DEFAULT_ORDER =
      List.of(ProbeTransport.UDP, ProbeTransport.TCP, ProbeTransport.HTTP);

  private final Duration timeout;

  /** A probe whose every wait is bounded by {@code timeout}. */
  public RtspProbe(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
  }

  /**
   * Probes with the default timeout.
   *
   * @param uri an {@code rtsp://} URI, or an {@code http://} URI of a tunnelled stream (then only
   *     HTTP is tried); user info in the URI is used when {@code credentials} is {@code null}
   * @param credentials the user and password, or {@code null} for none
   * @param preference the transports to try, in order
   */
  public static ProbeResult check(
      URI uri, Credentials credentials, List<ProbeTransport> preference) {
    return new RtspProbe(DEFAULT_TIMEOUT).probe(uri, credentials, preference);
  }

  /** {@link #check(URI, Credentials, List)} with UDP, TCP, HTTP. */
  public static ProbeResult check(URI uri, Credentials credentials) {
    return check(uri, credentials, DEFAULT_ORDER);
  }

  /** Probes {@code uri}; see {@link #check(URI, Credentials, List)}. Never throws for I/O. */
  public ProbeResult probe(URI uri, Credentials credentials, List<ProbeTransport> preference) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!scheme.equals("rtsp") && !scheme.equals("http")) {
      throw new IllegalArgumentException("not an rtsp:// or http:// URI: " + uri.getScheme());
    }
    boolean httpOnly = scheme.equals("http");
    List<ProbeTransport> order = httpOnly ? List.of(ProbeTransport.HTTP) : List.copyOf(preference);
    if (order.isEmpty()) {
      throw new IllegalArgumentException("no transport to try");
    }
    Credentials creds = credentials != null ? credentials : fromUserInfo(uri);
    int port = uri.getPort() > 0 ? uri.getPort() : (httpOnly ? 80 : 554);
    Target target =
        new Target(
            new InetSocketAddress(uri.getHost(), port),
            uri.getHost() + ":" + port,
            "rtsp://" + uri.getRawAuthority().replaceFirst("^.*@", "") + rawPathAndQuery(uri),
            rawPathAndQuery(uri));
    URI shown = URI.create(target.requestUri.replaceFirst("^rtsp", scheme));
    return new ProbeSession(target, creds, timeout, shown).run(order);
  }

  /** Where the probe connects and the request URI it uses. */
  record Target(InetSocketAddress address, String hostHeader, String requestUri, String path) {}

  private static String rawPathAndQuery(URI uri) {
    String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
  }

  private static Credentials fromUserInfo(URI uri) {
    String info = uri.getRawUserInfo();
    if (info == null) {
      return null;
    }
    int colon = info.indexOf(':');
    String user = colon < 0 ? info : info.substring(0, colon);
    String pass = colon < 0 ? "" : info.substring(colon + 1);
    return new Credentials(
        URLDecoder.decode(user.replace("+", "%2B"), StandardCharsets.UTF_8),
        URLDecoder.decode(pass.replace("+", "%2B"), StandardCharsets.UTF_8));
  }

  /** The DESCRIBE outcome: the video section and its URLs, or a failed result. */
  record Described(
      Sdp.Media video, String codec, String trackUrl, String aggregateUrl, int width, int height) {}

  /** Reads the parts of a DESCRIBE response the probe needs; null when there is no video. */
  static Described described(RtspResponse r, String requestUri) {
    Sdp sdp = Sdp.parse(r.bodyText());
    Sdp.Media video =
        sdp.media().stream()
            .filter(m -> m.type().equalsIgnoreCase("video"))
            .findFirst()
            .orElse(null);
    if (video == null) {
      return null;
    }
    String base =
        r.headers()
            .get("Content-Base")
            .orElse(r.headers().get("Content-Location").orElse(requestUri));
    String track = resolve(base, video.attribute("control").orElse("*"));
    String aggregate = resolve(base, sdp.attribute("control").orElse("*"));
    int[] size = SdpSize.of(video);
    String codec = video.encodingName().orElse("unknown");
    return new Described(video, codec, track, aggregate, size[0], size[1]);
  }

  private static String resolve(String base, String control) {
    if (control.isEmpty() || control.equals("*")) {
      return base;
    }
    if (control.contains("://")) {
      return control;
    }
    return base.endsWith("/") ? base + control : base + "/" + control;
  }

  /** Runs one probe. */
  private static final class ProbeSession {
    private final Target target;
    private final Credentials creds;
    private final Duration timeout;
    private final URI shown;
    private final Map<ProbeTransport, String> errors = new EnumMap<>(ProbeTransport.class);

    ProbeSession(Target target, Credentials creds, Duration timeout, URI shown) {
      this.target = target;
      this.creds = creds;
      this.timeout = timeout;
      this.shown = shown;
    }

    ProbeResult run(List<ProbeTransport> order) {
      boolean tunnelFirst = order.get(0) == ProbeTransport.HTTP;
      Requester control;
      try {
        control = connect(tunnelFirst);
      } catch (IOException e) {
        for (ProbeTransport t : order) {
          errors.put(t, "cannot connect: " + message(e));
        }
        return fail(
            Status.UNREACHABLE,
            null,
            0,
            0,
            "cannot connect to " + target.hostHeader + ": " + message(e));
      }
      Described d;
      try {
        control.send("OPTIONS", target.requestUri, RtspHeaders.EMPTY);
        RtspResponse r =
            control.send(
                "DESCRIBE", target.requestUri, RtspHeaders.of("Accept", "application/sdp"));
        if (r.status() != 200) {
          control.channel().close();
          Status s =
              r.status() == 401
                  ? Status.UNAUTHORIZED
                  : r.status() == 404 ? Status.NOT_FOUND : Status.RTSP_ERROR;
          return fail(s, null, 0, 0, "DESCRIBE answered " + r.status() + " " + r.reason());
        }
        d = described(r, target.requestUri);
      } catch (IOException | RuntimeException e) {
        control.channel().close();
        return fail(Status.RTSP_ERROR, null, 0, 0, "OPTIONS/DESCRIBE failed: " + message(e));
      }
      if (d == null) {
        control.channel().close();
        return fail(Status.RTSP_ERROR, null, 0, 0, "the SDP has no video section");
      }
      if (!FrameCheck.supports(d.codec())) {
        control.channel().close();
        return fail(
            Status.RTSP_ERROR,
            d.codec(),
            d.width(),
            d.height(),
            "cannot check " + d.codec() + " frames");
      }
      try {
        for (ProbeTransport t : order) {
          try {
            if (control == null || control.channel().isTunnel() != (t == ProbeTransport.HTTP)) {
              if (control != null) {
                control.channel().close();
              }
              control = null;
              control = connect(t == ProbeTransport.HTTP);
            }
            MediaAttempt.Outcome o = new MediaAttempt(control, d, timeout).run(t);
            if (o.checked() != null) {
              return new ProbeResult(
                  Status.OK,
                  shown,
                  d.codec(),
                  o.checked().width(),
                  o.checked().height(),
                  t,
                  o.elapsed(),
                  o.frames(),
                  errors,
                  d.codec()
                      + " "
                      + o.checked().width()
                      + "x"
                      + o.checked().height()
                      + " over "
                      + t
                      + ", first frame after "
                      + o.elapsed().toMillis()
                      + " ms");
            }
            errors.put(t, o.error());
          } catch (IOException | RuntimeException e) {
            errors.put(t, message(e));
            if (control != null) {
              control.channel().close();
              control = null;
            }
          }
        }
      } finally {
        if (control != null) {
          control.channel().close();
        }
      }
      return fail(
          Status.NO_MEDIA,
          d.codec(),
          d.width(),
          d.height(),
          "no transport delivered a decodable frame: " + errors);
    }

    private Requester connect(boolean tunnel) throws IOException {
      ClientChannel ch =
          tunnel
              ? ClientChannel.tunnel(target.address, target.hostHeader, target.path, timeout)
              : ClientChannel.tcp(target.address, timeout);
      return new Requester(ch, creds, timeout);
    }

    private ProbeResult fail(Status s, String codec, int w, int h, String detail) {
      return new ProbeResult(s, shown, codec, w, h, null, null, 0, errors, detail);
    }
  }

  static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
