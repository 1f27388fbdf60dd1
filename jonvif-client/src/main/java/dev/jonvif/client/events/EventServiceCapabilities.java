package dev.jonvif.client.events;

import dev.jonvif.core.xml.XmlElement;

/**
 * The event service's capabilities (GetServiceCapabilities, or the Events section of the legacy
 * GetCapabilities).
 *
 * @param wsSubscriptionPolicySupport whether WS subscription policies are supported
 * @param wsPullPointSupport whether CreatePullPointSubscription works (assumed when not stated:
 *     Profile S/T require it)
 * @param wsPausableSubscriptionManagerInterfaceSupport whether subscriptions can be paused
 * @param maxNotificationProducers Basic Notification subscriptions supported ({@code 0}: none;
 *     {@code -1}: not stated)
 * @param maxPullPoints pull points supported at once ({@code -1}: not stated)
 * @param persistentNotificationStorage whether notifications are stored persistently
 * @see <a href="https://www.onvif.org/ver10/events/wsdl/event.wsdl">event.wsdl, Capabilities</a>
 */
public record EventServiceCapabilities(
    boolean wsSubscriptionPolicySupport,
    boolean wsPullPointSupport,
    boolean wsPausableSubscriptionManagerInterfaceSupport,
    int maxNotificationProducers,
    int maxPullPoints,
    boolean persistentNotificationStorage) {

  /** Capabilities of a camera that states nothing: pull points assumed, nothing else. */
  public static final EventServiceCapabilities UNKNOWN =
      new EventServiceCapabilities(false, true, false, -1, -1, false);

  /**
   * Reads {@code tev:Capabilities} (attributes) or the legacy {@code tt:Events} (child elements),
   * or a response element wrapping either.
   */
  public static EventServiceCapabilities fromElement(XmlElement e) {
    XmlElement caps = e.childLenient("Capabilities");
    XmlElement c = caps != null ? caps : e;
    return new EventServiceCapabilities(
        flag(c, "WSSubscriptionPolicySupport", false),
        flag(c, "WSPullPointSupport", true),
        flag(c, "WSPausableSubscriptionManagerInterfaceSupport", false),
        number(c, "MaxNotificationProducers"),
        number(c, "MaxPullPoints"),
        flag(c, "PersistentNotificationStorage", false));
  }

  /** Whether Basic Notification (Subscribe/Notify) is advertised. */
  public boolean basicNotificationSupport() {
    return maxNotificationProducers != 0;
  }

  private static String value(XmlElement c, String name) {
    String v = c.attributeLenient(name);
    return v != null ? v.strip() : c.childTextLenient(name);
  }

  private static boolean flag(XmlElement c, String name, boolean absent) {
    String v = value(c, name);
    return v == null || v.isEmpty() ? absent : v.equalsIgnoreCase("true") || v.equals("1");
  }

  private static int number(XmlElement c, String name) {
    String v = value(c, name);
    try {
      return v == null ? -1 : Integer.parseInt(v.strip());
    } catch (NumberFormatException ex) {
      return -1;
    }
  }
}
