package dev.jonvif.device.events;

/** The {@code PropertyOperation} of a property event: how the property's state changed. */
public enum PropertyOperation {
  /** The current state, sent to new subscriptions and after SetSynchronizationPoint. */
  INITIALIZED("Initialized"),
  /** The state changed. */
  CHANGED("Changed"),
  /** The property no longer exists. */
  DELETED("Deleted");

  private final String xmlName;

  PropertyOperation(String xmlName) {
    this.xmlName = xmlName;
  }

  /** The attribute value, e.g. {@code Changed}. */
  public String xmlName() {
    return xmlName;
  }
}
