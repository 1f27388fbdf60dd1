package dev.jonvif.device.io;

import static dev.jonvif.core.Namespaces.TMD;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.io.internal.DeviceIoHandler;
import dev.jonvif.device.io.internal.DeviceRelayHandler;
import dev.jonvif.device.media.MediaState;
import java.util.List;
import java.util.Map;

/**
 * The DeviceIO service ({@code /onvif/deviceio_service}): video source tokens, relay outputs with
 * options and settings, digital inputs with their idle states, driven through each camera's {@link
 * IoBoard}. It also answers the Device service's GetRelayOutputs, SetRelayOutputSettings and
 * SetRelayOutputState (which DeviceIO clients send to the DeviceIO endpoint, in the tds namespace).
 * Offered by cameras whose persona lists {@link OnvifService#DEVICEIO} or has I/O connectors.
 *
 * <pre>{@code
 * DeviceServer.builder().register(new MediaModule()).register(new DeviceIoModule()).build();
 * IoBoard.of(camera).addListener(myEventSource);
 * }</pre>
 */
public final class DeviceIoModule implements ServiceModule {

  private final List<ServiceHandler> handlers = List.of(new DeviceIoHandler());
  private final List<ServiceHandler> deviceHandlers = List.of(new DeviceRelayHandler());

  @Override
  public OnvifService service() {
    return OnvifService.DEVICEIO;
  }

  @Override
  public List<ServiceHandler> handlers() {
    return handlers;
  }

  @Override
  public List<ServiceHandler> otherServiceHandlers() {
    return deviceHandlers;
  }

  /** tmd:Capabilities with the camera's connector counts. */
  @Override
  public XmlElement serviceCapabilities(RequestContext ctx) {
    IoBoard board = IoBoard.of(ctx.camera());
    return XmlElement.builder(TMD, "Capabilities")
        .attribute("VideoSources", videoSources(ctx.camera()))
        .attribute("VideoOutputs", 0)
        .attribute("AudioSources", 0)
        .attribute("AudioOutputs", 0)
        .attribute("RelayOutputs", board.relayOutputs().size())
        .attribute("SerialPorts", 0)
        .attribute("DigitalInputs", board.digitalInputs().size())
        .attribute("DigitalInputOptions", true)
        .build();
  }

  /** tt:DeviceIO of GetCapabilities (under tt:Extension). */
  @Override
  public XmlElement legacyExtensionCapabilities(RequestContext ctx) {
    return XmlElement.builder(TT, "DeviceIO")
        .child(TT, "XAddr", ctx.xaddr(OnvifService.DEVICEIO))
        .child(TT, "VideoSources", videoSources(ctx.camera()))
        .child(TT, "VideoOutputs", 0)
        .child(TT, "AudioSources", 0)
        .child(TT, "AudioOutputs", 0)
        .child(TT, "RelayOutputs", IoBoard.of(ctx.camera()).relayOutputs().size())
        .build();
  }

  @Override
  public boolean offeredBy(VirtualCamera camera) {
    return camera.persona().offers(OnvifService.DEVICEIO)
        || camera.persona().io().relayOutputs() > 0
        || camera.persona().io().digitalInputs() > 0;
  }

  /**
   * Drives a simulated digital input from outside (the fleet's admin API, {@code POST
   * /cameras/{name}/events/digital-input?input=DigitalInput_1&state=true}): {@code input} names the
   * input (default: the first), {@code state} is {@code true} or {@code false} (default: toggle).
   *
   * @throws IllegalArgumentException when the camera has no such input or the state is not a
   *     boolean
   */
  public static void simulateDigitalInput(VirtualCamera camera, Map<String, String> query) {
    IoBoard board = IoBoard.of(camera);
    String input = query.get("input");
    if (input == null) {
      if (board.digitalInputs().isEmpty()) {
        throw new IllegalArgumentException(camera.name() + " has no digital inputs");
      }
      input = board.digitalInputs().get(0);
    }
    if (!board.digitalInputs().contains(input)) {
      throw new IllegalArgumentException(camera.name() + " has no digital input " + input);
    }
    String state = query.get("state");
    boolean active =
        switch (state == null ? "toggle" : state) {
          case "toggle" -> !board.digitalInputActive(input);
          case "true" -> true;
          case "false" -> false;
          default -> throw new IllegalArgumentException("state must be true or false: " + state);
        };
    board.setDigitalInput(input, active);
  }

  private static int videoSources(VirtualCamera camera) {
    return MediaState.of(camera).model().videoSources().size();
  }
}
