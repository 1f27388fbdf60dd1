package dev.jonvif.client.events.internal;

import static dev.jonvif.client.events.internal.EventRequests.ACTION_CREATE_PULL_POINT;
import static dev.jonvif.client.events.internal.EventRequests.ACTION_PULL_MESSAGES;
import static dev.jonvif.client.events.internal.EventRequests.ACTION_RENEW;
import static dev.jonvif.client.events.internal.EventRequests.ACTION_SET_SYNCHRONIZATION_POINT;
import static dev.jonvif.client.events.internal.EventRequests.ACTION_UNSUBSCRIBE;

import dev.jonvif.client.events.EventMessages;
import dev.jonvif.client.events.EventMode;
import dev.jonvif.client.events.EventOptions;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A PullPoint subscription kept alive: CreatePullPointSubscription, then a PullMessages long poll
 * in a loop; Renew ahead of expiry by the camera's clock ({@link DeviceClock}); a fault, HTTP 404,
 * repeated network failures or an expiry mean the subscription is lost and {@link
 * ManagedSubscription} re-creates it. Requests go to the SubscriptionReference address (NAT
 * rewritten) with its reference parameters.
 */
public final class PullPointSession extends ManagedSubscription<PullPointSession.Active> {

  /** Renew when less than the pull timeout plus this is left. */
  static final Duration RENEW_MARGIN = Duration.ofSeconds(15);

  /** The pull timeout used when the camera refuses the configured one. */
  static final Duration FALLBACK_PULL_TIMEOUT = Duration.ofSeconds(10);

  /** Network failures in a row before the subscription counts as lost. */
  static final int MAX_TRANSIENT_FAILURES = 3;

  /** One subscription on the camera. */
  static final class Active {
    final SubscriptionReference reference;
    final DeviceClock clock;
    boolean renewRelative = true;
    boolean renewBroken;

    Active(SubscriptionReference reference, DeviceClock clock) {
      this.reference = reference;
      this.clock = clock;
    }
  }

  private final EventCalls calls;
  private final URI serviceEndpoint;
  private final UnaryOperator<String> rewrite;
  private final Clock clock;
  private final Supplier<Optional<Duration>> cameraOffset;
  private Duration pullTimeout;

  public PullPointSession(
      EventCalls calls,
      URI serviceEndpoint,
      UnaryOperator<String> rewrite,
      Clock clock,
      Supplier<Optional<Duration>> cameraOffset,
      EventOptions options,
      Consumer<OnvifEvent> listener,
      RandomGenerator random) {
    super(options, listener, serviceEndpoint.getAuthority(), random);
    this.calls = calls;
    this.serviceEndpoint = serviceEndpoint;
    this.rewrite = rewrite;
    this.clock = clock;
    this.cameraOffset = cameraOffset;
    this.pullTimeout = options.pullTimeout();
  }

  @Override
  public EventMode mode() {
    return EventMode.PULLPOINT;
  }

  @Override
  protected Active establish() {
    XmlElement r =
        calls.call(
            serviceEndpoint,
            SoapEnvelope.of(EventRequests.createPullPoint(options)),
            ACTION_CREATE_PULL_POINT,
            Duration.ZERO);
    XmlElement ref = r.childLenient("SubscriptionReference");
    if (ref == null) {
      throw new MalformedMessageException(
          "CreatePullPointSubscriptionResponse without a SubscriptionReference");
    }
    Active a =
        new Active(
            SubscriptionReference.of(EndpointReference.fromElement(ref), rewrite),
            new DeviceClock(options.initialTermination()));
    a.clock.update(time(r, "CurrentTime"), time(r, "TerminationTime"), clock.instant(), offset());
    return a;
  }

  @Override
  protected void serve(Active a) {
    int transientFailures = 0;
    while (!isClosed()) {
      if (a.clock.remaining(clock.instant()).compareTo(pullTimeout.plus(RENEW_MARGIN)) < 0) {
        renew(a);
      }
      XmlElement response;
      try {
        response =
            call(
                a,
                EventRequests.pullMessages(pullTimeout, options.messageLimit()),
                ACTION_PULL_MESSAGES,
                pullTimeout);
        transientFailures = 0;
      } catch (SoapFaultException f) {
        if (f.isInvalidArgument() && pullTimeout.compareTo(FALLBACK_PULL_TIMEOUT) > 0) {
          pullTimeout = FALLBACK_PULL_TIMEOUT;
          continue;
        }
        throw f;
      } catch (TransportException t) {
        if (isClosed()) {
          return;
        }
        if (t.httpStatus() == 404
            || ++transientFailures >= MAX_TRANSIENT_FAILURES
            || a.clock.remaining(clock.instant()).isNegative()) {
          throw t;
        }
        pause(nextDelay());
        continue;
      }
      boolean jumped =
          a.clock.update(
              time(response, "CurrentTime"),
              time(response, "TerminationTime"),
              clock.instant(),
              offset());
      healthy();
      deliver(EventMessages.fromNotifications(response));
      if (jumped && !isClosed()) {
        // The camera's clock jumped: whatever it thinks of our termination time, renew now (a
        // lost subscription shows as a fault here).
        a.renewBroken = false;
        renew(a);
      }
    }
  }

  private void renew(Active a) {
    if (a.renewBroken) {
      return;
    }
    XmlElement r;
    try {
      r = call(a, EventRequests.renew(termination(a)), ACTION_RENEW, Duration.ZERO);
    } catch (SoapFaultException f) {
      if (gone(f)) {
        throw f;
      }
      if (a.renewRelative) {
        // Some cameras accept only an absolute time: retry in the camera's clock.
        a.renewRelative = false;
        renew(a);
      } else {
        a.renewBroken = true;
      }
      return;
    }
    a.clock.update(time(r, "CurrentTime"), time(r, "TerminationTime"), clock.instant(), offset());
  }

  private String termination(Active a) {
    if (a.renewRelative) {
      return XsDuration.format(options.initialTermination());
    }
    Instant local = clock.instant();
    Instant deviceNow = a.clock.deviceNow(local);
    if (deviceNow == null) {
      deviceNow = local.plus(offset() == null ? Duration.ZERO : offset());
    }
    return XsDateTime.format(deviceNow.plus(options.initialTermination()));
  }

  @Override
  protected void end(Active a) {
    call(a, EventRequests.unsubscribe(), ACTION_UNSUBSCRIBE, Duration.ZERO);
  }

  @Override
  public void synchronize() {
    Active a = current();
    if (a == null) {
      throw new IllegalStateException("the subscription is not active (" + state() + ")");
    }
    synchronizing();
    call(
        a,
        EventRequests.setSynchronizationPoint(),
        ACTION_SET_SYNCHRONIZATION_POINT,
        Duration.ZERO);
  }

  private XmlElement call(Active a, XmlElement body, String action, Duration longPoll) {
    return calls.call(a.reference.address(), a.reference.envelope(body, action), action, longPoll);
  }

  private Duration offset() {
    return cameraOffset.get().orElse(null);
  }

  private static Instant time(XmlElement parent, String name) {
    String t = parent.childTextLenient(name);
    return t == null ? null : XsDateTime.parseLenient(t).instant().orElse(null);
  }
}
