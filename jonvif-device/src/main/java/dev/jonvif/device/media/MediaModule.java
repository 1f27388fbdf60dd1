package dev.jonvif.device.media;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.HttpResource;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import java.util.List;

/**
 * The Media (ver10) service at {@code /onvif/media_service}: profiles, video source, encoder and
 * metadata configurations, stream and snapshot URIs, and the Media section of GetCapabilities. It
 * also serves the snapshot JPEGs. Offered by cameras whose persona lists {@link
 * OnvifService#MEDIA}.
 *
 * <pre>{@code
 * DeviceServer.builder().register(new MediaModule()).register(new Media2Module()).build();
 * }</pre>
 */
public final class MediaModule implements ServiceModule {

  private final List<ServiceHandler> handlers = List.of(new Media1Handler());

  @Override
  public OnvifService service() {
    return OnvifService.MEDIA;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return capabilities(ctx).media1ServiceCapabilities();
  }

  @Override
  public XmlElement legacyCapabilities(RequestContext ctx) {
    return capabilities(ctx).getCapabilitiesMedia(ctx.xaddr(OnvifService.MEDIA));
  }

  @Override
  public List<HttpResource> resources() {
    return List.of(SnapshotResource.INSTANCE);
  }

  static MediaCapabilities capabilities(RequestContext ctx) {
    return new MediaCapabilities(MediaState.of(ctx.camera()).persona());
  }
}
