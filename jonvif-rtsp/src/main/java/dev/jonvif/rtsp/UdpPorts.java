package dev.jonvif.rtsp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's one RTP/RTCP port pair, shared by every UDP session: RTP from the even port, RTCP
 * from the next. Incoming RTCP (receiver reports) keeps the sender's session alive.
 */
final class UdpPorts implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(UdpPorts.class.getName());

  final DatagramSocket rtp;
  final DatagramSocket rtcp;

  private UdpPorts(DatagramSocket rtp, DatagramSocket rtcp) {
    this.rtp = rtp;
    this.rtcp = rtcp;
  }

  /**
   * Binds the pair on {@code address}: at {@code rtpPort} and {@code rtpPort + 1}, or, when {@code
   * rtpPort} is 0, at the first free even/odd pair found.
   */
  static UdpPorts bind(InetAddress address, int rtpPort) throws IOException {
    if (rtpPort != 0) {
      DatagramSocket a = new DatagramSocket(new InetSocketAddress(address, rtpPort));
      try {
        return new UdpPorts(a, new DatagramSocket(new InetSocketAddress(address, rtpPort + 1)));
      } catch (IOException e) {
        a.close();
        throw e;
      }
    }
    for (int attempt = 0; attempt < 100; attempt++) {
      DatagramSocket a = new DatagramSocket(new InetSocketAddress(address, 0));
      int p = a.getLocalPort();
      if (p % 2 != 0 || p == 65534) {
        a.close();
        continue;
      }
      try {
        return new UdpPorts(a, new DatagramSocket(new InetSocketAddress(address, p + 1)));
      } catch (SocketException e) {
        a.close();
      }
    }
    throw new IOException("no free UDP port pair on " + address);
  }

  int rtpPort() {
    return rtp.getLocalPort();
  }

  /** Starts the receive loops; {@code rtcpFrom} is told where each RTCP packet came from. */
  void start(Consumer<InetSocketAddress> rtcpFrom) {
    Thread.ofVirtual().name("rtsp-udp-rtcp").start(() -> receive(rtcp, rtcpFrom));
    Thread.ofVirtual().name("rtsp-udp-rtp").start(() -> receive(rtp, a -> {}));
  }

  private static void receive(DatagramSocket socket, Consumer<InetSocketAddress> from) {
    byte[] buf = new byte[2048];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    while (!socket.isClosed()) {
      try {
        socket.receive(p);
        from.accept((InetSocketAddress) p.getSocketAddress());
      } catch (IOException e) {
        if (!socket.isClosed()) {
          LOG.log(Level.FINE, "UDP receive failed", e);
        }
      }
    }
  }

  @Override
  public void close() {
    rtp.close();
    rtcp.close();
  }
}
