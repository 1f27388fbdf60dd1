package dev.jonvif.device;

import dev.jonvif.core.types.SetDateTimeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The Device-service part of a camera's persisted state: what clients can change through the Device
 * service. Immutable; a camera replaces it as a whole ({@link
 * VirtualCamera#updateDevice(java.util.function.UnaryOperator)}).
 *
 * @param endpointUuid the stable WS-Discovery endpoint reference ({@code urn:uuid:} + this)
 * @param users the users, in creation order
 * @param scopes the configurable scopes (the fixed ones come from the persona)
 * @param hostname the host name
 * @param hostnameFromDhcp whether the host name is said to come from DHCP
 * @param time date and time settings
 * @param ntp NTP settings
 * @param dns DNS settings
 * @param network the simulated IPv4 settings
 * @param discoverable whether WS-Discovery answers probes (DiscoveryMode)
 * @param rtsp the RTSP protocol setting clients made with SetNetworkProtocols, or {@code null} for
 *     the fleet's RTSP port, enabled
 */
public record DeviceState(
    String endpointUuid,
    List<User> users,
    List<String> scopes,
    String hostname,
    boolean hostnameFromDhcp,
    Time time,
    Ntp ntp,
    Dns dns,
    Network network,
    boolean discoverable,
    Protocol rtsp) {

  public DeviceState {
    Objects.requireNonNull(endpointUuid, "endpointUuid");
    users = List.copyOf(users);
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(ntp, "ntp");
    Objects.requireNonNull(dns, "dns");
    Objects.requireNonNull(network, "network");
  }

  /**
   * A network protocol setting (tt:NetworkProtocol).
   *
   * @param enabled whether it is enabled
   * @param port its port
   */
  public record Protocol(boolean enabled, int port) {}

  /**
   * Date and time settings.
   *
   * @param type Manual or NTP
   * @param daylightSavings the DaylightSavings flag
   * @param timeZone a POSIX 1003.1 TZ string (e.g. {@code CET-1CEST,M3.5.0,M10.5.0/3})
   * @param clockOffset how far the camera's clock is from the real one
   */
  public record Time(
      SetDateTimeType type, boolean daylightSavings, String timeZone, Duration clockOffset) {
    public Time {
      Objects.requireNonNull(type, "type");
      timeZone = Objects.requireNonNullElse(timeZone, "UTC0");
      clockOffset = Objects.requireNonNullElse(clockOffset, Duration.ZERO);
    }

    public Time withClockOffset(Duration offset) {
      return new Time(type, daylightSavings, timeZone, offset);
    }
  }

  /**
   * NTP settings.
   *
   * @param fromDhcp whether servers come from DHCP
   * @param manual manually set servers: IPv4, IPv6 addresses or DNS names
   */
  public record Ntp(boolean fromDhcp, List<String> manual) {
    public Ntp {
      manual = List.copyOf(manual);
    }
  }

  /**
   * DNS settings.
   *
   * @param fromDhcp whether servers come from DHCP
   * @param searchDomains search domains
   * @param manual manually set server addresses
   */
  public record Dns(boolean fromDhcp, List<String> searchDomains, List<String> manual) {
    public Dns {
      searchDomains = List.copyOf(searchDomains);
      manual = List.copyOf(manual);
    }
  }

  /**
   * The simulated IPv4 settings of the camera's one interface. The camera keeps listening where the
   * fleet binds it; these values are reported, not applied.
   *
   * @param dhcp whether IPv4 comes from DHCP
   * @param address the manual address, or {@code null} for the address the fleet binds to
   * @param prefixLength the manual prefix length
   * @param gateways default gateways (IPv4)
   */
  public record Network(boolean dhcp, String address, int prefixLength, List<String> gateways) {
    public Network {
      gateways = List.copyOf(gateways);
    }
  }

  /** The factory state for {@code persona}, with {@code admin} as the first user. */
  public static DeviceState initial(Persona persona, User admin, String endpointUuid) {
    List<User> users = new ArrayList<>();
    if (admin != null) {
      users.add(admin);
    }
    for (User u : persona.users()) {
      if (admin == null || !u.username().equals(admin.username())) {
        users.add(u);
      }
    }
    List<String> scopes = new ArrayList<>();
    scopes.add(Scopes.NAME_PREFIX + Scopes.encode(persona.name()));
    if (persona.location() != null && !persona.location().isBlank()) {
      scopes.add(Scopes.LOCATION_PREFIX + Scopes.encode(persona.location()));
    }
    return new DeviceState(
        endpointUuid == null ? UUID.randomUUID().toString() : endpointUuid,
        users,
        scopes,
        persona.name(),
        false,
        new Time(SetDateTimeType.MANUAL, false, "UTC0", persona.clockOffset()),
        new Ntp(false, List.of()),
        new Dns(false, List.of(), List.of()),
        new Network(false, null, 24, List.of()),
        true,
        null);
  }

  /** The user named {@code username}, or {@code null}. */
  public User user(String username) {
    for (User u : users) {
      if (u.username().equals(username)) {
        return u;
      }
    }
    return null;
  }

  public DeviceState withUsers(List<User> v) {
    return new DeviceState(
        endpointUuid,
        v,
        scopes,
        hostname,
        hostnameFromDhcp,
        time,
        ntp,
        dns,
        network,
        discoverable,
        rtsp);
  }

  public DeviceState withScopes(List<String> v) {
    return new DeviceState(
        endpointUuid,
        users,
        v,
        hostname,
        hostnameFromDhcp,
        time,
        ntp,
        dns,
        network,
        discoverable,
        rtsp);
  }

  public DeviceState withHostname(String v, boolean fromDhcp) {
    return new DeviceState(
        endpointUuid, users, scopes, v, fromDhcp, time, ntp, dns, network, discoverable, rtsp);
  }

  public DeviceState withTime(Time v) {
    return new DeviceState(
        endpointUuid,
        users,
        scopes,
        hostname,
        hostnameFromDhcp,
        v,
        ntp,
        dns,
        network,
        discoverable,
        rtsp);
  }

  public DeviceState withNtp(Ntp v) {
    return new DeviceState(
        endpointUuid,
        users,
        scopes,
        hostname,
        hostnameFromDhcp,
        time,
        v,
        dns,
        network,
        discoverable,
        rtsp);
  }

  public DeviceState withDns(Dns v) {
    return new DeviceState(
        endpointUuid,
        users,
        scopes,
        hostname,
        hostnameFromDhcp,
        time,
        ntp,
        v,
        network,
        discoverable,
        rtsp);
  }

  public DeviceState withNetwork(Network v) {
    return new DeviceState(
        endpointUuid,
        users,
        scopes,
        hostname,
        hostnameFromDhcp,
        time,
        ntp,
        dns,
        v,
        discoverable,
        rtsp);
  }

  public DeviceState withRtsp(Protocol v) {
    return new DeviceState(
        endpointUuid,
        users,
        scopes,
        hostname,
        hostnameFromDhcp,
        time,
        ntp,
        dns,
        network,
        discoverable,
        v);
  }

  public DeviceState withDiscoverable(boolean v) {
    return new DeviceState(
        endpointUuid, users, scopes, hostname, hostnameFromDhcp, time, ntp, dns, network, v, rtsp);
  }
}
