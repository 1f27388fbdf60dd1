package dev.jonvif.device.imaging;

import static dev.jonvif.core.Namespaces.TIMG;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.imaging.internal.ImagingHandler;
import java.util.List;

/**
 * The Imaging service (ver20, {@code /onvif/imaging_service}): imaging settings with options, and
 * focus moves, per video source. Offered by every camera (every camera has a video source).
 *
 * <pre>{@code
 * DeviceServer.builder().register(new MediaModule()).register(new ImagingModule()).build();
 * }</pre>
 */
public final class ImagingModule implements ServiceModule {

  private final List<ServiceHandler> handlers = List.of(new ImagingHandler());

  @Override
  public OnvifService service() {
    return OnvifService.IMAGING;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  /** timg:Capabilities: no image stabilisation, no imaging presets. */
  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return XmlElement.builder(TIMG, "Capabilities")
        .attribute("ImageStabilization", false)
        .attribute("Presets", false)
        .attribute("AdaptablePreset", false)
        .build();
  }

  /** tt:Imaging of GetCapabilities. */
  @Override
  public XmlElement legacyCapabilities(RequestContext ctx) {
    return XmlElement.builder(TT, "Imaging")
        .child(TT, "XAddr", ctx.xaddr(OnvifService.IMAGING))
        .build();
  }

  /** Every camera has a video source, so every camera offers imaging. */
  @Override
  public boolean offeredBy(VirtualCamera camera) {
    return true;
  }
}
