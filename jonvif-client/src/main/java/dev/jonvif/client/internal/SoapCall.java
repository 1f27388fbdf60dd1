package dev.jonvif.client.internal;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.soap.SoapEnvelope;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One SOAP request as it travels down the interceptor chain. The envelope carries no security: the
 * {@link Signer} adds it just before each HTTP attempt, so a retry always gets a fresh nonce and
 * the current clock offset, and nothing above the HTTP link ever sees a password.
 *
 * @param endpoint where to send it
 * @param envelope the unsigned envelope
 * @param action the SOAP action
 * @param signer how to authenticate each attempt
 * @param anonymous true for a call that must go without credentials first (GetSystemDateAndTime
 *     while synchronising the clock); the auth link then adds credentials only when refused
 * @param resyncAllowed false inside a clock re-synchronisation, so it cannot recurse
 * @param longPoll how long the device may hold the answer back (a PullMessages long poll): added to
 *     the request deadline, and the call does not take one of the camera's request slots
 */
public record SoapCall(
    URI endpoint,
    SoapEnvelope envelope,
    String action,
    Signer signer,
    boolean anonymous,
    boolean resyncAllowed,
    Duration longPoll) {

  public SoapCall {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(envelope, "envelope");
    signer = signer == null ? Signer.NONE : signer;
    longPoll = longPoll == null ? Duration.ZERO : longPoll;
  }

  public static SoapCall of(URI endpoint, SoapEnvelope envelope, String action) {
    return new SoapCall(endpoint, envelope, action, Signer.NONE, false, true, Duration.ZERO);
  }

  public SoapCall withSigner(Signer s) {
    return new SoapCall(endpoint, envelope, action, s, anonymous, resyncAllowed, longPoll);
  }

  public SoapCall withEnvelope(SoapEnvelope e) {
    return new SoapCall(endpoint, e, action, signer, anonymous, resyncAllowed, longPoll);
  }

  public SoapCall asAnonymous() {
    return new SoapCall(endpoint, envelope, action, signer, true, false, longPoll);
  }

  public SoapCall withoutResync() {
    return new SoapCall(endpoint, envelope, action, signer, anonymous, false, longPoll);
  }

  public SoapCall asLongPoll(Duration wait) {
    return new SoapCall(endpoint, envelope, action, signer, anonymous, resyncAllowed, wait);
  }

  /** The body element's local name, e.g. GetDeviceInformation. */
  public String operation() {
    var b = envelope.bodyElement();
    return b == null ? "" : b.localName();
  }

  public ErrorContext context() {
    return new ErrorContext(Redaction.uri(endpoint), action != null ? action : operation(), null);
  }
}
