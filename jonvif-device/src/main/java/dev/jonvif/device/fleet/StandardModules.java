package dev.jonvif.device.fleet;

import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.imaging.ImagingModule;
import dev.jonvif.device.io.DeviceIoModule;
import dev.jonvif.device.media.Media2Module;
import dev.jonvif.device.media.MediaModule;
import dev.jonvif.device.ptz.PtzModule;
import java.util.List;

/** Every service module jonvif implements, as {@code jonvif simulate} runs a virtual camera. */
public final class StandardModules {

  private StandardModules() {}

  /** Media, Media2, PTZ, Imaging, DeviceIO and a new events module. */
  public static List<ServiceModule> all() {
    return all(new EventsModule());
  }

  /** The same with {@code events}, for callers that raise simulated events through it. */
  public static List<ServiceModule> all(EventsModule events) {
    return List.of(
        new MediaModule(),
        new Media2Module(),
        new PtzModule(),
        new ImagingModule(),
        new DeviceIoModule(),
        events);
  }
}
