package dev.jonvif.discovery;

import dev.jonvif.core.OnvifException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One probe in progress: the sockets it listens on, the MessageIDs it sent, and the devices found
 * so far, merged by endpoint reference. Answers whose RelatesTo is not one of our MessageIDs are
 * ignored.
 */
final class ProbeRun implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ProbeRun.class.getName());

  private final int stopAfter;
  private final Consumer<DiscoveredDevice> onFound;
  private final Set<String> messageIds = ConcurrentHashMap.newKeySet();
  private final Map<String, DiscoveredDevice> devices = new LinkedHashMap<>();
  private final List<DatagramChannel> sockets = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final Object callbackLock = new Object();

  ProbeRun(int stopAfter, Consumer<DiscoveredDevice> onFound) {
    this.stopAfter = stopAfter;
    this.onFound = onFound;
  }

  /** Remembers a MessageID we send, so answers relating to it are accepted. */
  void expect(String messageId) {
    messageIds.add(messageId);
  }

  /** Listens on {@code ch} (labelled {@code label}) for answers until {@link #close()}. */
  void listen(DatagramChannel ch, String label) {
    synchronized (sockets) {
      sockets.add(ch);
    }
    threads.add(
        UdpSockets.receiveLoop("jonvif-wsd-probe-" + label, ch, false, d -> accept(label, d)));
  }

  private void accept(String label, Datagram d) {
    DiscoveryMessage m;
    try {
      m = DiscoveryMessage.parse(d.data());
    } catch (OnvifException e) {
      LOG.log(Level.DEBUG, () -> "ignored datagram from " + d.source() + ": " + e.getMessage());
      return;
    }
    if (!(m instanceof ProbeMatches pm)
        || !messageIds.contains(nullToEmpty(m.header().relatesTo()))) {
      return;
    }
    for (EndpointMetadata meta : pm.matches()) {
      if (meta.endpointReference().isEmpty()) {
        continue;
      }
      DiscoveredDevice found = DiscoveredDevice.of(meta, label, d.source());
      boolean isNew;
      synchronized (devices) {
        DiscoveredDevice known = devices.get(found.endpointReference());
        isNew = known == null;
        devices.put(found.endpointReference(), isNew ? found : known.merge(found));
        devices.notifyAll();
      }
      if (isNew && onFound != null) {
        synchronized (callbackLock) {
          try {
            onFound.accept(found);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "discovery callback failed", e);
          }
        }
      }
    }
  }

  /**
   * Waits until {@code deadlineNanos} (a {@link System#nanoTime()} value) or until {@code
   * stopAfter} devices were found. Returns whether enough devices were found.
   */
  boolean awaitUntil(long deadlineNanos) throws InterruptedException {
    synchronized (devices) {
      while (!enough()) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        long ms = Math.max(1, left / 1_000_000);
        devices.wait(ms);
      }
      return true;
    }
  }

  private boolean enough() {
    return stopAfter > 0 && devices.size() >= stopAfter;
  }

  List<DiscoveredDevice> devices() {
    synchronized (devices) {
      return List.copyOf(devices.values());
    }
  }

  @Override
  public void close() {
    synchronized (sockets) {
      for (DatagramChannel ch : sockets) {
        try {
          ch.close();
        } catch (IOException e) {
          LOG.log(Level.DEBUG, "closing a probe socket failed", e);
        }
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

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
