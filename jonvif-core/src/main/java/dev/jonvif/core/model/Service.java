package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One service entry of GetServices: the namespace that names the service, where it lives, its
 * version and (when asked for) its capabilities.
 *
 * @param namespace the service's WSDL namespace, e.g. {@link Namespaces#TR2} for Media2
 * @param xaddr the service address as the device sent it (not rewritten)
 * @param version the service version ({@link OnvifVersion#UNKNOWN} when absent)
 * @param capabilities the service's capabilities element (the child of {@code tds:Capabilities}),
 *     or {@code null} when not included
 * @see <a href="https://www.onvif.org/ver10/device/wsdl/devicemgmt.wsdl">devicemgmt.wsdl,
 *     GetServicesResponse</a>
 */
public record Service(
    String namespace, String xaddr, OnvifVersion version, XmlElement capabilities) {

  public Service {
    namespace = namespace == null ? "" : namespace.strip();
    xaddr = xaddr == null ? "" : xaddr.strip();
    version = version == null ? OnvifVersion.UNKNOWN : version;
  }

  /** Reads one {@code tds:Service} element. */
  public static Service fromElement(XmlElement service) {
    String ns = Namespaces.TDS;
    XmlElement caps = Values.child(service, ns, "Capabilities");
    return new Service(
        Values.text(service, ns, "Namespace"),
        Values.text(service, ns, "XAddr"),
        OnvifVersion.fromElement(Values.child(service, ns, "Version")),
        caps == null ? null : caps.firstChild());
  }

  /**
   * Reads a GetServicesResponse. Entries without a namespace or address are dropped: nothing can be
   * called through them.
   */
  public static List<Service> listFromResponse(XmlElement response) {
    List<Service> out = new ArrayList<>();
    for (XmlElement s : Values.children(response, Namespaces.TDS, "Service")) {
      Service service = fromElement(s);
      if (!service.namespace().isEmpty() && !service.xaddr().isEmpty()) {
        out.add(service);
      }
    }
    return List.copyOf(out);
  }

  /** A short human name for well-known service namespaces ("media2"), else the namespace. */
  public String shortName() {
    return ServiceNames.shortName(namespace);
  }
}
