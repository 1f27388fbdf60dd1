package dev.jonvif.discovery;

import dev.jonvif.core.soap.Addressing;
import java.util.UUID;

/**
 * The header fields of a WS-Discovery message. The action is implied by the message type.
 *
 * @param messageId {@code wsa:MessageID}, a {@code urn:uuid:} URI
 * @param relatesTo {@code wsa:RelatesTo} (the MessageID of the Probe or Resolve answered), or
 *     {@code null}
 * @param to {@code wsa:To}, or {@code null}
 * @param appSequence {@code d:AppSequence}, or {@code null} (Probe and Resolve carry none)
 */
public record DiscoveryHeader(
    String messageId, String relatesTo, String to, AppSequence appSequence) {

  /** A header for a new multicast message (Hello, Bye, Probe, Resolve) with a fresh MessageID. */
  public static DiscoveryHeader multicast(AppSequence appSequence) {
    return new DiscoveryHeader(newMessageId(), null, WsDiscovery.TO_DISCOVERY, appSequence);
  }

  /** A header for a reply to the message with MessageID {@code relatesTo}. */
  public static DiscoveryHeader replyTo(String relatesTo, AppSequence appSequence) {
    return new DiscoveryHeader(newMessageId(), relatesTo, WsDiscovery.TO_ANONYMOUS, appSequence);
  }

  /** A fresh {@code urn:uuid:} MessageID. */
  public static String newMessageId() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  Addressing addressing(String action) {
    return new Addressing(action, messageId, to, null, relatesTo);
  }
}
