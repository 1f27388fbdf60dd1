package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.Scopes;
import dev.jonvif.device.ServiceHandler;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scopes and discovery mode: GetScopes, SetScopes, AddScopes, RemoveScopes, GetDiscoveryMode,
 * SetDiscoveryMode. Fixed scopes (type, hardware, profiles) cannot be set or removed; SetScopes
 * replaces the configurable ones.
 */
final class ScopesHandler implements ServiceHandler {

  /** Most configurable scopes a camera holds. */
  static final int MAX_CONFIGURABLE = 32;

  /** Longest scope URI accepted. */
  static final int MAX_SCOPE_LENGTH = 256;

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.GET_SCOPES,
        Operation.SET_SCOPES,
        Operation.ADD_SCOPES,
        Operation.REMOVE_SCOPES,
        Operation.GET_DISCOVERY_MODE,
        Operation.SET_DISCOVERY_MODE);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case GET_SCOPES -> {
        List<String> fixed = Scopes.fixed(ctx.camera().persona());
        for (String s : fixed) {
          r.child(scope("Fixed", s));
        }
        for (String s : ctx.camera().device().scopes()) {
          r.child(scope("Configurable", s));
        }
      }
      case SET_SCOPES -> setScopes(ctx, Args.texts(ctx.body(), TDS, "Scopes"));
      case ADD_SCOPES -> addScopes(ctx, Args.texts(ctx.body(), TDS, "ScopeItem"));
      case REMOVE_SCOPES -> {
        for (String removed : removeScopes(ctx, Args.texts(ctx.body(), TDS, "ScopeItem"))) {
          r.child(TDS, "ScopeItem", removed);
        }
      }
      case GET_DISCOVERY_MODE ->
          r.child(
              TDS,
              "DiscoveryMode",
              ctx.camera().device().discoverable() ? "Discoverable" : "NonDiscoverable");
      case SET_DISCOVERY_MODE -> {
        String mode = Args.requiredText(ctx.body(), TDS, "DiscoveryMode");
        boolean discoverable =
            switch (mode) {
              case "Discoverable" -> true;
              case "NonDiscoverable" -> false;
              default ->
                  throw DeviceFaults.invalidArgVal(
                      null,
                      "DiscoveryMode must be Discoverable or NonDiscoverable, not '"
                          + Args.shorten(mode)
                          + "'");
            };
        ctx.camera().updateDevice(d -> d.withDiscoverable(discoverable));
      }
      default -> throw new IllegalStateException("not handled here: " + ctx.operation());
    }
    return r.build();
  }

  private static XmlElement scope(String def, String item) {
    return XmlElement.builder(TDS, "Scopes")
        .child(TT, "ScopeDef", def)
        .child(TT, "ScopeItem", item)
        .build();
  }

  private static void setScopes(RequestContext ctx, List<String> requested) {
    List<String> fixed = Scopes.fixed(ctx.camera().persona());
    Set<String> next = new LinkedHashSet<>();
    for (String s : requested) {
      validate(s);
      if (fixed.contains(s)) {
        throw DeviceFaults.operationProhibited(
            "ScopeOverwrite", "scope " + s + " is fixed and cannot be set");
      }
      next.add(s);
    }
    if (next.size() > MAX_CONFIGURABLE) {
      throw DeviceFaults.action(
          "TooManyScopes", "at most " + MAX_CONFIGURABLE + " configurable scopes");
    }
    ctx.camera().updateDevice(d -> d.withScopes(List.copyOf(next)));
  }

  private static void addScopes(RequestContext ctx, List<String> requested) {
    List<String> fixed = Scopes.fixed(ctx.camera().persona());
    for (String s : requested) {
      validate(s);
    }
    ctx.camera()
        .updateDevice(
            d -> {
              Set<String> next = new LinkedHashSet<>(d.scopes());
              for (String s : requested) {
                if (!fixed.contains(s)) {
                  next.add(s);
                }
              }
              if (next.size() > MAX_CONFIGURABLE) {
                throw DeviceFaults.action(
                    "TooManyScopes", "at most " + MAX_CONFIGURABLE + " configurable scopes");
              }
              return d.withScopes(List.copyOf(next));
            });
  }

  private static List<String> removeScopes(RequestContext ctx, List<String> requested) {
    List<String> fixed = Scopes.fixed(ctx.camera().persona());
    List<String> removed = new ArrayList<>();
    ctx.camera()
        .updateDevice(
            d -> {
              List<String> next = new ArrayList<>(d.scopes());
              for (String s : requested) {
                if (fixed.contains(s)) {
                  throw DeviceFaults.operationProhibited(
                      "FixedScope", "scope " + s + " is fixed and cannot be removed");
                }
                if (!next.remove(s)) {
                  throw DeviceFaults.invalidArgVal("NoScope", "no such scope: " + s);
                }
                removed.add(s);
              }
              return d.withScopes(next);
            });
    return removed;
  }

  private static void validate(String scope) {
    if (scope.isEmpty() || scope.length() > MAX_SCOPE_LENGTH) {
      throw DeviceFaults.invalidArgVal(
          null, "a scope must be a URI of 1 to " + MAX_SCOPE_LENGTH + " characters");
    }
    try {
      URI u = new URI(scope);
      if (!u.isAbsolute()) {
        throw new URISyntaxException(scope, "not absolute");
      }
    } catch (URISyntaxException e) {
      throw DeviceFaults.invalidArgVal(
          null, "a scope must be an absolute URI: '" + Args.shorten(scope) + "'");
    }
  }
}
