package dev.jonvif.device.fleet;

import dev.jonvif.device.Persona;
import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.device.ServiceModule;
import dev.jonvif.device.TlsSettings;
import dev.jonvif.discovery.ResponderOptions;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run a fleet.
 *
 * @param personas one per camera
 * @param bind the address every camera listens on (loopback by default: nothing leaves the host)
 * @param basePort camera {@code i} (from 0) listens on {@code basePort + i} (HTTP) and, with HTTPS,
 *     {@code basePort + count + i}; 0 picks free ports (tests)
 * @param rtspPort the port of the fleet's one RTSP server (bound on {@code bind}); 0 picks a free
 *     one (tests)
 * @param stateDir where cameras keep their state, or {@code null} to keep nothing
 * @param adminUser the fixed administrator's name
 * @param adminPassword its password, or {@code null} to reuse the stored one or generate one
 * @param tls how to serve every endpoint over TLS too, or {@code null} for HTTP only
 * @param modules services to register besides the Device service
 * @param security authentication policy
 * @param rebootDowntime how long SystemReboot keeps a camera down
 * @param clock the real clock
 * @param discovery how to run the fleet's WS-Discovery responder, or {@code null} for none
 */
public record FleetOptions(
    List<Persona> personas,
    InetAddress bind,
    int basePort,
    int rtspPort,
    Path stateDir,
    String adminUser,
    String adminPassword,
    TlsSettings tls,
    List<ServiceModule> modules,
    SecurityPolicy security,
    Duration rebootDowntime,
    Clock clock,
    ResponderOptions discovery) {

  public FleetOptions {
    personas = List.copyOf(personas);
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(adminUser, "adminUser");
    modules = List.copyOf(modules);
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(rebootDowntime, "rebootDowntime");
    Objects.requireNonNull(clock, "clock");
    if (basePort < 0 || basePort > 65535) {
      throw new IllegalArgumentException("base port out of range: " + basePort);
    }
  }

  /** Loopback, free ports, no state, no discovery, the given admin password: for tests. */
  public static FleetOptions forTests(List<Persona> personas, String adminPassword) {
    return new FleetOptions(
        personas,
        InetAddress.getLoopbackAddress(),
        0,
        0,
        null,
        "admin",
        adminPassword,
        null,
        List.of(),
        SecurityPolicy.DEFAULT,
        Duration.ofSeconds(2),
        Clock.systemUTC(),
        null);
  }

  /**
   * Discovery pinned to the interface of the bind address: loopback for a loopback bind, every
   * interface for a wildcard bind, else the interface holding that address.
   */
  public static ResponderOptions discoveryFor(InetAddress bind) {
    ResponderOptions.Builder b = ResponderOptions.builder();
    if (bind.isLoopbackAddress()) {
      b.loopback();
    } else if (!bind.isAnyLocalAddress()) {
      b.networkInterface(bind.getHostAddress());
    }
    return b.build();
  }

  public FleetOptions withModules(List<ServiceModule> value) {
    return new FleetOptions(
        personas,
        bind,
        basePort,
        rtspPort,
        stateDir,
        adminUser,
        adminPassword,
        tls,
        value,
        security,
        rebootDowntime,
        clock,
        discovery);
  }

  public FleetOptions withStateDir(Path value) {
    return new FleetOptions(
        personas,
        bind,
        basePort,
        rtspPort,
        value,
        adminUser,
        adminPassword,
        tls,
        modules,
        security,
        rebootDowntime,
        clock,
        discovery);
  }

  public FleetOptions withSecurity(SecurityPolicy value) {
    return new FleetOptions(
        personas,
        bind,
        basePort,
        rtspPort,
        stateDir,
        adminUser,
        adminPassword,
        tls,
        modules,
        value,
        rebootDowntime,
        clock,
        discovery);
  }

  public FleetOptions withClock(Clock value) {
    return new FleetOptions(
        personas,
        bind,
        basePort,
        rtspPort,
        stateDir,
        adminUser,
        adminPassword,
        tls,
        modules,
        security,
        rebootDowntime,
        value,
        discovery);
  }

  public FleetOptions withTls(TlsSettings value) {
    return new FleetOptions(
        personas,
        bind,
        basePort,
        rtspPort,
        stateDir,
        adminUser,
        adminPassword,
        value,
        modules,
        security,
        rebootDowntime,
        clock,
        discovery);
  }

  public FleetOptions withDiscovery(ResponderOptions value) {
    return new FleetOptions(
        personas,
        bind,
        basePort,
        rtspPort,
        stateDir,
        adminUser,
        adminPassword,
        tls,
        modules,
        security,
        rebootDowntime,
        clock,
        value);
  }
}
