package dev.jonvif.device;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service modules a server exposes and which handler answers each operation. Immutable; shared
 * by every camera of a fleet.
 */
public final class ServiceRegistry {

  private final Map<OnvifService, ServiceModule> modules;
  private final Map<Operation, ServiceHandler> handlers;

  ServiceRegistry(List<ServiceModule> list) {
    Map<OnvifService, ServiceModule> m = new EnumMap<>(OnvifService.class);
    Map<Operation, ServiceHandler> h = new EnumMap<>(Operation.class);
    for (ServiceModule module : list) {
      if (m.put(module.service(), module) != null) {
        throw new IllegalArgumentException("service registered twice: " + module.service());
      }
      for (ServiceHandler handler : module.handlers()) {
        for (Operation op : handler.operations()) {
          if (op.service() != module.service()) {
            throw new IllegalArgumentException(
                op + " does not belong to " + module.service() + " (handler " + handler + ")");
          }
          if (h.put(op, handler) != null) {
            throw new IllegalArgumentException("two handlers for " + op);
          }
        }
      }
    }
    for (ServiceModule module : list) {
      for (ServiceHandler handler : module.otherServiceHandlers()) {
        for (Operation op : handler.operations()) {
          if (!m.containsKey(op.service())) {
            continue; // that service is not served, so nobody can call the operation
          }
          if (h.put(op, handler) != null) {
            throw new IllegalArgumentException("two handlers for " + op);
          }
        }
      }
    }
    this.modules = Collections.unmodifiableMap(m);
    this.handlers = Collections.unmodifiableMap(h);
  }

  /** The module of {@code service}, or {@code null} when it is not registered. */
  public ServiceModule module(OnvifService service) {
    return modules.get(service);
  }

  /** The handler of {@code op}, or {@code null} when no registered module answers it. */
  public ServiceHandler handler(Operation op) {
    return handlers.get(op);
  }

  /** Whether {@code service} is registered and offered by {@code camera}. */
  public boolean isOffered(OnvifService service, VirtualCamera camera) {
    ServiceModule m = modules.get(service);
    return m != null && m.offeredBy(camera);
  }

  /** The registered modules {@code camera} offers, in {@link OnvifService} order. */
  public List<ServiceModule> offeredBy(VirtualCamera camera) {
    List<ServiceModule> out = new ArrayList<>(modules.size());
    for (ServiceModule m : modules.values()) {
      if (m.offeredBy(camera)) {
        out.add(m);
      }
    }
    return out;
  }
}
