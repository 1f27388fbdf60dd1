package dev.jonvif.discovery;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.xml.namespace.QName;

/**
 * Listens for Hello and Bye on the discovery group, so callers see devices arrive and leave.
 * Created by {@link DiscoveryClient#listen}. Events go to a callback (on a discovery thread, one at
 * a time) or, without one, into a queue read with {@link #poll} / {@link #take}. Repeats of a
 * message (same MessageID) are reported once.
 */
public final class DiscoveryListener implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(DiscoveryListener.class.getName());
  private static final int QUEUE_CAPACITY = 10_000;

  private final List<QName> requiredTypes;
  private final Consumer<DiscoveryEvent> callback;
  private final BlockingQueue<DiscoveryEvent> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
  private final RecentIds recent = new RecentIds(1024);
  private final List<DatagramChannel> sockets = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  private DiscoveryListener(List<QName> requiredTypes, Consumer<DiscoveryEvent> callback) {
    this.requiredTypes = List.copyOf(requiredTypes);
    this.callback = callback;
  }

  static DiscoveryListener open(
      List<Binding> bindings, int port, List<QName> types, Consumer<DiscoveryEvent> callback) {
    DiscoveryListener l = new DiscoveryListener(types, callback);
    IOException first = null;
    for (Binding b : bindings) {
      try {
        DatagramChannel ch = UdpSockets.multicastReceiver(b, port);
        l.sockets.add(ch);
        l.labels.add(b.label());
      } catch (IOException e) {
        first = first == null ? e : first;
        LOG.log(Level.DEBUG, "cannot listen for Hello/Bye on " + b.label() + ": " + e);
      }
    }
    if (l.sockets.isEmpty()) {
      throw new TransportException(
          "cannot join the WS-Discovery group on any interface", ErrorContext.NONE, first);
    }
    for (int i = 0; i < l.sockets.size(); i++) {
      String label = l.labels.get(i);
      l.threads.add(
          UdpSockets.receiveLoop(
              "jonvif-wsd-listen-" + label, l.sockets.get(i), true, d -> l.accept(label, d)));
    }
    return l;
  }

  /** The interfaces listened on, e.g. {@code [lo/IPv4]}. */
  public List<String> interfaces() {
    return List.copyOf(labels);
  }

  /** The next event, or {@code null} after {@code timeout} (queue mode only). */
  public DiscoveryEvent poll(Duration timeout) throws InterruptedException {
    return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The next event, waiting as long as it takes (queue mode only). */
  public DiscoveryEvent take() throws InterruptedException {
    return queue.take();
  }

  private void accept(String label, Datagram d) {
    DiscoveryMessage m;
    try {
      m = DiscoveryMessage.parse(d.data());
    } catch (OnvifException e) {
      LOG.log(Level.DEBUG, () -> "ignored datagram from " + d.source() + ": " + e.getMessage());
      return;
    }
    String id = m.header().messageId();
    DiscoveryEvent event;
    if (m instanceof Hello h && h.metadata().types().containsAll(requiredTypes)) {
      AppSequence seq = h.header().appSequence();
      event =
          new DiscoveryEvent.Arrived(
              DiscoveredDevice.of(h.metadata(), label, d.source()),
              seq == null ? -1 : seq.instanceId());
    } else if (m instanceof Bye b) {
      event =
          new DiscoveryEvent.Left(
              b.endpointReference(), label, HostFormat.text(d.source().getAddress()));
    } else {
      return;
    }
    if (id != null && !recent.firstTime(d.source() + " " + id)) {
      return;
    }
    deliver(event);
  }

  private void deliver(DiscoveryEvent event) {
    if (callback == null) {
      if (!queue.offer(event)) {
        LOG.log(Level.WARNING, "discovery event queue full; dropped " + event);
      }
      return;
    }
    synchronized (this) {
      try {
        callback.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "discovery event callback failed", e);
      }
    }
  }

  /** Stops listening. Idempotent. */
  @Override
  public void close() {
    for (DatagramChannel ch : sockets) {
      try {
        ch.close();
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "closing a listener socket failed", e);
      }
    }
    for (Thread t : threads) {
      try {
        t.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
