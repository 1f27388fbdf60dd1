package dev.jonvif.rtsp;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every live RTSP session of the server, by id; ends sessions that time out. */
final class SessionRegistry {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, RtspSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration timeout;

  SessionRegistry(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeout = timeout;
  }

  Duration timeout() {
    return timeout;
  }

  /** A new unguessable session id: 16 hex digits. */
  static String newId() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return HexFormat.of().withUpperCase().formatHex(b);
  }

  void add(RtspSession s) {
    sessions.put(s.id, s);
  }

  /** The session with this id, touched (its timeout restarts). */
  Optional<RtspSession> touch(String id) {
    RtspSession s = sessions.get(id);
    if (s != null) {
      s.touch(clock.instant());
    }
    return Optional.ofNullable(s);
  }

  /** Touches the UDP session whose client sends RTCP from {@code from}. */
  void touchByRtcpPeer(InetSocketAddress from) {
    Instant now = clock.instant();
    for (RtspSession s : sessions.values()) {
      if (from.equals(s.rtcpPeer)) {
        s.touch(now);
      }
    }
  }

  /** Touches every session carried by {@code owner} (its client sent RTCP on the connection). */
  void touchOwnedBy(Connection owner) {
    Instant now = clock.instant();
    for (RtspSession s : sessions.values()) {
      if (s.owner == owner) {
        s.touch(now);
      }
    }
  }

  /** Ends a session: stops its tracks with an RTCP goodbye. Returns false when it was gone. */
  boolean end(String id) {
    RtspSession s = sessions.remove(id);
    if (s == null) {
      return false;
    }
    Viewer v = s.paused(true);
    if (v != null) {
      v.stop(true);
    }
    return true;
  }

  /** Ends the session a viewer plays for, closing its connection if it has one. */
  void endViewer(Viewer v) {
    if (v == null) {
      return;
    }
    for (RtspSession s : sessions.values()) {
      if (s.viewer() == v) {
        end(s.id);
        if (s.owner != null) {
          s.owner.close();
        }
      }
    }
  }

  /** Whether any session's media goes over {@code owner}. */
  boolean ownsAny(Connection owner) {
    for (RtspSession s : sessions.values()) {
      if (s.owner == owner) {
        return true;
      }
    }
    return false;
  }

  /** Ends every session carried by a connection that has closed. */
  void endOwnedBy(Connection owner) {
    for (RtspSession s : sessions.values()) {
      if (s.owner == owner) {
        end(s.id);
      }
    }
  }

  /** Ends sessions not heard from within the timeout; returns how many. */
  int expire() {
    Instant limit = clock.instant().minus(timeout);
    int n = 0;
    for (RtspSession s : List.copyOf(sessions.values())) {
      if (s.lastSeen().isBefore(limit) && end(s.id)) {
        n++;
      }
    }
    return n;
  }

  int size() {
    return sessions.size();
  }

  void endAll() {
    for (String id : List.copyOf(sessions.keySet())) {
      end(id);
    }
  }
}
