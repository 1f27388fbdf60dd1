package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ServiceModule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * GetServices and GetCapabilities, both derived from the registered service modules the camera
 * offers, so they advertise exactly what answers.
 */
final class CapabilitiesHandler implements ServiceHandler {

  /** tt:Capabilities children, in schema order (Extension last). */
  private static final List<String> CATEGORIES =
      List.of("Analytics", "Device", "Events", "Imaging", "Media", "PTZ");

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(Operation.GET_SERVICES, Operation.GET_CAPABILITIES);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    return switch (ctx.operation()) {
      case GET_SERVICES -> services(ctx);
      case GET_CAPABILITIES -> capabilities(ctx);
      default -> throw new IllegalStateException("not handled here: " + ctx.operation());
    };
  }

  private static XmlElement services(RequestContext ctx) {
    boolean include = Args.requiredBoolean(ctx.body(), TDS, "IncludeCapability");
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    for (ServiceModule m : ctx.offeredServices()) {
      XmlElement.Builder s =
          XmlElement.builder(TDS, "Service")
              .child(TDS, "Namespace", m.service().namespace())
              .child(TDS, "XAddr", ctx.xaddr(m.service()));
      if (include) {
        s.child(XmlElement.builder(TDS, "Capabilities").child(m.serviceCapabilities(ctx)).build());
      }
      s.child(
          XmlElement.builder(TDS, "Version")
              .child(TT, "Major", m.service().major())
              .child(TT, "Minor", m.service().minor())
              .build());
      r.child(s.build());
    }
    return r.build();
  }

  private static XmlElement capabilities(RequestContext ctx) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String c : Args.texts(ctx.body(), TDS, "Category")) {
      if (!c.equals("All") && !CATEGORIES.contains(c)) {
        throw DeviceFaults.invalidArgVal(
            null, "unknown capability category '" + Args.shorten(c) + "'");
      }
      wanted.add(c);
    }
    boolean all = wanted.isEmpty() || wanted.contains("All");
    List<XmlElement> legacy = new ArrayList<>();
    List<XmlElement> extensions = new ArrayList<>();
    for (ServiceModule m : ctx.offeredServices()) {
      XmlElement e = m.legacyCapabilities(ctx);
      if (e != null) {
        legacy.add(e);
      }
      XmlElement x = m.legacyExtensionCapabilities(ctx);
      if (x != null && all) {
        extensions.add(x);
      }
    }
    XmlElement.Builder caps = XmlElement.builder(TDS, "Capabilities");
    for (String category : CATEGORIES) {
      if (!all && !wanted.contains(category)) {
        continue;
      }
      XmlElement found = null;
      for (XmlElement e : legacy) {
        if (e.localName().equals(category)) {
          found = e;
        }
      }
      if (found != null) {
        caps.child(found);
      } else if (!all) {
        throw DeviceFaults.actionNotSupported(
            "NoSuchService", "this camera has no " + category + " service");
      }
    }
    if (!extensions.isEmpty()) {
      caps.child(XmlElement.builder(TT, "Extension").children(extensions).build());
    }
    return XmlElement.builder(ctx.operation().responseName()).child(caps.build()).build();
  }
}
