package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspParser;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bare RTSP client for tests: sends exactly what it is told, collects interleaved frames. */
final class RawClient implements AutoCloseable {

  final Socket socket;
  private final InputStream in;
  private final RtspParser parser = new RtspParser();
  final List<InterleavedFrame> frames = new ArrayList<>();
  private int cseq;

  RawClient(int port) throws IOException {
    this(port, 0);
  }

  /** A client whose socket receive buffer is {@code receiveBuffer} bytes (0: the default). */
  RawClient(int port, int receiveBuffer) throws IOException {
    socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
  }

  RtspResponse request(String method, String uri, String... headers) throws IOException {
    RtspHeaders.Builder h = RtspHeaders.of(headers).toBuilder();
    if (!h.build().contains("CSeq")) {
      h.add("CSeq", String.valueOf(++cseq));
    }
    send(RtspRequest.of(method, uri, h.build()).encode());
    while (true) {
      RtspItem item = next();
      if (item instanceof RtspResponse r) {
        return r;
      }
    }
  }

  void send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  /** The next item; interleaved frames are also kept in {@link #frames}. */
  RtspItem next() throws IOException {
    byte[] buf = new byte[8192];
    while (true) {
      Optional<RtspItem> item = parser.next();
      if (item.isPresent()) {
        if (item.get() instanceof InterleavedFrame f) {
          frames.add(f);
        }
        return item.get();
      }
      int n = in.read(buf);
      if (n < 0) {
        throw new IOException("closed");
      }
      parser.feed(buf, 0, n);
    }
  }

  /** Reads until {@code count} interleaved frames on {@code channel} have arrived. */
  void awaitFrames(int channel, int count) throws IOException {
    while (frames.stream().filter(f -> f.channel() == channel).count() < count) {
      next();
    }
  }

  static String session(RtspResponse r) {
    String s = r.headers().value("Session");
    return s == null ? null : s.split(";")[0];
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
