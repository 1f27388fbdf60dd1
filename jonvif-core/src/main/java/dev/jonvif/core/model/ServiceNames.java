package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Short names for ONVIF service namespaces ({@code media2} for {@code
 * http://www.onvif.org/ver20/media/wsdl}), as the CLI and logs use them.
 */
public final class ServiceNames {

  private static final Map<String, String> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, String> BY_NAMESPACE = new LinkedHashMap<>();

  static {
    add("device", Namespaces.TDS);
    add("media", Namespaces.TRT);
    add("media2", Namespaces.TR2);
    add("ptz", Namespaces.TPTZ);
    add("imaging", Namespaces.TIMG);
    add("events", Namespaces.TEV);
    add("deviceio", Namespaces.TMD);
    add("analytics", Namespaces.TAN);
    add("recording", Namespaces.TRC);
    add("search", Namespaces.TSE);
    add("replay", Namespaces.TRP);
    add("receiver", Namespaces.TRV);
    add("display", "http://www.onvif.org/ver10/display/wsdl");
    add("analyticsdevice", "http://www.onvif.org/ver10/analyticsdevice/wsdl");
    add("accesscontrol", "http://www.onvif.org/ver10/accesscontrol/wsdl");
    add("doorcontrol", "http://www.onvif.org/ver10/doorcontrol/wsdl");
    add("accessrules", "http://www.onvif.org/ver10/accessrules/wsdl");
    add("credential", "http://www.onvif.org/ver10/credential/wsdl");
    add("schedule", "http://www.onvif.org/ver10/schedule/wsdl");
    add("advancedsecurity", "http://www.onvif.org/ver10/advancedsecurity/wsdl");
    add("thermal", "http://www.onvif.org/ver10/thermal/wsdl");
    add("provisioning", "http://www.onvif.org/ver10/provisioning/wsdl");
    add("appmgmt", "http://www.onvif.org/ver10/appmgmt/wsdl");
    add("uplink", "http://www.onvif.org/ver10/uplink/wsdl");
    add("authenticationbehavior", "http://www.onvif.org/ver10/authenticationbehavior/wsdl");
  }

  private static void add(String name, String namespace) {
    BY_NAME.put(name, namespace);
    BY_NAMESPACE.put(namespace, name);
  }

  private ServiceNames() {}

  /** The short name of a namespace, or the namespace itself when it is not well known. */
  public static String shortName(String namespace) {
    return BY_NAMESPACE.getOrDefault(namespace, namespace);
  }

  /**
   * The namespace a short name stands for (case-insensitive), or {@code null}. A value that already
   * looks like a namespace URI is returned unchanged.
   */
  public static String namespaceOf(String nameOrNamespace) {
    if (nameOrNamespace == null) {
      return null;
    }
    String s = nameOrNamespace.strip();
    if (s.contains("://")) {
      return s;
    }
    return BY_NAME.get(s.toLowerCase(Locale.ROOT));
  }

  /** Every known short name with its namespace. */
  public static Map<String, String> all() {
    return java.util.Collections.unmodifiableMap(BY_NAME);
  }
}
