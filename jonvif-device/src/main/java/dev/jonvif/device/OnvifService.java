package dev.jonvif.device;

import dev.jonvif.core.Namespaces;

/**
 * An ONVIF service the device server can expose: its WSDL namespace, port type (which names the
 * WS-Addressing actions), endpoint path and the version it implements.
 *
 * <p>A service is advertised (GetServices, GetCapabilities) only when a {@link ServiceModule} for
 * it is registered with the server.
 */
public enum OnvifService {
  DEVICE(Namespaces.TDS, "Device", "/onvif/device_service", 2, 60),
  MEDIA(Namespaces.TRT, "Media", "/onvif/media_service", 2, 60),
  MEDIA2(Namespaces.TR2, "Media2", "/onvif/media2_service", 2, 60),
  PTZ(Namespaces.TPTZ, "PTZ", "/onvif/ptz_service", 2, 60),
  IMAGING(Namespaces.TIMG, "ImagingPort", "/onvif/imaging_service", 2, 60),
  EVENTS(Namespaces.TEV, "EventPortType", "/onvif/events_service", 2, 60),
  DEVICEIO(Namespaces.TMD, "DeviceIOPort", "/onvif/deviceio_service", 2, 60);

  private final String namespace;
  private final String portType;
  private final String path;
  private final int major;
  private final int minor;

  OnvifService(String namespace, String portType, String path, int major, int minor) {
    this.namespace = namespace;
    this.portType = portType;
    this.path = path;
    this.major = major;
    this.minor = minor;
  }

  /** The WSDL target namespace, e.g. {@code http://www.onvif.org/ver10/device/wsdl}. */
  public String namespace() {
    return namespace;
  }

  /** The WSDL port type name, used in default WS-Addressing action URIs. */
  public String portType() {
    return portType;
  }

  /** The HTTP path of the endpoint, e.g. {@code /onvif/device_service}. */
  public String path() {
    return path;
  }

  /** The major version advertised in GetServices. */
  public int major() {
    return major;
  }

  /** The minor version advertised in GetServices (ONVIF release month style, e.g. 60). */
  public int minor() {
    return minor;
  }

  /** The service whose endpoint is at {@code path}, or {@code null}. */
  public static OnvifService forPath(String path) {
    for (OnvifService s : values()) {
      if (s.path.equals(path)) {
        return s;
      }
    }
    return null;
  }
}
