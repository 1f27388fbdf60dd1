package dev.jonvif.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * The responder's sockets on one interface and family: a unicast socket bound to the interface
 * address (directed probes come in, every reply and announcement goes out) and a socket joined to
 * the discovery group on that interface.
 */
final class ResponderEndpoint implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ResponderEndpoint.class.getName());

  private final Binding binding;
  private final DatagramChannel unicast;
  private final DatagramChannel multicast;
  private final int port;
  private final AtomicBoolean sendFailureLogged = new AtomicBoolean();

  private ResponderEndpoint(
      Binding binding, DatagramChannel unicast, DatagramChannel multicast, int port) {
    this.binding = binding;
    this.unicast = unicast;
    this.multicast = multicast;
    this.port = port;
  }

  /** Opens both sockets; {@code port} 0 picks a free port for the unicast socket and uses it. */
  static ResponderEndpoint open(Binding b, int port, int ttl) throws IOException {
    DatagramChannel uni = UdpSockets.unicast(b, b.primary(), port, ttl);
    int actual = ((InetSocketAddress) uni.getLocalAddress()).getPort();
    DatagramChannel multi = null;
    try {
      multi = UdpSockets.multicastReceiver(b, actual);
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "WS-Discovery on "
              + b.label()
              + ": cannot join the multicast group ("
              + e
              + "); answering directed probes only");
    }
    return new ResponderEndpoint(b, uni, multi, actual);
  }

  Binding binding() {
    return binding;
  }

  int port() {
    return port;
  }

  /** The interface addresses replies are built for (XAddrs). */
  List<InetAddress> addresses() {
    return binding.addresses();
  }

  InetSocketAddress unicastAddress() {
    return new InetSocketAddress(binding.primary(), port);
  }

  InetSocketAddress groupAddress() {
    return binding.groupAddress(port);
  }

  /** Starts the receive loops; returns their threads. */
  List<Thread> start(BiConsumer<ResponderEndpoint, Datagram> handler) {
    List<Thread> threads = new ArrayList<>(2);
    String name = "jonvif-wsd-" + binding.label();
    threads.add(UdpSockets.receiveLoop(name, unicast, false, d -> handler.accept(this, d)));
    if (multicast != null) {
      threads.add(
          UdpSockets.receiveLoop(name + "-mcast", multicast, true, d -> handler.accept(this, d)));
    }
    return threads;
  }

  /** Sends from the unicast socket; a failure is logged (once as a warning), never thrown. */
  void send(byte[] data, InetSocketAddress to) {
    try {
      unicast.send(ByteBuffer.wrap(data), to);
    } catch (IOException e) {
      // Linux loopback carries no IPv6 multicast ("Network is unreachable"): expected, not news.
      boolean expected = binding.isIpv6() && isLoopback();
      Level level =
          !expected && sendFailureLogged.compareAndSet(false, true) ? Level.WARNING : Level.DEBUG;
      LOG.log(level, "WS-Discovery on " + binding.label() + ": cannot send to " + to + ": " + e);
    }
  }

  private boolean isLoopback() {
    try {
      return binding.nif().isLoopback();
    } catch (java.net.SocketException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closeQuietly(unicast);
    if (multicast != null) {
      closeQuietly(multicast);
    }
  }

  private static void closeQuietly(DatagramChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing a discovery socket failed", e);
    }
  }
}
