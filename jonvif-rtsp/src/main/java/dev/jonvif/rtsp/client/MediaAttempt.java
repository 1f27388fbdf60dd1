package dev.jonvif.rtsp.client;

import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.Rtcp;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.TransportHeader;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** One SETUP/PLAY/receive/TEARDOWN round over one transport. */
final class MediaAttempt {

  /** A decodable frame and when it came, or why none did. */
  record Outcome(FrameCheck.Checked checked, Duration elapsed, int frames, String error) {
    static Outcome failed(String error) {
      return new Outcome(null, null, 0, error);
    }
  }

  private final Requester rtsp;
  private final RtspProbe.Described d;
  private final Duration timeout;
  private final FrameCheck check;
  private int frames;
  private FrameCheck.Checked good;

  MediaAttempt(Requester rtsp, RtspProbe.Described d, Duration timeout) {
    this.rtsp = rtsp;
    this.d = d;
    this.timeout = timeout;
    this.check = new FrameCheck(d.codec(), d.video().payloadType(), d.width(), d.height());
  }

  Outcome run(ProbeTransport t) throws IOException {
    return t == ProbeTransport.UDP ? udp() : interleaved();
  }

  private Outcome interleaved() throws IOException {
    RtspResponse setup =
        rtsp.send(
            "SETUP",
            d.trackUrl(),
            RtspHeaders.of("Transport", TransportHeader.interleaved(0, 1).toString()));
    if (setup.status() != 200) {
      return Outcome.failed("SETUP answered " + setup.status() + " " + setup.reason());
    }
    takeSession(setup);
    int channel =
        transport(setup).map(TransportHeader::interleavedChannels).map(p -> p.first()).orElse(0);
    long start = System.nanoTime();
    RtspResponse play = rtsp.send("PLAY", d.aggregateUrl(), range(), f -> media(f, channel));
    if (play.status() != 200) {
      teardown();
      return Outcome.failed("PLAY answered " + play.status() + " " + play.reason());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (good == null) {
      Optional<RtspItem> item = rtsp.channel().read(deadline);
      if (item.isEmpty()) {
        break;
      }
      if (item.get() instanceof InterleavedFrame f) {
        media(f, channel);
      }
    }
    return finish(start, "interleaved");
  }

  private Outcome udp() throws IOException {
    DatagramSocket[] pair = bindPair();
    try (DatagramSocket rtp = pair[0];
        DatagramSocket rtcp = pair[1]) {
      RtspResponse setup =
          rtsp.send(
              "SETUP",
              d.trackUrl(),
              RtspHeaders.of(
                  "Transport",
                  TransportHeader.udp(rtp.getLocalPort(), rtcp.getLocalPort()).toString()));
      if (setup.status() != 200) {
        return Outcome.failed("SETUP answered " + setup.status() + " " + setup.reason());
      }
      takeSession(setup);
      long start = System.nanoTime();
      RtspResponse play = rtsp.send("PLAY", d.aggregateUrl(), range());
      if (play.status() != 200) {
        teardown();
        return Outcome.failed("PLAY answered " + play.status() + " " + play.reason());
      }
      sendReceiverReport(rtcp, setup);
      long deadline = System.nanoTime() + timeout.toNanos();
      byte[] buf = new byte[65536];
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      while (good == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        rtp.setSoTimeout((int) Math.max(1, left / 1_000_000));
        try {
          rtp.receive(p);
        } catch (SocketTimeoutException e) {
          break;
        }
        accept(Arrays.copyOf(buf, p.getLength()));
      }
      return finish(start, "UDP");
    }
  }

  private Outcome finish(long start, String what) throws IOException {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    teardown();
    if (good != null) {
      return new Outcome(good, elapsed, frames, null);
    }
    return Outcome.failed(
        frames == 0
            ? "no " + what + " media within " + timeout.toMillis() + " ms"
            : frames + " frames but none decodable within " + timeout.toMillis() + " ms");
  }

  private void media(InterleavedFrame f, int channel) {
    if (f.channel() == channel) {
      accept(f.payload());
    }
  }

  private void accept(byte[] packet) {
    if (good != null) {
      return;
    }
    check
        .accept(packet)
        .ifPresent(
            c -> {
              frames++;
              if (c.decodable()) {
                good = c;
              }
            });
  }

  private void teardown() {
    try {
      rtsp.fire("TEARDOWN", d.aggregateUrl());
    } catch (IOException e) {
      // the attempt is over either way
    }
    rtsp.session(null);
  }

  private void takeSession(RtspResponse setup) {
    String s = setup.headers().value("Session");
    if (s != null) {
      int semi = s.indexOf(';');
      rtsp.session((semi < 0 ? s : s.substring(0, semi)).strip());
    }
  }

  private static Optional<TransportHeader> transport(RtspResponse r) {
    String v = r.headers().value("Transport");
    return v == null ? Optional.empty() : TransportHeader.parseAll(v).stream().findFirst();
  }

  private static RtspHeaders range() {
    return RtspHeaders.of("Range", "npt=0.000-");
  }

  /** One receiver report to the server's RTCP port: opens NAT bindings, keeps the session. */
  private void sendReceiverReport(DatagramSocket rtcp, RtspResponse setup) {
    Optional<TransportHeader.Pair> server = transport(setup).map(TransportHeader::serverPorts);
    if (server.isEmpty()) {
      return;
    }
    byte[] rr = Rtcp.receiverReport(0x6a6f6e76L, "jonvif-probe");
    InetSocketAddress to =
        new InetSocketAddress(rtsp.channel().remoteAddress(), server.get().second());
    try {
      rtcp.send(new DatagramPacket(rr, rr.length, to));
    } catch (IOException e) {
      // a lost report changes nothing
    }
  }

  private DatagramSocket[] bindPair() throws SocketException {
    for (int attempt = 0; attempt < 50; attempt++) {
      DatagramSocket a =
          new DatagramSocket(new InetSocketAddress(rtsp.channel().localAddress(), 0));
      int p = a.getLocalPort();
      if (p % 2 != 0 || p == 65534) {
        a.close();
        continue;
      }
      try {
        DatagramSocket b =
            new DatagramSocket(new InetSocketAddress(rtsp.channel().localAddress(), p + 1));
        a.setReceiveBufferSize(1 << 20);
        return new DatagramSocket[] {a, b};
      } catch (SocketException e) {
        a.close();
      }
    }
    throw new SocketException("no free UDP port pair");
  }
}
