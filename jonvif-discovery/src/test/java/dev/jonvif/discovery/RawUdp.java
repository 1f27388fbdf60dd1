package dev.jonvif.discovery;

import dev.jonvif.core.soap.SoapEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A test peer on the loopback interface only: sends raw datagrams from 127.0.0.1 (multicast through
 * {@code lo}, TTL 1) and receives what comes back. Bound to 127.0.0.1, the kernel refuses to route
 * anything it sends through a real interface.
 */
final class RawUdp implements AutoCloseable {

  /** Upper bound for waiting on a datagram that must come; not a timing assertion. */
  static final Duration PATIENCE = Duration.ofSeconds(5);

  private final MulticastSocket socket;

  private RawUdp(MulticastSocket socket) {
    this.socket = socket;
  }

  static NetworkInterface loopback() {
    try {
      return NetworkInterface.getByName(ResponderOptions.loopbackName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A socket on 127.0.0.1 with an ephemeral port. */
  static RawUdp client() {
    try {
      MulticastSocket s = new MulticastSocket(null);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      s.setNetworkInterface(loopback());
      s.setTimeToLive(1);
      return new RawUdp(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A socket that joined the IPv4 discovery group on loopback at {@code port}: sees Hello/Bye. */
  static RawUdp groupMember(int port) {
    try {
      MulticastSocket s = new MulticastSocket(null);
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(WsDiscovery.IPV4_GROUP, port));
      s.setNetworkInterface(loopback());
      s.setTimeToLive(1);
      s.joinGroup(new InetSocketAddress(WsDiscovery.IPV4_GROUP, port), loopback());
      return new RawUdp(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InetSocketAddress localAddress() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  void send(byte[] data, InetSocketAddress to) {
    try {
      socket.send(new DatagramPacket(data, data.length, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void send(String xml, InetSocketAddress to) {
    send(xml.getBytes(StandardCharsets.UTF_8), to);
  }

  void sendToGroup(byte[] data, int port) {
    send(data, new InetSocketAddress(WsDiscovery.IPV4_GROUP, port));
  }

  /** The next datagram, or {@code null} after {@code timeout}. */
  Received receive(Duration timeout) {
    byte[] buf = new byte[65_536];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    try {
      socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
      socket.receive(p);
    } catch (SocketTimeoutException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Received(
        Arrays.copyOf(p.getData(), p.getLength()), (InetSocketAddress) p.getSocketAddress());
  }

  /** The next datagram; fails the test when none comes within {@link #PATIENCE}. */
  Received receive() {
    Received r = receive(PATIENCE);
    if (r == null) {
      throw new AssertionError("no datagram within " + PATIENCE);
    }
    return r;
  }

  @Override
  public void close() {
    socket.close();
  }

  record Received(byte[] data, InetSocketAddress from) {
    SoapEnvelope envelope() {
      return SoapEnvelope.parse(data);
    }

    DiscoveryMessage message() {
      return DiscoveryMessage.parse(data);
    }

    String text() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }
}
