package dev.jonvif.core;

import java.net.URI;

/**
 * Where a failure happened. Every field may be {@code null}. Never holds credentials: the
 * endpoint's user-info part and the values of query parameters such as {@code password} are
 * removed.
 *
 * @param endpoint the service endpoint the request went to, without user-info, fragment or the
 *     values of password-like query parameters
 * @param action the SOAP action or operation name
 * @param messageId the WS-Addressing MessageID of the request
 */
public record ErrorContext(URI endpoint, String action, String messageId) {

  /** No context known. */
  public static final ErrorContext NONE = new ErrorContext(null, null, null);

  public ErrorContext {
    endpoint = Redaction.uri(endpoint);
  }

  public static ErrorContext of(URI endpoint, String action) {
    return new ErrorContext(endpoint, action, null);
  }

  public boolean isEmpty() {
    return endpoint == null && action == null && messageId == null;
  }

  /** This context with the fields that are {@code null} here taken from {@code other}. */
  public ErrorContext orElse(ErrorContext other) {
    return new ErrorContext(
        endpoint != null ? endpoint : other.endpoint,
        action != null ? action : other.action,
        messageId != null ? messageId : other.messageId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (endpoint != null) {
      sb.append("endpoint=").append(endpoint);
    }
    if (action != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append("action=").append(action);
    }
    if (messageId != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append("messageId=").append(messageId);
    }
    return sb.toString();
  }
}
