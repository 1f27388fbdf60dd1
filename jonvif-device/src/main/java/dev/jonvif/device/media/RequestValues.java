package dev.jonvif.device.media;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import java.time.Duration;
import java.util.function.Function;

/**
 * Reads simple values out of request elements. Child lookups prefer the schema's namespace and fall
 * back to the local name (clients that qualify children wrongly are common). In Set operations a
 * missing or unreadable value is {@code ter:ConfigModify}; elsewhere a missing argument is {@code
 * ter:InvalidArgs} and an unreadable one {@code ter:InvalidArgVal}.
 */
final class RequestValues {

  private final Function<String, SoapFaultException> onError;
  private final boolean missingIsInvalidArgs;

  private RequestValues(
      Function<String, SoapFaultException> onError, boolean missingIsInvalidArgs) {
    this.onError = onError;
    this.missingIsInvalidArgs = missingIsInvalidArgs;
  }

  /** Values of a request that changes a configuration: bad values are ter:ConfigModify. */
  static final RequestValues FOR_SET = new RequestValues(MediaFaults::configModify, false);

  /** Values of any other request: bad values are ter:InvalidArgVal. */
  static final RequestValues FOR_ARGS = new RequestValues(MediaFaults::invalidArgVal, true);

  static XmlElement child(XmlElement parent, String ns, String name) {
    return parent == null ? null : parent.childLenient(ns, name);
  }

  static String text(XmlElement parent, String ns, String name) {
    XmlElement c = child(parent, ns, name);
    return c == null ? null : c.textTrim();
  }

  String required(XmlElement parent, String ns, String name) {
    String v = text(parent, ns, name);
    if (v == null || v.isEmpty()) {
      if (missingIsInvalidArgs) {
        throw Args.missing(name);
      }
      throw onError.apply(name + " is missing");
    }
    return v;
  }

  /** A token, or {@code null} when absent or empty. */
  static String optionalToken(XmlElement parent, String ns, String name) {
    String v = text(parent, ns, name);
    return v == null || v.isEmpty() ? null : v;
  }

  int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw onError.apply(name + " is not an integer: " + MediaFaults.clip(value));
    }
  }

  float decimal(String name, String value) {
    String v = value.strip();
    try {
      if (v.equals("INF") || v.equals("-INF") || v.equals("NaN")) {
        throw new NumberFormatException(v);
      }
      return Float.parseFloat(v);
    } catch (NumberFormatException e) {
      throw onError.apply(name + " is not a number: " + MediaFaults.clip(value));
    }
  }

  boolean bool(String name, String value) {
    return switch (value.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw onError.apply(name + " is not a boolean: " + MediaFaults.clip(value));
    };
  }

  /** An xs:duration (read leniently: years as 365 days, months as 30); never negative. */
  Duration duration(String name, String value) {
    Duration d;
    try {
      d = XsDuration.parseLenient(value);
    } catch (MalformedMessageException e) {
      throw onError.apply(name + " is not an xs:duration: " + MediaFaults.clip(value));
    }
    if (d.isNegative()) {
      throw onError.apply(name + " must not be negative: " + MediaFaults.clip(value));
    }
    return d;
  }
}
