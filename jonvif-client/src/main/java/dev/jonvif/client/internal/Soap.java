package dev.jonvif.client.internal;

import dev.jonvif.client.SoapTransport;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;

/** Sends one body element and returns the response's body element. */
public final class Soap {

  private Soap() {}

  /** The ONVIF SOAP action of an operation: its namespace, a slash, its name. */
  public static String action(XmlElement body) {
    return body.namespace() + "/" + body.localName();
  }

  /** Calls the operation {@code body} names, with its conventional action. */
  public static XmlElement call(SoapTransport transport, URI endpoint, XmlElement body) {
    return call(transport, endpoint, body, action(body));
  }

  /** Calls an operation with an explicit action. */
  public static XmlElement call(
      SoapTransport transport, URI endpoint, XmlElement body, String action) {
    SoapEnvelope response = transport.exchange(endpoint, SoapEnvelope.of(body), action);
    XmlElement first = response.bodyElement();
    if (first == null) {
      throw new MalformedMessageException(
          "empty SOAP Body in the answer to " + body.localName(),
          -1,
          new ErrorContext(endpoint, action, null),
          null);
    }
    return first;
  }

  /** An element {@code ns:name} with the given children. */
  public static XmlElement element(String ns, String name, XmlElement... children) {
    XmlElement.Builder b = XmlElement.builder(ns, name);
    for (XmlElement c : children) {
      b.child(c);
    }
    return b.build();
  }
}
