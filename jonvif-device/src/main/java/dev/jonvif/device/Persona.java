package dev.jonvif.device;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a virtual camera is: identity, the services it offers, its streams and its clock skew. A
 * persona is fixed for the life of a camera (from the fleet configuration); what clients change
 * lives in the camera's persisted state.
 *
 * @param name the camera's name: its state directory, its {@code onvif://www.onvif.org/name/} scope
 *     and its stream paths (letters, digits, {@code -_.} only)
 * @param manufacturer GetDeviceInformation Manufacturer
 * @param model GetDeviceInformation Model
 * @param firmwareVersion GetDeviceInformation FirmwareVersion
 * @param serialNumber GetDeviceInformation SerialNumber
 * @param hardwareId GetDeviceInformation HardwareId
 * @param services the services offered besides Device (e.g. {@code MEDIA, MEDIA2}; a Media2-only
 *     camera lists only {@code MEDIA2})
 * @param streams the video streams, first is the main stream
 * @param clockOffset how far the camera's clock is from the real one when it starts
 * @param location the initial {@code onvif://www.onvif.org/location/} scope value, or {@code null}
 * @param users users created on first start besides the fleet's administrator
 * @param io the relay outputs and digital inputs the camera has (none by default)
 */
public record Persona(
    String name,
    String manufacturer,
    String model,
    String firmwareVersion,
    String serialNumber,
    String hardwareId,
    Set<OnvifService> services,
    List<VideoStream> streams,
    Duration clockOffset,
    String location,
    List<User> users,
    IoPorts io) {

  /**
   * The camera's I/O connectors.
   *
   * @param relayOutputs how many relay outputs (tokens {@code RelayOutput_1}, ...)
   * @param digitalInputs how many digital inputs (tokens {@code DigitalInput_1}, ...)
   */
  public record IoPorts(int relayOutputs, int digitalInputs) {

    /** No relays, no inputs. */
    public static final IoPorts NONE = new IoPorts(0, 0);

    public IoPorts {
      if (relayOutputs < 0 || digitalInputs < 0 || relayOutputs > 64 || digitalInputs > 64) {
        throw new IllegalArgumentException(
            "relay outputs and digital inputs must be 0..64: "
                + relayOutputs
                + ", "
                + digitalInputs);
      }
    }
  }

  /** A persona without relays or digital inputs. */
  public Persona(
      String name,
      String manufacturer,
      String model,
      String firmwareVersion,
      String serialNumber,
      String hardwareId,
      Set<OnvifService> services,
      List<VideoStream> streams,
      Duration clockOffset,
      String location,
      List<User> users) {
    this(
        name,
        manufacturer,
        model,
        firmwareVersion,
        serialNumber,
        hardwareId,
        services,
        streams,
        clockOffset,
        location,
        users,
        IoPorts.NONE);
  }

  public Persona {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "camera name must be 1-64 letters, digits, '.', '_' or '-': " + name);
    }
    Objects.requireNonNull(manufacturer, "manufacturer");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(firmwareVersion, "firmwareVersion");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(hardwareId, "hardwareId");
    services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    streams = List.copyOf(streams);
    clockOffset = Objects.requireNonNullElse(clockOffset, Duration.ZERO);
    users = users == null ? List.of() : List.copyOf(users);
    io = Objects.requireNonNullElse(io, IoPorts.NONE);
  }

  /**
   * A generic persona named {@code name}: Media and Media2, an H.264 main and a JPEG sub stream.
   */
  public static Persona generic(String name) {
    return new Persona(
        name,
        "jonvif",
        "Virtual Camera",
        "1.0.0",
        "JV-" + Integer.toHexString(name.hashCode() & 0xfffffff).toUpperCase(java.util.Locale.ROOT),
        "JV100",
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
        List.of(
            new VideoStream("main", 1920, 1080, VideoEncoding.H264, 25, 4096),
            new VideoStream("sub", 640, 360, VideoEncoding.JPEG, 10, 1024)),
        Duration.ZERO,
        null,
        List.of());
  }

  /**
   * A PTZ dome: {@link #generic} plus the PTZ service (pan, tilt, zoom, presets, home, wiper and IR
   * lamp auxiliary commands).
   */
  public static Persona ptzDome(String name) {
    Persona g = generic(name);
    return new Persona(
        name,
        g.manufacturer(),
        "Virtual PTZ Dome",
        g.firmwareVersion(),
        g.serialNumber(),
        "JV200",
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2, OnvifService.PTZ),
        g.streams(),
        Duration.ZERO,
        null,
        List.of(),
        IoPorts.NONE);
  }

  /**
   * A doorbell camera: {@link #generic} plus the DeviceIO service with one relay output (the door
   * opener) and one digital input (the bell button).
   */
  public static Persona doorbell(String name) {
    Persona g = generic(name);
    return new Persona(
        name,
        g.manufacturer(),
        "Virtual Doorbell",
        g.firmwareVersion(),
        g.serialNumber(),
        "JV300",
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2, OnvifService.DEVICEIO),
        g.streams(),
        Duration.ZERO,
        null,
        List.of(),
        new IoPorts(1, 1));
  }

  /** Whether the camera offers {@code service} (the Device service always). */
  public boolean offers(OnvifService service) {
    return service == OnvifService.DEVICE || services.contains(service);
  }

  public Persona withName(String newName) {
    return new Persona(
        newName,
        manufacturer,
        model,
        firmwareVersion,
        serialNumber,
        hardwareId,
        services,
        streams,
        clockOffset,
        location,
        users,
        io);
  }

  public Persona withClockOffset(Duration offset) {
    return new Persona(
        name,
        manufacturer,
        model,
        firmwareVersion,
        serialNumber,
        hardwareId,
        services,
        streams,
        offset,
        location,
        users,
        io);
  }
}
