package dev.jonvif.client.internal;

import static dev.jonvif.core.Namespaces.TDS;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.model.Capabilities;
import dev.jonvif.core.model.OnvifVersion;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.xml.XmlElement;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The connect sequence: read the camera's clock, then learn its services from GetServices (with
 * capabilities), falling back to GetCapabilities for devices without GetServices; build the
 * endpoint map with addresses rewritten for NAT.
 */
public final class Connector {

  private static final System.Logger LOG = System.getLogger("dev.jonvif.client");

  /**
   * What connecting learned.
   *
   * @param services the services, as GetServices listed them (or made from GetCapabilities, with
   *     unknown versions); addresses as the device sent them
   * @param endpoints namespace to the address to use (rewritten), the device service included
   * @param capabilities the GetCapabilities answer when it was used, else {@code null}
   */
  public record Connection(
      List<Service> services, Map<String, URI> endpoints, Capabilities capabilities) {
    public Connection {
      services = List.copyOf(services);
      endpoints = Collections.unmodifiableMap(new LinkedHashMap<>(endpoints));
    }
  }

  private final CameraTransport transport;
  private final URI deviceUri;
  private final AddressRewriter rewriter;

  public Connector(CameraTransport transport, URI deviceUri, AddressRewriter rewriter) {
    this.transport = transport;
    this.deviceUri = deviceUri;
    this.rewriter = rewriter;
  }

  public Connection connect() {
    readClock();
    List<Service> services;
    Capabilities caps = null;
    try {
      services = getServices(true);
    } catch (OnvifException first) {
      if (!isNotImplemented(first)) {
        throw first;
      }
      services = null;
      try {
        services = getServices(false);
      } catch (OnvifException second) {
        if (!isNotImplemented(second)) {
          throw second;
        }
      }
      if (services == null) {
        LOG.log(Level.DEBUG, "GetServices failed ({0}); using GetCapabilities", first.reason());
        caps = getCapabilities();
        services = fromCapabilities(caps);
      }
    }
    return new Connection(services, endpoints(services), caps);
  }

  private void readClock() {
    try {
      transport.readClock();
    } catch (AuthenticationException e) {
      // The clock stays unknown; GetServices reports the real authentication problem.
      LOG.log(Level.DEBUG, "GetSystemDateAndTime refused: {0}", e.reason());
    } catch (TransportException e) {
      if (e.httpStatus() < 0) {
        throw e; // unreachable, refused, timed out: nothing else will work either
      }
      LOG.log(Level.DEBUG, "GetSystemDateAndTime failed: {0}", e.reason());
    } catch (SoapFaultException | MalformedMessageException e) {
      LOG.log(Level.DEBUG, "GetSystemDateAndTime failed: {0}", e.reason());
    }
  }

  /** A failure that says "try the other way", not "the camera or credentials are wrong". */
  private static boolean isNotImplemented(OnvifException e) {
    return switch (e) {
      case SoapFaultException f -> true;
      case MalformedMessageException m -> true;
      case TransportException t -> t.httpStatus() > 0;
      case AuthenticationException a -> false;
    };
  }

  private List<Service> getServices(boolean includeCapability) {
    XmlElement body =
        XmlElement.builder(TDS, "GetServices")
            .child(TDS, "IncludeCapability", includeCapability)
            .build();
    List<Service> services = Service.listFromResponse(Soap.call(transport, deviceUri, body));
    if (services.isEmpty()) {
      throw new MalformedMessageException("GetServices listed no service");
    }
    return services;
  }

  private Capabilities getCapabilities() {
    XmlElement body =
        XmlElement.builder(TDS, "GetCapabilities").child(TDS, "Category", "All").build();
    return Capabilities.fromResponse(Soap.call(transport, deviceUri, body));
  }

  private static List<Service> fromCapabilities(Capabilities caps) {
    List<Service> out = new ArrayList<>();
    caps.xaddrs()
        .forEach((ns, xaddr) -> out.add(new Service(ns, xaddr, OnvifVersion.UNKNOWN, null)));
    return out;
  }

  private Map<String, URI> endpoints(List<Service> services) {
    for (Service s : services) {
      if (s.namespace().equals(TDS)) {
        rewriter.learnDeviceAddress(s.xaddr());
      }
    }
    Map<String, URI> map = new LinkedHashMap<>();
    map.put(TDS, deviceUri);
    for (Service s : services) {
      if (s.namespace().equals(TDS) || map.containsKey(s.namespace())) {
        continue;
      }
      try {
        map.put(s.namespace(), Uris.parse(rewriter.rewrite(s.xaddr())));
      } catch (MalformedMessageException e) {
        LOG.log(Level.DEBUG, "ignoring service {0}: bad address {1}", s.namespace(), s.xaddr());
      }
    }
    return map;
  }
}
