package dev.jonvif.hub;

/**
 * A failure of the hub itself (storage, configuration), as opposed to a camera's failure, which is
 * an {@link dev.jonvif.core.OnvifException}.
 */
public final class HubException extends RuntimeException {

  /** A failure described by {@code message} (never a secret). */
  public HubException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public HubException(String message, Throwable cause) {
    super(message, cause);
  }
}
