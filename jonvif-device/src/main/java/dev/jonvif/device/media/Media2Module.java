package dev.jonvif.device.media;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.HttpResource;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import java.util.List;

/**
 * The Media2 (ver20) service at {@code /onvif/media2_service}. It shares the camera's {@link
 * MediaState} with {@link MediaModule}, so profiles and configurations changed through one service
 * are seen through the other. Offered by cameras whose persona lists {@link OnvifService#MEDIA2};
 * it serves the snapshot JPEGs too, so a Media2-only server has them.
 */
public final class Media2Module implements ServiceModule {

  private final List<ServiceHandler> handlers = List.of(new Media2Handler());

  @Override
  public OnvifService service() {
    return OnvifService.MEDIA2;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    return MediaModule.capabilities(ctx).media2ServiceCapabilities();
  }

  @Override
  public List<HttpResource> resources() {
    return List.of(SnapshotResource.INSTANCE);
  }
}
