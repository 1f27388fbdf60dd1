package dev.jonvif.core.soap;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.xml.XmlLimits;

/**
 * Interprets an HTTP response to a SOAP request. Pure: takes the status and bytes, does no I/O.
 *
 * <ul>
 *   <li>A SOAP fault in the body raises {@link SoapFaultException}, whatever the status (the SOAP
 *       1.2 HTTP binding sends faults with 400 or 500; some cameras use 200 or 401).
 *   <li>A 2xx response with an envelope returns it.
 *   <li>A non-2xx response without a fault raises {@link TransportException} with the status.
 *   <li>A 2xx response that is not an envelope raises {@link MalformedMessageException}.
 * </ul>
 */
public final class SoapResponses {

  private SoapResponses() {}

  public static SoapEnvelope interpret(int status, byte[] body, ErrorContext context) {
    return interpret(status, body, context, XmlLimits.DEFAULT);
  }

  public static SoapEnvelope interpret(
      int status, byte[] body, ErrorContext context, XmlLimits limits) {
    SoapEnvelope env = null;
    MalformedMessageException parseError = null;
    if (body != null && body.length > 0) {
      try {
        env = SoapEnvelope.parse(body, limits);
      } catch (MalformedMessageException e) {
        parseError = e;
      }
    }
    return interpret(status, env, parseError, context);
  }

  /**
   * As {@link #interpret(int, byte[], ErrorContext, XmlLimits)} for a body the caller has parsed
   * already, so it is not parsed twice.
   *
   * @param env the parsed envelope, or {@code null} when the body was empty or did not parse
   * @param parseError why the body did not parse, or {@code null} when it was empty or parsed
   */
  public static SoapEnvelope interpret(
      int status, SoapEnvelope env, MalformedMessageException parseError, ErrorContext context) {
    if (env != null && env.isFault()) {
      throw new SoapFaultException(env.fault(), status, context);
    }
    boolean ok = status >= 200 && status < 300;
    if (!ok) {
      throw new TransportException(
          "HTTP " + status + reasonPhrase(status), context, null, status, false);
    }
    if (env == null) {
      if (parseError != null) {
        throw parseError.withContext(context);
      }
      throw new MalformedMessageException("empty response body", -1, context, null);
    }
    return env;
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 405 -> " Method Not Allowed";
      case 415 -> " Unsupported Media Type";
      case 500 -> " Internal Server Error";
      case 501 -> " Not Implemented";
      case 503 -> " Service Unavailable";
      default -> "";
    };
  }
}
