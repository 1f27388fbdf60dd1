package dev.jonvif.core;

/**
 * The exchange failed below SOAP: connection refused or reset, timeout, TLS failure, an HTTP status
 * without a SOAP fault in the body.
 */
public final class TransportException extends OnvifException {

  private final int httpStatus;
  private final boolean timeout;

  public TransportException(String message, ErrorContext context, Throwable cause) {
    this(message, context, cause, -1, false);
  }

  public TransportException(
      String message, ErrorContext context, Throwable cause, int httpStatus, boolean timeout) {
    super(message, context, cause, true);
    this.httpStatus = httpStatus;
    this.timeout = timeout;
  }

  /** The HTTP status of the response, or -1 when there was none. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Whether the request timed out. */
  public boolean isTimeout() {
    return timeout;
  }

  @Override
  public TransportException withContext(ErrorContext ctx) {
    return new TransportException(reason(), context().orElse(ctx), getCause(), httpStatus, timeout);
  }
}
