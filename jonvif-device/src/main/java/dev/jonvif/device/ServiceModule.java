package dev.jonvif.device;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * One ONVIF service as the server exposes it: its handlers and the capabilities it advertises. The
 * Device service derives GetServices, GetServiceCapabilities and GetCapabilities from the modules
 * registered with {@link DeviceServer.Builder#register(ServiceModule)}: a service is advertised
 * only when its module is registered and {@link #offeredBy(VirtualCamera)} holds for the camera.
 */
public interface ServiceModule {

  /** The service. */
  OnvifService service();

  /** The handlers; together they answer the service's operations. */
  List<ServiceHandler> handlers();

  /**
   * The service's capabilities element as GetServiceCapabilities returns it inside its response and
   * GetServices inside {@code tds:Capabilities}: e.g. {@code <trt:Capabilities SnapshotUri="true"
   * ...>}. The framework answers {@code GetServiceCapabilities} with it.
   */
  XmlElement serviceCapabilities(RequestContext ctx);

  /**
   * The element this service contributes to the legacy {@code GetCapabilities} response, e.g.
   * {@code <tt:Media><tt:XAddr>...</tt:XAddr>...</tt:Media>}; its local name is the capability
   * category (Device, Media, PTZ, Imaging, Events, Analytics). {@code null} when the service has no
   * legacy category (Media2, for instance, appears only in GetServices).
   */
  default XmlElement legacyCapabilities(RequestContext ctx) {
    return null;
  }

  /**
   * Legacy capabilities that go under {@code tt:Capabilities/tt:Extension} (DeviceIO, ...), or
   * {@code null}.
   */
  default XmlElement legacyExtensionCapabilities(RequestContext ctx) {
    return null;
  }

  /**
   * Handlers this module adds to other registered services, for operations that belong to another
   * service's namespace but to this module's hardware: e.g. DeviceIO also answers the Device
   * service's {@code tds:GetRelayOutputs} and {@code tds:SetRelayOutputState}. None by default.
   */
  default List<ServiceHandler> otherServiceHandlers() {
    return List.of();
  }

  /** Plain-HTTP resources served with this service (e.g. snapshots); none by default. */
  default List<HttpResource> resources() {
    return List.of();
  }

  /** Whether {@code camera} offers this service; by default, whether its persona lists it. */
  default boolean offeredBy(VirtualCamera camera) {
    return camera.persona().offers(service());
  }
}
