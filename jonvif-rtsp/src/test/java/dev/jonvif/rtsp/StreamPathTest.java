package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamPathTest {

  @Test
  void readsCameraProfileAndTrack() {
    StreamPath p = StreamPath.parse("rtsp://h:554/cam%201/prof/trackID=0").orElseThrow();
    assertThat(p.camera()).isEqualTo("cam 1");
    assertThat(p.profile()).isEqualTo("prof");
    assertThat(p.track()).isEqualTo("trackID=0");
    assertThat(p.base()).isEqualTo("rtsp://h:554/cam%201/prof");
  }

  @Test
  void skipsTheTunnelPrefixOfRtspOverHttpUris() {
    StreamPath p = StreamPath.parse("rtsp://h:80/rtsp-tunnel/cam1/p1/trackID=0").orElseThrow();
    assertThat(p.camera()).isEqualTo("cam1");
    assertThat(p.profile()).isEqualTo("p1");
    assertThat(p.track()).isEqualTo("trackID=0");
    assertThat(p.base()).isEqualTo("rtsp://h:80/rtsp-tunnel/cam1/p1");
    assertThat(p.trackUrl()).isEqualTo("rtsp://h:80/rtsp-tunnel/cam1/p1/trackID=0");
  }

  @Test
  void aCameraNamedLikeThePrefixStillWorksWithTwoSegments() {
    StreamPath p = StreamPath.parse("/rtsp-tunnel/p1").orElseThrow();
    assertThat(p.camera()).isEqualTo("rtsp-tunnel");
    assertThat(p.profile()).isEqualTo("p1");
  }

  @Test
  void refusesPathsThatNameNoStream() {
    assertThat(StreamPath.parse("rtsp://h:554/only")).isEmpty();
    assertThat(StreamPath.parse("/rtsp-tunnel/a/b/c/d")).isEmpty();
  }
}
