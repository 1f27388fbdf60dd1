package dev.jonvif.rtsp;

import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * One RTSP session: a client's SETUP of one stream's video track, its metadata track or both, each
 * with its own transport, playing or not. Mutable state is guarded by the session's monitor.
 */
final class RtspSession {

  enum State {
    READY,
    PLAYING
  }

  final String id;
  final String camera;
  final String profile;

  /** The connection that carries the media (TCP interleaved), or {@code null} for UDP. */
  final Connection owner;

  /** Where the client's RTCP comes from (UDP), or {@code null}. */
  final InetSocketAddress rtcpPeer;

  private volatile Instant lastSeen;
  private State state = State.READY;
  private MediaTransport video;
  private MetadataSender metadata;
  private Viewer viewer;

  RtspSession(
      String id,
      String camera,
      String profile,
      Connection owner,
      InetSocketAddress rtcpPeer,
      Instant now) {
    this.id = id;
    this.camera = camera;
    this.profile = profile;
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

  /** Sets up the video track; false when it already is, or the session plays. */
  synchronized boolean setVideo(MediaTransport transport) {
    if (video != null || state != State.READY) {
      return false;
    }
    video = transport;
    return true;
  }

  /** Sets up the metadata track; false when it already is, or the session plays. */
  synchronized boolean setMetadata(MetadataSender sender) {
    if (metadata != null || state != State.READY) {
      return false;
    }
    metadata = sender;
    return true;
  }

  /** The video track's transport, or {@code null} when only metadata was set up. */
  synchronized MediaTransport video() {
    return video;
  }

  /** The metadata track's sender, or {@code null} when it was not set up. */
  synchronized MetadataSender metadata() {
    return metadata;
  }

  synchronized State state() {
    return state;
  }

  synchronized Viewer viewer() {
    return viewer;
  }

  /**
   * Marks the session playing, its video through {@code v} ({@code null} for metadata only). The
   * caller starts the viewer and the metadata sender once the PLAY response is out.
   */
  synchronized void playing(Viewer v) {
    viewer = v;
    state = State.PLAYING;
  }

  /**
   * Stops playing: stops the metadata track (with an RTCP goodbye when {@code bye}) and returns the
   * video viewer that was playing, or {@code null}, for the caller to stop.
   */
  synchronized Viewer paused(boolean bye) {
    Viewer v = viewer;
    boolean wasPlaying = state == State.PLAYING;
    viewer = null;
    state = State.READY;
    if (metadata != null && wasPlaying) {
      metadata.stop(bye);
    }
    return v;
  }
}
