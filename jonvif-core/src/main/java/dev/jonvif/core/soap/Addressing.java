package dev.jonvif.core.soap;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The WS-Addressing headers of a message. Every field may be {@code null}.
 *
 * @param action the wsa:Action URI
 * @param messageId the wsa:MessageID
 * @param to the wsa:To address
 * @param replyTo the wsa:ReplyTo endpoint
 * @param relatesTo the wsa:RelatesTo MessageID
 * @see <a href="https://www.w3.org/TR/ws-addr-core/#msgaddrprops">WS-Addressing 1.0 Core, §3</a>
 */
public record Addressing(
    String action, String messageId, String to, EndpointReference replyTo, String relatesTo) {

  public static final Addressing NONE = new Addressing(null, null, null, null, null);

  /**
   * Reads the addressing headers, from either the 2005/08 or the 2004/08 namespace (WS-Discovery
   * 2005/04 uses the older one). Lenient: values are trimmed.
   */
  public static Addressing fromHeaders(List<XmlElement> headers) {
    String action = null;
    String messageId = null;
    String to = null;
    EndpointReference replyTo = null;
    String relatesTo = null;
    for (XmlElement h : headers) {
      String ns = h.namespace();
      if (!ns.equals(Namespaces.WSA) && !ns.equals(Namespaces.WSA_2004)) {
        continue;
      }
      switch (h.localName()) {
        case "Action" -> action = h.textTrim();
        case "MessageID" -> messageId = h.textTrim();
        case "To" -> to = h.textTrim();
        case "ReplyTo" -> replyTo = EndpointReference.fromElement(h);
        case "RelatesTo" -> relatesTo = h.textTrim();
        default -> {
          // FaultTo, From, and others are not used by ONVIF
        }
      }
    }
    return new Addressing(action, messageId, to, replyTo, relatesTo);
  }

  /** These fields as header elements in {@code namespace} (WSA or WSA_2004). */
  public List<XmlElement> toHeaders(String namespace) {
    List<XmlElement> out = new ArrayList<>(5);
    if (messageId != null) {
      out.add(XmlElement.of(namespace, "MessageID", messageId));
    }
    if (relatesTo != null) {
      out.add(XmlElement.of(namespace, "RelatesTo", relatesTo));
    }
    if (replyTo != null) {
      out.add(replyTo.toElement(namespace, "ReplyTo"));
    }
    if (to != null) {
      out.add(XmlElement.of(namespace, "To", to));
    }
    if (action != null) {
      out.add(XmlElement.of(namespace, "Action", action));
    }
    return out;
  }

  public Addressing withAction(String newAction) {
    return new Addressing(newAction, messageId, to, replyTo, relatesTo);
  }

  public Addressing withMessageId(String id) {
    return new Addressing(action, id, to, replyTo, relatesTo);
  }

  public Addressing withTo(String address) {
    return new Addressing(action, messageId, address, replyTo, relatesTo);
  }

  public Addressing withRelatesTo(String id) {
    return new Addressing(action, messageId, to, replyTo, id);
  }

  public Addressing withReplyTo(EndpointReference epr) {
    return new Addressing(action, messageId, to, epr, relatesTo);
  }
}
