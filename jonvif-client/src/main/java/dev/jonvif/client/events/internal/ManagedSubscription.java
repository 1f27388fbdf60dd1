package dev.jonvif.client.events.internal;

import dev.jonvif.client.events.EventMode;
import dev.jonvif.client.events.EventOptions;
import dev.jonvif.client.events.EventSubscription;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.client.events.SubscriptionState;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The life of a subscription on one virtual thread: establish it, serve it until it is lost, then
 * back off (with jitter) and establish it again, until {@link #close()}, which unsubscribes. The
 * subclass knows the mode: how to create, serve and end one subscription on the camera.
 *
 * @param <S> what one established subscription is (its reference and clock)
 */
public abstract class ManagedSubscription<S> implements EventSubscription {

  static final System.Logger LOG = System.getLogger("dev.jonvif.client.events");

  /** How long {@link #close()} waits for the unsubscribe. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);

  protected final EventOptions options;
  private final Consumer<OnvifEvent> listener;
  private final String name;
  private final Backoff backoff;
  private final StateMemory memory = new StateMemory();
  private final AtomicInteger creations = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private volatile SubscriptionState state = SubscriptionState.CONNECTING;
  private volatile RuntimeException lastFailure;
  private volatile boolean closed;
  private boolean finishing;
  private Thread thread;
  private volatile S current;

  protected ManagedSubscription(
      EventOptions options, Consumer<OnvifEvent> listener, String name, RandomGenerator random) {
    this.options = options;
    this.listener = listener;
    this.name = name;
    this.backoff = new Backoff(options.minBackoff(), options.maxBackoff(), random);
  }

  /** Starts the subscription's virtual thread. */
  public final void start() {
    lock.lock();
    try {
      thread = Thread.ofVirtual().name("jonvif-events " + name).start(this::run);
    } finally {
      lock.unlock();
    }
  }

  /** Creates the subscription on the camera. */
  protected abstract S establish();

  /**
   * Serves an established subscription until {@link #isClosed()} (then returns) or until it is lost
   * (then throws).
   */
  protected abstract void serve(S subscription);

  /** Ends the subscription on the camera; best effort, may throw. */
  protected abstract void end(S subscription);

  /** Whether {@code failure} means the camera no longer has the subscription. */
  protected boolean gone(RuntimeException failure) {
    if (failure instanceof TransportException t) {
      return t.httpStatus() == 404;
    }
    return failure instanceof SoapFaultException f
        && (f.httpStatus() == 404
            || f.hasSubcode("ResourceUnknownFault")
            || f.hasSubcode("ResourceUnknown"));
  }

  private void run() {
    while (!closed) {
      S s = null;
      try {
        if (creations.get() > 0) {
          // Before establishing: a pushed Initialized burst can arrive before Subscribe returns.
          memory.suppressRepeats(options.suppressRepeatedState());
        }
        s = establish();
        current = s;
        creations.incrementAndGet();
        setState(SubscriptionState.ACTIVE);
        serve(s);
      } catch (RuntimeException e) {
        if (closed) {
          break;
        }
        lastFailure = e;
        LOG.log(System.Logger.Level.DEBUG, () -> name + ": subscription lost: " + e.getMessage());
        current = null;
        setState(SubscriptionState.RECOVERING);
        if (s != null && !gone(e)) {
          endQuietly(s);
        }
        pause(backoff.next());
      }
    }
    lock.lock();
    try {
      finishing = true;
      Thread.interrupted();
    } finally {
      lock.unlock();
    }
    S s = current;
    current = null;
    if (s != null) {
      endQuietly(s);
    }
    setState(SubscriptionState.CLOSED);
    try {
      ended();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> name + ": clean-up failed: " + e.getMessage());
    }
  }

  /** Runs once when the subscription has ended for good (after the last {@link #end}). */
  protected void ended() {}

  private void endQuietly(S s) {
    try {
      end(s);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> name + ": unsubscribe failed: " + e.getMessage());
    }
  }

  /** Sleeps {@code d} unless closed meanwhile. */
  protected final void pause(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Tells the back-off that the subscription works. */
  protected final void healthy() {
    backoff.reset();
  }

  /** The delay before retrying after a transient failure. */
  protected final Duration nextDelay() {
    return backoff.next();
  }

  /** Delivers events in order, dropping repeated states after a re-creation. */
  protected final void deliver(List<OnvifEvent> events) {
    for (OnvifEvent e : events) {
      if (closed) {
        return;
      }
      if (memory.accept(e)) {
        try {
          listener.accept(e);
        } catch (RuntimeException ex) {
          LOG.log(System.Logger.Level.WARNING, name + ": event listener failed", ex);
        }
      }
    }
  }

  /** The established subscription, or {@code null}. */
  protected final S current() {
    return current;
  }

  protected final boolean isClosed() {
    return closed;
  }

  private void setState(SubscriptionState s) {
    lock.lock();
    try {
      if (state == s || state == SubscriptionState.CLOSED) {
        return;
      }
      state = s;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      options.onStateChange().accept(s);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, name + ": state listener failed", e);
    }
  }

  @Override
  public SubscriptionState state() {
    return state;
  }

  @Override
  public boolean awaitActive(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (state != SubscriptionState.ACTIVE && state != SubscriptionState.CLOSED) {
        if (nanos <= 0) {
          return false;
        }
        nanos = changed.awaitNanos(nanos);
      }
      return state == SubscriptionState.ACTIVE;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int creations() {
    return creations.get();
  }

  @Override
  public Optional<RuntimeException> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /** Drops suppression so that the caller's synchronization point delivers every state. */
  protected final void synchronizing() {
    memory.suppressRepeats(false);
  }

  @Override
  public abstract EventMode mode();

  @Override
  public void close() {
    Thread t;
    lock.lock();
    try {
      if (closed) {
        t = thread;
      } else {
        closed = true;
        t = thread;
        if (t != null && !finishing) {
          t.interrupt();
        }
      }
    } finally {
      lock.unlock();
    }
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(CLOSE_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + ", " + state + "]";
  }
}
