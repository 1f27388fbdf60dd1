package dev.jonvif.device.fleet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.User;
import dev.jonvif.device.UserLevel;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VideoStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a fleet description in YAML:
 *
 * <pre>
 * cameras:
 *   - name: lobby                  # required: letters, digits, . _ -
 *     manufacturer: Northwind Optics
 *     model: NW-D2040
 *     firmware: 4.2.1
 *     serial: NW0001
 *     hardwareId: NW-D2040-HW2
 *     services: [media, media2]    # default both; [media2] for a Media2-only camera; add ptz
 *                                  # for a PTZ dome, deviceio for relays and inputs
 *     relayOutputs: 1              # default 0
 *     digitalInputs: 1             # default 0
 *     clockOffset: PT3H            # ISO-8601 duration; default PT0S
 *     location: lobby
 *     streams:                     # default: H.264 1080p main + JPEG 640x360 sub
 *       - {name: main, width: 1920, height: 1080, encoding: H264, fps: 25, bitrate: 4096}
 *     users:
 *       - {username: viewer, password: viewer123, level: User}
 * </pre>
 *
 * Unknown keys are errors (a typo should not silently give a default).
 */
public final class FleetConfigFile {

  private FleetConfigFile() {}

  record Root(List<CameraEntry> cameras) {}

  record CameraEntry(
      String name,
      String manufacturer,
      String model,
      String firmware,
      String serial,
      @JsonProperty("hardwareId") String hardwareId,
      List<String> services,
      Duration clockOffset,
      String location,
      List<StreamEntry> streams,
      List<UserEntry> users,
      Integer relayOutputs,
      Integer digitalInputs) {}

  record StreamEntry(String name, int width, int height, String encoding, int fps, int bitrate) {}

  record UserEntry(String username, String password, String level) {}

  /** The personas described by {@code file}. */
  public static List<Persona> read(Path file) throws IOException {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Root root;
    try {
      root = yaml.readValue(file.toFile(), Root.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IOException(
          file + ": unknown key '" + e.getPropertyName() + "' (" + e.getLocation() + ")", e);
    }
    if (root == null || root.cameras() == null || root.cameras().isEmpty()) {
      throw new IOException(file + ": no cameras listed (expected a 'cameras:' list)");
    }
    List<Persona> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (CameraEntry c : root.cameras()) {
      Persona p = toPersona(file, c);
      if (!names.add(p.name())) {
        throw new IOException(file + ": camera name '" + p.name() + "' is used twice");
      }
      out.add(p);
    }
    return out;
  }

  private static Persona toPersona(Path file, CameraEntry c) throws IOException {
    if (c.name() == null) {
      throw new IOException(file + ": a camera has no name");
    }
    Persona base = Persona.generic(c.name());
    try {
      return new Persona(
          c.name(),
          Objects.requireNonNullElse(c.manufacturer(), base.manufacturer()),
          Objects.requireNonNullElse(c.model(), base.model()),
          Objects.requireNonNullElse(c.firmware(), base.firmwareVersion()),
          Objects.requireNonNullElse(c.serial(), base.serialNumber()),
          Objects.requireNonNullElse(c.hardwareId(), base.hardwareId()),
          c.services() == null ? base.services() : services(c.services()),
          c.streams() == null ? base.streams() : streams(c.streams()),
          c.clockOffset(),
          c.location(),
          c.users() == null ? List.of() : users(c.users()),
          new Persona.IoPorts(
              Objects.requireNonNullElse(c.relayOutputs(), 0),
              Objects.requireNonNullElse(c.digitalInputs(), 0)));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException(file + ": camera '" + c.name() + "': " + e.getMessage(), e);
    }
  }

  private static Set<OnvifService> services(List<String> names) {
    Set<OnvifService> out = EnumSet.noneOf(OnvifService.class);
    for (String n : names) {
      OnvifService s = OnvifService.valueOf(n.strip().toUpperCase(Locale.ROOT));
      if (s != OnvifService.DEVICE) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<VideoStream> streams(List<StreamEntry> entries) {
    List<VideoStream> out = new ArrayList<>();
    for (StreamEntry s : entries) {
      VideoEncoding enc =
          VideoEncoding.valueOf(
              Objects.requireNonNullElse(s.encoding(), "H264").strip().toUpperCase(Locale.ROOT));
      out.add(
          new VideoStream(
              Objects.requireNonNullElse(s.name(), "stream" + (out.size() + 1)),
              s.width(),
              s.height(),
              enc,
              s.fps() == 0 ? 25 : s.fps(),
              s.bitrate() == 0 ? 2048 : s.bitrate()));
    }
    return out;
  }

  private static List<User> users(List<UserEntry> entries) {
    List<User> out = new ArrayList<>();
    for (UserEntry u : entries) {
      UserLevel level = UserLevel.fromWire(Objects.requireNonNullElse(u.level(), "User"));
      if (level == null || level == UserLevel.ANONYMOUS) {
        throw new IllegalArgumentException(
            "user " + u.username() + ": level must be Administrator, Operator or User");
      }
      out.add(
          new User(
              Objects.requireNonNull(u.username(), "username"),
              Objects.requireNonNull(u.password(), "password of " + u.username()),
              level,
              false));
    }
    return out;
  }
}
