package dev.jonvif.device.internal.devicemgmt;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.VirtualCamera;
import java.util.List;

/** The Device management service (tds): one handler per area. */
public final class DeviceServiceModule implements ServiceModule {

  private final DeviceFeatures features;
  private final List<ServiceHandler> handlers;

  public DeviceServiceModule() {
    this(DeviceFeatures.DEFAULT);
  }

  public DeviceServiceModule(DeviceFeatures features) {
    this.features = features;
    this.handlers =
        List.of(
            new DeviceInfoHandler(features),
            new TimeHandler(),
            new CapabilitiesHandler(),
            new ScopesHandler(),
            new UsersHandler(),
            new NetworkHandler());
  }

  @Override
  public OnvifService service() {
    return OnvifService.DEVICE;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return DeviceCapabilities.serviceCapabilities(features, ctx);
  }

  @Override
  public XmlElement legacyCapabilities(RequestContext ctx) {
    return DeviceCapabilities.legacy(features, ctx);
  }

  @Override
  public boolean offeredBy(VirtualCamera camera) {
    return true;
  }
}
