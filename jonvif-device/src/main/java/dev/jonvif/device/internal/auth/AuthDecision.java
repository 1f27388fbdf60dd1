package dev.jonvif.device.internal.auth;

/** The outcome of checking one request's credentials: who it is, or why not and how to answer. */
public sealed interface AuthDecision {

  /** How a denial is answered. */
  enum Answer {
    /** HTTP 400 with {@code env:Sender/ter:NotAuthorized} (WS-UsernameToken failures). */
    SOAP_FAULT,
    /** HTTP 401 with fresh {@code WWW-Authenticate: Digest} challenges. */
    HTTP_CHALLENGE
  }

  /** No credentials were needed or none were sent and none are needed (PRE_AUTH). */
  record Anonymous() implements AuthDecision {}

  /** The request proved it is {@code username}. */
  record Allowed(String username) implements AuthDecision {}

  /**
   * The request is refused.
   *
   * @param answer how to answer
   * @param message text safe to send to the client
   * @param username the user name the request claimed, or {@code null}
   * @param stale whether the challenge should say {@code stale=true}
   * @param countsAsFailure whether this counts towards lock-out (a wrong password does; a missing
   *     credential or a stale nonce does not)
   */
  record Denied(
      Answer answer, String message, String username, boolean stale, boolean countsAsFailure)
      implements AuthDecision {}
}
