package dev.jonvif.device.ptz;

import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.ptz.internal.MediaPtzHandler;
import dev.jonvif.device.ptz.internal.PtzConfigurationHandler;
import dev.jonvif.device.ptz.internal.PtzMoveHandler;
import dev.jonvif.device.ptz.internal.PtzPresetHandler;
import java.util.List;

/**
 * The PTZ service (ver20, {@code /onvif/ptz_service}): nodes, configurations, continuous, relative
 * and absolute moves, stop, status, presets, home and auxiliary commands, driven through each
 * camera's {@link PtzDrive}. It also answers Media (ver10) AddPTZConfiguration and
 * RemovePTZConfiguration; Media2 AddConfiguration takes the PTZ type through the media state.
 * Offered by cameras whose persona lists {@link OnvifService#PTZ}.
 *
 * <pre>{@code
 * DeviceServer.builder().register(new MediaModule()).register(new PtzModule()).build();
 * }</pre>
 */
public final class PtzModule implements ServiceModule {

  private final List<ServiceHandler> handlers =
      List.of(new PtzConfigurationHandler(), new PtzMoveHandler(), new PtzPresetHandler());

  private final List<ServiceHandler> mediaHandlers = List.of(new MediaPtzHandler());

  @Override
  public OnvifService service() {
    return OnvifService.PTZ;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  @Override
  public List<ServiceHandler> otherServiceHandlers() {
    return mediaHandlers;
  }

  /** tptz:Capabilities: move status and position in GetStatus, GetCompatibleConfigurations. */
  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return XmlElement.builder(TPTZ, "Capabilities")
        .attribute("EFlip", false)
        .attribute("Reverse", false)
        .attribute("GetCompatibleConfigurations", true)
        .attribute("MoveStatus", true)
        .attribute("StatusPosition", true)
        .build();
  }

  /** tt:PTZ of GetCapabilities. */
  @Override
  public XmlElement legacyCapabilities(RequestContext ctx) {
    return XmlElement.builder(TT, "PTZ").child(TT, "XAddr", ctx.xaddr(OnvifService.PTZ)).build();
  }
}
