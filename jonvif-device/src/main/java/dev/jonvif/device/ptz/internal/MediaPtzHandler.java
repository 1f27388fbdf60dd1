package dev.jonvif.device.ptz.internal;

import static dev.jonvif.core.Namespaces.TRT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.media.ConfigurationRef;
import dev.jonvif.device.media.ConfigurationType;
import dev.jonvif.device.media.MediaApi;
import dev.jonvif.device.media.MediaState;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Media (ver10) AddPTZConfiguration and RemovePTZConfiguration: the PTZ configuration slot of a
 * media profile, kept in the camera's media state like the profile's other configurations.
 * Registered by the PTZ module, so a server without PTZ does not answer them.
 */
public final class MediaPtzHandler implements ServiceHandler {

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.MEDIA_ADD_PTZ_CONFIGURATION, Operation.MEDIA_REMOVE_PTZ_CONFIGURATION);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement body = ctx.body();
    MediaState media = MediaState.of(ctx.camera());
    String profile = Args.requiredText(body, TRT, "ProfileToken");
    if (ctx.operation() == Operation.MEDIA_ADD_PTZ_CONFIGURATION) {
      String token = Args.requiredText(body, TRT, "ConfigurationToken");
      media.addConfigurations(
          MediaApi.MEDIA1,
          profile,
          null,
          List.of(new ConfigurationRef(ConfigurationType.PTZ, token)));
    } else {
      media.removeConfigurations(
          MediaApi.MEDIA1, profile, List.of(new ConfigurationRef(ConfigurationType.PTZ, null)));
    }
    return XmlElement.builder(ctx.operation().responseName()).build();
  }
}
