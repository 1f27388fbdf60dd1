package dev.jonvif.rtsp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A plain ServerSocket HTTP server that hands RTSP-over-HTTP connections to an {@link RtspTunnel},
 * the way a device's web server does: stands in for Jetty in tests.
 */
final class TunnelHttpAdapter implements AutoCloseable {

  private final ServerSocket server;
  private final RtspTunnel tunnel;

  TunnelHttpAdapter(RtspTunnel tunnel) throws IOException {
    this.tunnel = tunnel;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        Thread.ofVirtual().start(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      HttpTunnelEndpoint.serve(s, in, tunnel);
    } catch (IOException e) {
      // the client went away
    }
  }

  InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
