package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.DeviceState;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Network settings of the simulated camera: host name, interface, protocols, DNS, default gateway.
 * Values are validated and stored; the camera keeps listening where the fleet bound it (a simulated
 * device cannot move its sockets), which is why SetNetworkInterfaces says no reboot is needed.
 */
final class NetworkHandler implements ServiceHandler {

  static final String INTERFACE_TOKEN = "eth0";

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.GET_HOSTNAME,
        Operation.SET_HOSTNAME,
        Operation.GET_NETWORK_INTERFACES,
        Operation.SET_NETWORK_INTERFACES,
        Operation.GET_NETWORK_PROTOCOLS,
        Operation.SET_NETWORK_PROTOCOLS,
        Operation.GET_DNS,
        Operation.SET_DNS,
        Operation.GET_NETWORK_DEFAULT_GATEWAY,
        Operation.SET_NETWORK_DEFAULT_GATEWAY);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    VirtualCamera camera = ctx.camera();
    DeviceState d = camera.device();
    switch (ctx.operation()) {
      case GET_HOSTNAME ->
          r.child(
              XmlElement.builder(TDS, "HostnameInformation")
                  .child(TT, "FromDHCP", d.hostnameFromDhcp())
                  .child(TT, "Name", d.hostname())
                  .build());
      case SET_HOSTNAME -> {
        String name = Args.requiredText(ctx.body(), TDS, "Name");
        if (!isHostname(name)) {
          throw DeviceFaults.invalidArgVal(
              "InvalidHostname", "not a valid host name: '" + Args.shorten(name) + "'");
        }
        camera.updateDevice(s -> s.withHostname(name, false));
      }
      case GET_NETWORK_INTERFACES -> r.child(networkInterface(ctx, d.network()));
      case SET_NETWORK_INTERFACES -> {
        setInterface(ctx);
        r.child(TDS, "RebootNeeded", false);
      }
      case GET_NETWORK_PROTOCOLS -> {
        VirtualCamera.Ports ports = camera.ports();
        r.child(protocol("HTTP", true, ports.http()));
        if (ports.https() > 0) {
          r.child(protocol("HTTPS", true, ports.https()));
        }
        DeviceState.Protocol rtsp = rtspSetting(camera);
        if (rtsp != null) {
          r.child(protocol("RTSP", rtsp.enabled(), rtsp.port()));
        }
      }
      case SET_NETWORK_PROTOCOLS -> setProtocols(ctx);
      case GET_DNS -> r.child(dnsInformation(d.dns()));
      case SET_DNS -> setDns(ctx);
      case GET_NETWORK_DEFAULT_GATEWAY -> {
        XmlElement.Builder g = XmlElement.builder(TDS, "NetworkGateway");
        for (String a : d.network().gateways()) {
          g.child(TT, a.indexOf(':') >= 0 ? "IPv6Address" : "IPv4Address", a);
        }
        r.child(g.build());
      }
      case SET_NETWORK_DEFAULT_GATEWAY -> setGateway(ctx);
      default -> throw new IllegalStateException("not handled here: " + ctx.operation());
    }
    return r.build();
  }

  static boolean isHostname(String name) {
    return NetworkHosts.isDnsName(name) && !name.endsWith(".");
  }

  private static XmlElement networkInterface(RequestContext ctx, DeviceState.Network n) {
    String address = n.address() != null ? n.address() : ctx.endpoint().localAddress();
    boolean v4 = NetworkHosts.isIpv4(address) || address.startsWith("127.");
    XmlElement.Builder config = XmlElement.builder(TT, "Config");
    if (!n.dhcp() && v4) {
      int prefix = n.address() != null ? n.prefixLength() : address.startsWith("127.") ? 8 : 24;
      config.child(
          XmlElement.builder(TT, "Manual")
              .child(TT, "Address", address)
              .child(TT, "PrefixLength", prefix)
              .build());
    }
    if (n.dhcp() && v4) {
      config.child(
          XmlElement.builder(TT, "FromDHCP")
              .child(TT, "Address", address)
              .child(TT, "PrefixLength", 24)
              .build());
    }
    config.child(TT, "DHCP", n.dhcp());
    return XmlElement.builder(TDS, "NetworkInterfaces")
        .attribute("token", INTERFACE_TOKEN)
        .child(TT, "Enabled", true)
        .child(
            XmlElement.builder(TT, "Info")
                .child(TT, "Name", INTERFACE_TOKEN)
                .child(TT, "HwAddress", macAddress(ctx.camera()))
                .child(TT, "MTU", 1500)
                .build())
        .child(
            XmlElement.builder(TT, "IPv4").child(TT, "Enabled", true).child(config.build()).build())
        .build();
  }

  /** A stable, locally administered MAC address derived from the camera's endpoint UUID. */
  static String macAddress(VirtualCamera camera) {
    int h = camera.device().endpointUuid().hashCode();
    int h2 = camera.name().hashCode();
    return String.format(
        "02:%02x:%02x:%02x:%02x:%02x",
        (h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff, h2 & 0xff);
  }

  private static void setInterface(RequestContext ctx) {
    String token = Args.requiredText(ctx.body(), TDS, "InterfaceToken");
    if (!token.equals(INTERFACE_TOKEN)) {
      throw DeviceFaults.invalidArgVal(
          "InvalidNetworkInterface", "no network interface '" + Args.shorten(token) + "'");
    }
    XmlElement ni = Args.requiredChild(ctx.body(), TDS, "NetworkInterface");
    XmlElement v6 = Args.child(ni, TT, "IPv6");
    if (v6 != null && Args.optionalBoolean(v6, TT, "Enabled", false)) {
      throw DeviceFaults.invalidArgVal("IPv6Unsupported", "this camera has no IPv6");
    }
    XmlElement v4 = Args.child(ni, TT, "IPv4");
    if (v4 == null) {
      return;
    }
    ctx.camera()
        .updateDevice(
            d -> {
              DeviceState.Network n = d.network();
              boolean dhcp = Args.optionalBoolean(v4, TT, "DHCP", n.dhcp());
              String address = n.address();
              int prefix = n.prefixLength();
              XmlElement manual = Args.child(v4, TT, "Manual");
              if (manual != null) {
                address = NetworkHosts.requireIpv4(Args.requiredText(manual, TT, "Address"));
                prefix = Args.requiredInt(manual, TT, "PrefixLength");
                if (prefix < 1 || prefix > 32) {
                  throw DeviceFaults.invalidArgVal(
                      "InvalidIPv4Address", "prefix length must be 1 to 32");
                }
              }
              return d.withNetwork(new DeviceState.Network(dhcp, address, prefix, n.gateways()));
            });
  }

  private static XmlElement protocol(String name, boolean enabled, int port) {
    return XmlElement.builder(TDS, "NetworkProtocols")
        .child(TT, "Name", name)
        .child(TT, "Enabled", enabled)
        .child(TT, "Port", port)
        .build();
  }

  private static DeviceState.Protocol rtspSetting(VirtualCamera camera) {
    DeviceState.Protocol set = camera.device().rtsp();
    if (set != null) {
      return set;
    }
    int port = camera.ports().rtsp();
    return port > 0 ? new DeviceState.Protocol(true, port) : null;
  }

  /**
   * SetNetworkProtocols. HTTP and HTTPS are where the fleet listens and cannot move or be turned
   * off in a simulator, so they are accepted only as they are; the RTSP setting is stored and
   * reported (stream URIs keep the fleet's RTSP port).
   */
  private static void setProtocols(RequestContext ctx) {
    VirtualCamera.Ports ports = ctx.camera().ports();
    DeviceState.Protocol rtsp = null;
    for (XmlElement p : ctx.body().childrenLenient("NetworkProtocols")) {
      String name = Args.requiredText(p, TT, "Name");
      boolean enabled = Args.requiredBoolean(p, TT, "Enabled");
      List<Integer> requestedPorts = new ArrayList<>();
      for (String port : Args.texts(p, TT, "Port")) {
        try {
          int n = Integer.parseInt(port);
          if (n < 1 || n > 65535) {
            throw new NumberFormatException();
          }
          requestedPorts.add(n);
        } catch (NumberFormatException e) {
          throw DeviceFaults.invalidArgVal(null, "not a port: '" + Args.shorten(port) + "'");
        }
      }
      switch (name) {
        case "HTTP", "HTTPS" -> {
          int actual = name.equals("HTTP") ? ports.http() : ports.https();
          if (actual <= 0) {
            throw DeviceFaults.invalidArgVal(
                "ServiceNotSupported", name + " is not served by this camera");
          }
          if (!enabled || !(requestedPorts.isEmpty() || requestedPorts.equals(List.of(actual)))) {
            throw DeviceFaults.invalidArgVal(
                "ServiceNotSupported",
                "this simulated camera serves " + name + " on port " + actual + " only");
          }
        }
        case "RTSP" -> {
          int port =
              requestedPorts.isEmpty() ? rtspSetting(ctx.camera()).port() : requestedPorts.get(0);
          rtsp = new DeviceState.Protocol(enabled, port);
        }
        default ->
            throw DeviceFaults.invalidArgVal(
                "ServiceNotSupported", "protocol " + Args.shorten(name) + " is not supported");
      }
    }
    DeviceState.Protocol next = rtsp;
    if (next != null) {
      ctx.camera().updateDevice(d -> d.withRtsp(next));
    }
  }

  private static XmlElement dnsInformation(DeviceState.Dns dns) {
    XmlElement.Builder b =
        XmlElement.builder(TDS, "DNSInformation").child(TT, "FromDHCP", dns.fromDhcp());
    for (String s : dns.searchDomains()) {
      b.child(TT, "SearchDomain", s);
    }
    for (String s : dns.manual()) {
      b.child(NetworkHosts.ipAddress(TT, "DNSManual", s));
    }
    return b.build();
  }

  private static void setDns(RequestContext ctx) {
    boolean fromDhcp = Args.requiredBoolean(ctx.body(), TDS, "FromDHCP");
    List<String> domains = new ArrayList<>();
    for (String s : Args.texts(ctx.body(), TDS, "SearchDomain")) {
      if (!NetworkHosts.isDnsName(s)) {
        throw DeviceFaults.invalidArgVal(
            "InvalidDnsName", "not a valid search domain: '" + Args.shorten(s) + "'");
      }
      domains.add(s);
    }
    List<String> servers = new ArrayList<>();
    for (XmlElement a : ctx.body().childrenLenient("DNSManual")) {
      String type = Args.requiredText(a, TT, "Type");
      if (type.equals("DNS")) {
        throw DeviceFaults.invalidArgVal(null, "DNS servers are given as IP addresses");
      }
      servers.add(NetworkHosts.readHost(a));
    }
    ctx.camera().updateDevice(d -> d.withDns(new DeviceState.Dns(fromDhcp, domains, servers)));
  }

  private static void setGateway(RequestContext ctx) {
    List<String> gateways = new ArrayList<>();
    for (String a : Args.texts(ctx.body(), TDS, "IPv4Address")) {
      if (!NetworkHosts.isIpv4(a)) {
        throw DeviceFaults.invalidArgVal(
            "InvalidGatewayAddress", "not a valid IPv4 gateway: '" + Args.shorten(a) + "'");
      }
      gateways.add(a);
    }
    for (String a : Args.texts(ctx.body(), TDS, "IPv6Address")) {
      if (!NetworkHosts.isIpv6(a)) {
        throw DeviceFaults.invalidArgVal(
            "InvalidGatewayAddress", "not a valid IPv6 gateway: '" + Args.shorten(a) + "'");
      }
      gateways.add(a);
    }
    ctx.camera()
        .updateDevice(
            d -> {
              DeviceState.Network n = d.network();
              return d.withNetwork(
                  new DeviceState.Network(n.dhcp(), n.address(), n.prefixLength(), gateways));
            });
  }
}
