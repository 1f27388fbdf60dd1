package dev.jonvif.client.internal;

/**
 * One link of the client's request chain (logging, auth, clock re-sync, quirks, HTTP). A link may
 * change the call, send it on any number of times, and change or replace the response.
 */
@FunctionalInterface
public interface Interceptor {

  RawResponse intercept(Chain chain);

  /** The rest of the chain as seen from one link. */
  interface Chain {
    /** The call as this link received it. */
    SoapCall call();

    /** Sends {@code call} through the remaining links. */
    RawResponse proceed(SoapCall call);
  }
}
