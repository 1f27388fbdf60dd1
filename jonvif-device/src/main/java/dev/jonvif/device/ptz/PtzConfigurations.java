package dev.jonvif.device.ptz;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.internal.PtzXml;

/**
 * What other services show of PTZ configurations: the media services put a profile's PTZ
 * configuration into tt:Profile (Media) and tr2:ConfigurationSet (Media2) with this.
 */
public final class PtzConfigurations {

  private PtzConfigurations() {}

  /**
   * The camera's PTZ configuration {@code token} as a tt:PTZConfiguration element named {@code
   * namespace}:{@code localName} (e.g. tt:PTZConfiguration, tr2:PTZ).
   *
   * @param useCount how many profiles hold it
   * @throws IllegalArgumentException when the camera has no such configuration
   */
  public static XmlElement element(
      VirtualCamera camera, String token, int useCount, String namespace, String localName) {
    PtzConfiguration c = camera.state(PtzState.SLOT).configuration(token);
    if (c == null) {
      throw new IllegalArgumentException(camera + " has no PTZ configuration " + token);
    }
    return PtzXml.configuration(namespace, localName, c, useCount);
  }
}
