package dev.jonvif.rtsp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A catalog tests can change while the server runs. */
final class TestCatalog implements StreamCatalog {

  private final Map<String, StreamSpec> specs = new ConcurrentHashMap<>();

  TestCatalog put(String camera, String profile, StreamSpec spec) {
    specs.put(camera + "/" + profile, spec);
    return this;
  }

  TestCatalog remove(String camera, String profile) {
    specs.remove(camera + "/" + profile);
    return this;
  }

  /** A server on a free port for this catalog, with one user: viewer / s3cret. */
  RtspServer serveToViewer() throws java.io.IOException {
    return RtspServer.builder(this)
        .port(0)
        .auth(StreamAuth.users(Map.of("viewer", "s3cret")))
        .build()
        .start();
  }

  static StreamSpec jpeg(String label, int w, int h) {
    return StreamSpec.builder(VideoEncoding.JPEG, w, h, new TestPatternRenderer(label))
        .frameRate(15)
        .build();
  }

  static StreamSpec h264(String label, int w, int h) {
    return StreamSpec.builder(VideoEncoding.H264, w, h, new TestPatternRenderer(label))
        .frameRate(15)
        .gopLength(15)
        .build();
  }

  @Override
  public Optional<StreamSpec> lookup(String camera, String profile) {
    return Optional.ofNullable(specs.get(camera + "/" + profile));
  }
}
