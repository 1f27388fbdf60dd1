package dev.jonvif.device.fleet;

import dev.jonvif.device.CameraListener;
import dev.jonvif.device.Scopes;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.discovery.DiscoveryResponder;
import dev.jonvif.discovery.DiscoveryTarget;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces a fleet's cameras through one WS-Discovery responder: each camera is a target with its
 * endpoint reference, its scopes (fixed and configurable) and its device-service XAddrs; Hello when
 * it starts or comes back from a reboot, Bye when it stops or reboots, a new Hello when its scopes
 * change, silence in NonDiscoverable mode.
 */
final class FleetDiscovery implements CameraListener {

  private static final Logger LOG = Logger.getLogger(FleetDiscovery.class.getName());

  private final DiscoveryResponder responder;

  FleetDiscovery(DiscoveryResponder responder) {
    this.responder = responder;
  }

  DiscoveryResponder responder() {
    return responder;
  }

  static DiscoveryTarget target(VirtualCamera camera) {
    return DiscoveryTarget.onvifDevice(
            camera.endpointReference(),
            Scopes.all(camera.persona(), camera.device()),
            xaddrs(camera.ports()))
        .withDiscoverable(camera.device().discoverable());
  }

  private static Function<InetAddress, List<URI>> xaddrs(VirtualCamera.Ports ports) {
    Function<InetAddress, List<URI>> http = DiscoveryTarget.deviceService(ports.http());
    if (ports.https() <= 0) {
      return http;
    }
    Function<InetAddress, List<URI>> https = DiscoveryTarget.deviceService("https", ports.https());
    return a -> {
      List<URI> out = new ArrayList<>(http.apply(a));
      out.addAll(https.apply(a));
      return out;
    };
  }

  @Override
  public void started(VirtualCamera camera) {
    try {
      responder.unregister(camera.endpointReference());
      responder.register(target(camera));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot announce " + camera.name(), e);
    }
  }

  @Override
  public void stopping(VirtualCamera camera) {
    try {
      responder.unregister(camera.endpointReference());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot send Bye for " + camera.name(), e);
    }
  }

  @Override
  public void changed(VirtualCamera camera) {
    if (responder.target(camera.endpointReference()).isEmpty()) {
      return; // down (rebooting) or not started: announced when it starts
    }
    DiscoveryTarget next = target(camera);
    try {
      responder.update(
          camera.endpointReference(),
          t -> t.withScopes(next.scopes()).withDiscoverable(next.discoverable()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot update discovery of " + camera.name(), e);
    }
  }
}
