package dev.jonvif.core;

import java.util.Objects;

/**
 * Root of the one exception hierarchy jonvif throws. Unchecked and sealed: a caller can switch over
 * the four kinds of failure exhaustively.
 *
 * <p>Messages carry context (endpoint, action, MessageID) and never a password: the user-info of
 * any URI in a message is removed, whoever wrote the message.
 */
public abstract sealed class OnvifException extends RuntimeException
    permits TransportException,
        AuthenticationException,
        SoapFaultException,
        MalformedMessageException {

  private final ErrorContext context;

  OnvifException(
      String message, ErrorContext context, Throwable cause, boolean writableStackTrace) {
    super(Redaction.text(message), cause, true, writableStackTrace);
    this.context = Objects.requireNonNullElse(context, ErrorContext.NONE);
  }

  /**
   * Where the failure happened (endpoint, action, MessageID); {@link ErrorContext#NONE} if unknown.
   */
  public ErrorContext context() {
    return context;
  }

  /** This exception with the given context filled in where it was unknown. */
  public abstract OnvifException withContext(ErrorContext context);

  @Override
  public String getMessage() {
    String base = super.getMessage();
    return context.isEmpty() ? base : base + " [" + context + "]";
  }

  /** The message without the context suffix. */
  public String reason() {
    return super.getMessage();
  }

  /**
   * The first {@link OnvifException} in the cause chain of {@code t}, or a {@link
   * TransportException} wrapping {@code t} when there is none.
   */
  public static OnvifException extract(Throwable t) {
    Objects.requireNonNull(t, "t");
    // Bounded: a cause chain can be made circular.
    Throwable c = t;
    for (int depth = 0; c != null && depth < 64; depth++, c = c.getCause()) {
      if (c instanceof OnvifException e) {
        return e;
      }
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return new TransportException(msg, ErrorContext.NONE, t);
  }
}
