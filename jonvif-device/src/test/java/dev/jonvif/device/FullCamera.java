package dev.jonvif.device;

import dev.jonvif.device.events.EventsModule;
import java.time.Duration;
import java.util.EnumSet;

/** A camera with every service jonvif implements, as {@code jonvif simulate} runs it. */
final class FullCamera {

  private FullCamera() {}

  /** A server builder with every service module registered. */
  static DeviceServer.Builder builder() {
    return builder(new EventsModule());
  }

  /** The same, with this events module (to raise simulated events through it). */
  static DeviceServer.Builder builder(EventsModule events) {
    DeviceServer.Builder b = DeviceServer.builder();
    dev.jonvif.device.fleet.StandardModules.all(events).forEach(b::register);
    return b;
  }

  /** A PTZ camera with two relays and one digital input. */
  static Persona persona(String name) {
    Persona g = Persona.generic(name);
    return new Persona(
        name,
        g.manufacturer(),
        "Virtual Everything",
        g.firmwareVersion(),
        g.serialNumber(),
        "JV900",
        EnumSet.of(
            OnvifService.MEDIA, OnvifService.MEDIA2, OnvifService.PTZ, OnvifService.DEVICEIO),
        g.streams(),
        Duration.ZERO,
        null,
        java.util.List.of(),
        new Persona.IoPorts(2, 1));
  }
}
