package dev.jonvif.rtsp.client;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestChallenge;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends RTSP requests on a {@link ClientChannel} and waits for their responses: numbers them
 * (CSeq), adds the session, and answers a 401 once with HTTP Digest (preferred) or Basic, then
 * authorises every later request the same way.
 */
final class Requester {

  private final ClientChannel channel;
  private final Credentials credentials;
  private final Duration timeout;
  private int cseq;
  private DigestClientSession digest;
  private String basic;
  private String session;

  Requester(ClientChannel channel, Credentials credentials, Duration timeout) {
    this.channel = channel;
    this.credentials = credentials;
    this.timeout = timeout;
  }

  ClientChannel channel() {
    return channel;
  }

  void session(String id) {
    this.session = id;
  }

  String session() {
    return session;
  }

  /**
   * Sends a request and returns its response, retrying once with credentials after a 401.
   * Interleaved frames that arrive meanwhile go to {@code media}.
   *
   * @throws SocketTimeoutException when no response arrives within the timeout
   */
  RtspResponse send(String method, String uri, RtspHeaders extra, Consumer<InterleavedFrame> media)
      throws IOException {
    RtspResponse r = once(method, uri, extra, media);
    if (r.status() == 401 && credentials != null && authorise(r)) {
      r = once(method, uri, extra, media);
    }
    return r;
  }

  RtspResponse send(String method, String uri, RtspHeaders extra) throws IOException {
    return send(method, uri, extra, f -> {});
  }

  /** Sends a request without waiting for its response (TEARDOWN at the end). */
  void fire(String method, String uri) throws IOException {
    channel.send(request(method, uri, RtspHeaders.EMPTY).encode());
  }

  private RtspResponse once(
      String method, String uri, RtspHeaders extra, Consumer<InterleavedFrame> media)
      throws IOException {
    RtspRequest req = request(method, uri, extra);
    int sent = cseq;
    channel.send(req.encode());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<RtspItem> item = channel.read(deadline);
      if (item.isEmpty()) {
        throw new SocketTimeoutException("no response to " + method + " within " + timeout);
      }
      switch (item.get()) {
        case RtspResponse r -> {
          if (r.cseq().orElse(sent) == sent) {
            return r;
          }
        }
        case InterleavedFrame f -> media.accept(f);
        default -> {}
      }
    }
  }

  private RtspRequest request(String method, String uri, RtspHeaders extra) {
    RtspHeaders.Builder h = extra.toBuilder();
    h.set("CSeq", String.valueOf(++cseq));
    h.set("User-Agent", "jonvif-probe");
    if (session != null) {
      h.set("Session", session);
    }
    if (digest != null) {
      h.set("Authorization", digest.authorization(method, uri));
    } else if (basic != null) {
      h.set("Authorization", basic);
    }
    return RtspRequest.of(method, uri, h.build());
  }

  /** Prepares credentials for the challenge in a 401; false when it offers nothing usable. */
  private boolean authorise(RtspResponse r) {
    List<String> challenges = r.headers().all("WWW-Authenticate");
    Optional<DigestChallenge> usable =
        DigestChallenge.preferred(DigestChallenge.parseAll(challenges));
    if (usable.isPresent()) {
      digest = new DigestClientSession(credentials, usable.get());
      basic = null;
      return true;
    }
    boolean offersBasic =
        challenges.stream().anyMatch(c -> c.strip().toLowerCase(Locale.ROOT).startsWith("basic"));
    if (offersBasic) {
      String token = credentials.username() + ":" + credentials.password();
      basic = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
      return true;
    }
    return false;
  }
}
