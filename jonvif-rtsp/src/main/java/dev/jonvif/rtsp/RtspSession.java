package dev.jonvif.rtsp;

import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * One RTSP session: a client's SETUP of one stream with one transport, playing or not. Mutable
 * state is guarded by the session's monitor.
 */
final class RtspSession {

  enum State {
    READY,
    PLAYING
  }

  final String id;
  final String camera;
  final String profile;
  final MediaTransport transport;

  /** The connection that carries the media (TCP interleaved), or {@code null} for UDP. */
  final Connection owner;

  /** Where the client's RTCP comes from (UDP), or {@code null}. */
  final InetSocketAddress rtcpPeer;

  private volatile Instant lastSeen;
  private State state = State.READY;
  private Viewer viewer;

  RtspSession(
      String id,
      String camera,
      String profile,
      MediaTransport transport,
      Connection owner,
      InetSocketAddress rtcpPeer,
      Instant now) {
    this.id = id;
    this.camera = camera;
    this.profile = profile;
    this.transport = transport;
    this.owner = owner;
    this.rtcpPeer = rtcpPeer;
    this.lastSeen = now;
  }

  void touch(Instant now) {
    lastSeen = now;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  synchronized State state() {
    return state;
  }

  synchronized Viewer viewer() {
    return viewer;
  }

  /** Marks the session playing through {@code v}. */
  synchronized void playing(Viewer v) {
    viewer = v;
    state = State.PLAYING;
  }

  /** Stops playing; returns the viewer that was playing, or {@code null}. */
  synchronized Viewer paused() {
    Viewer v = viewer;
    viewer = null;
    state = State.READY;
    return v;
  }
}
