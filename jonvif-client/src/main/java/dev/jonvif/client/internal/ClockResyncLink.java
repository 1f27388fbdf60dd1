package dev.jonvif.client.internal;

/**
 * Re-synchronises with the camera's clock when it refuses a WS-UsernameToken: on {@code
 * ter:NotAuthorized} it re-reads GetSystemDateAndTime once and retries (the camera's clock may have
 * jumped since connecting: NTP, a reboot to 1970). If that fails and the measured offset is large,
 * it tries once more without applying the offset, for cameras that report local time as UTC but
 * check tokens against their real UTC clock; when that works the offset stays off.
 */
public final class ClockResyncLink implements Interceptor {

  /** Re-reads the camera's clock; returns whether the offset is known. */
  @FunctionalInterface
  public interface Resync {
    /**
     * @param refusedSendNanos when (System.nanoTime) the refused attempt was sent: a reading taken
     *     after it is fresh enough to share
     */
    boolean resync(long refusedSendNanos);
  }

  private final ClockState clock;
  private final Resync resync;

  public ClockResyncLink(ClockState clock, Resync resync) {
    this.clock = clock;
    this.resync = resync;
  }

  @Override
  public RawResponse intercept(Chain chain) {
    SoapCall call = chain.call();
    long sent = System.nanoTime();
    RawResponse r = chain.proceed(call);
    if (!call.resyncAllowed() || !call.signer().usesUsernameToken() || !r.isNotAuthorizedFault()) {
      return r;
    }
    if (resync.resync(sent)) {
      r = chain.proceed(call);
      if (!r.isNotAuthorizedFault()) {
        return r;
      }
    }
    if (clock.compensating() && clock.skewed()) {
      clock.compensate(false);
      RawResponse plain = chain.proceed(call);
      if (!plain.isNotAuthorizedFault()) {
        return plain;
      }
      clock.compensate(true);
    }
    return r;
  }
}
