package dev.jonvif.rtsp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;

/** How one session's RTP and RTCP reach the client. */
sealed interface MediaTransport {

  void sendRtp(List<byte[]> packets) throws IOException;

  void sendRtcp(byte[] packet) throws IOException;

  /** Ends the transport after the session has gone (closes a connection if it owns one). */
  default void release() {}

  /** RTP/AVP over UDP from the server's port pair to the client's. */
  record Udp(
      DatagramSocket rtp, DatagramSocket rtcp, InetSocketAddress rtpTo, InetSocketAddress rtcpTo)
      implements MediaTransport {

    @Override
    public void sendRtp(List<byte[]> packets) throws IOException {
      for (byte[] p : packets) {
        rtp.send(new DatagramPacket(p, p.length, rtpTo));
      }
    }

    @Override
    public void sendRtcp(byte[] packet) throws IOException {
      rtcp.send(new DatagramPacket(packet, packet.length, rtcpTo));
    }
  }

  /** RTP/AVP/TCP interleaved on the RTSP connection. */
  record Interleaved(RtspOutput out, int rtpChannel, int rtcpChannel) implements MediaTransport {

    @Override
    public void sendRtp(List<byte[]> packets) throws IOException {
      out.writeInterleaved(rtpChannel, packets);
    }

    @Override
    public void sendRtcp(byte[] packet) throws IOException {
      out.writeInterleaved(rtcpChannel, List.of(packet));
    }
  }
}
