package dev.jonvif.rtsp;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspParser;
import dev.jonvif.rtsp.wire.RtspRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One RTSP control channel: a TCP connection, or the GET/POST pair of an HTTP tunnel. Requests come
 * in through {@link #serve(InputStream, RequestHandler)}; responses and interleaved media go out
 * through {@link #out}.
 */
final class Connection {

  private static final Logger LOG = Logger.getLogger(Connection.class.getName());

  final RtspOutput out;

  /** The client's address (UDP media goes there). */
  final InetAddress remote;

  /** The server's address on this connection (written into SDP). */
  final InetAddress local;

  /** Whether this is an HTTP tunnel (which carries only interleaved media). */
  final boolean tunnelled;

  Connection(RtspOutput out, InetAddress remote, InetAddress local, boolean tunnelled) {
    this.out = out;
    this.remote = remote;
    this.local = local;
    this.tunnelled = tunnelled;
  }

  /**
   * Reads requests from {@code in} until it ends, answering each; an unreadable message gets 400
   * and ends the connection. Interleaved frames from the client (RTCP receiver reports) count as
   * session activity. Only the parser's own limits bound what a message may hold.
   */
  void serve(InputStream in, RequestHandler handler) throws IOException {
    serve(in, handler, Integer.MAX_VALUE);
  }

  /**
   * {@link #serve(InputStream, RequestHandler)}, closing the connection once more than {@code
   * maxPending} received bytes wait for the rest of their message.
   *
   * @return {@code false} when it closed the connection for that reason
   */
  boolean serve(InputStream in, RequestHandler handler, int maxPending) throws IOException {
    RtspParser parser = new RtspParser();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      parser.feed(buf, 0, n);
      while (true) {
        Optional<RtspItem> item;
        try {
          item = parser.next();
        } catch (MalformedMessageException e) {
          LOG.log(Level.FINE, "unreadable RTSP from " + remote + ": " + e.getMessage());
          out.write(handler.badRequest().encode());
          return true;
        }
        if (item.isEmpty()) {
          break;
        }
        switch (item.get()) {
          case RtspRequest r -> {
            Reply reply = handler.handle(r, this);
            out.write(reply.response().encode());
            reply.afterWrite().run();
          }
          case InterleavedFrame f -> handler.interleaved(f, this);
          default -> {} // responses from a client are ignored
        }
      }
      if (parser.buffered() > maxPending) {
        LOG.log(
            Level.FINE,
            "closing the connection of "
                + remote
                + ": "
                + parser.buffered()
                + " bytes pending, more than "
                + maxPending);
        close();
        return false;
      }
    }
    return true;
  }

  void close() {
    out.close();
  }
}
