package dev.jonvif.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.function.Consumer;

/** Opens the UDP sockets discovery uses and runs their receive loops on virtual threads. */
final class UdpSockets {

  private static final System.Logger LOG = System.getLogger(UdpSockets.class.getName());

  /** Larger than any UDP payload, so nothing is ever truncated unnoticed. */
  private static final int MAX_DATAGRAM = 65_536;

  private UdpSockets() {}

  /**
   * A socket bound to {@code local:port} on {@code b}'s interface that sends multicast through that
   * interface only (IP_MULTICAST_IF), with {@code ttl} and loopback on. Bound to an interface
   * address, the kernel cannot route its packets through another interface.
   */
  static DatagramChannel unicast(Binding b, InetAddress local, int port, int ttl)
      throws IOException {
    DatagramChannel ch = DatagramChannel.open(b.family());
    try {
      ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      ch.bind(new InetSocketAddress(local, port));
      ch.setOption(StandardSocketOptions.IP_MULTICAST_IF, b.nif());
      ch.setOption(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
      ch.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
      return ch;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /**
   * A socket that receives the discovery group's datagrams on {@code b}'s interface. It is bound to
   * the group address where the OS allows (Linux, macOS), so it never sees unicast datagrams meant
   * for another interface; elsewhere to the wildcard address.
   */
  static DatagramChannel multicastReceiver(Binding b, int port) throws IOException {
    DatagramChannel ch = DatagramChannel.open(b.family());
    try {
      ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      try {
        ch.bind(b.groupAddress(port));
      } catch (IOException e) {
        ch.bind(new InetSocketAddress(port));
      }
      ch.join(b.group(), b.nif());
      return ch;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Sets the receive buffer (the kernel may cap it); failures only logged. */
  static void receiveBuffer(DatagramChannel ch, int bytes) {
    try {
      ch.setOption(StandardSocketOptions.SO_RCVBUF, bytes);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "cannot set SO_RCVBUF", e);
    }
  }

  /**
   * Receives on {@code ch} until it is closed, handing each datagram to {@code handler} on this
   * virtual thread. A handler failure is logged and never ends the loop.
   */
  static Thread receiveLoop(
      String name, DatagramChannel ch, boolean multicast, Consumer<Datagram> handler) {
    return Thread.ofVirtual()
        .name(name)
        .start(
            () -> {
              ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM);
              while (ch.isOpen()) {
                SocketAddress from;
                try {
                  buf.clear();
                  from = ch.receive(buf);
                } catch (ClosedChannelException e) {
                  return;
                } catch (IOException e) {
                  LOG.log(Level.DEBUG, name + ": receive failed", e);
                  continue;
                }
                if (!(from instanceof InetSocketAddress source)) {
                  continue;
                }
                byte[] data = new byte[buf.position()];
                buf.flip().get(data);
                try {
                  handler.accept(new Datagram(data, source, multicast));
                } catch (RuntimeException e) {
                  LOG.log(Level.DEBUG, name + ": datagram from " + source + " not handled", e);
                }
              }
            });
  }
}
