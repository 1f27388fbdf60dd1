package dev.jonvif.hub;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Blocker;

/**
 * {@code GET /api/events/stream}: server-sent events. The handler's virtual thread stays with the
 * client, writing each update as it comes and a comment every 15 s so proxies keep the connection.
 */
final class EventStream {

  static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final Broadcaster broadcaster;
  private volatile boolean running = true;

  EventStream(Broadcaster broadcaster) {
    this.broadcaster = broadcaster;
  }

  void serve(Exchange x, java.util.function.Consumer<Broadcaster.Subscription> onOpen) {
    x.response().setStatus(200);
    x.response().getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    x.response().getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    x.response().getHeaders().put("X-Accel-Buffering", "no");
    try (Broadcaster.Subscription sub = broadcaster.subscribe()) {
      onOpen.accept(sub); // the current state, to this subscriber only
      write(x, ": connected\n\n");
      while (running) {
        Broadcaster.Update u = sub.queue().poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
        if (u == null) {
          write(x, ": keep-alive\n\n");
        } else if (u.event() == null) {
          break; // the hub is stopping
        } else {
          write(x, "event: " + u.event() + "\ndata: " + Json.text(u.data()) + "\n\n");
        }
      }
      x.response().write(true, null, x.callback());
    } catch (InterruptedException e) {
      x.callback().failed(e);
    } catch (Exception e) {
      x.callback().failed(e); // the client went away
    }
  }

  private static void write(Exchange x, String text) throws Exception {
    try (Blocker.Callback cb = Blocker.callback()) {
      x.response().write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), cb);
      cb.block();
    }
  }

  void stop() {
    running = false;
    broadcaster.publish(null, null);
  }
}
