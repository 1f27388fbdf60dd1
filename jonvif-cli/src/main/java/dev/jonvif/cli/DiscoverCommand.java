package dev.jonvif.cli;

import dev.jonvif.discovery.DiscoveredDevice;
import dev.jonvif.discovery.DiscoveryClient;
import dev.jonvif.discovery.ProbeRequest;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif discover}: WS-Discovery on every interface, or a directed probe of hosts. */
@Command(name = "discover", description = "Find ONVIF cameras (WS-Discovery).")
final class DiscoverCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--timeout",
      paramLabel = "DUR",
      description = "How long to listen (default: 3s).")
  String timeout;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(
      names = "--interface",
      paramLabel = "NAME",
      description = "Probe only on this network interface (name or address).")
  String networkInterface;

  @Option(
      names = "--unicast",
      paramLabel = "HOST|CIDR",
      description = "Probe these hosts directly (other subnets, VPNs, containers).")
  String unicast;

  @Option(names = "--port", hidden = true, description = "UDP port of the responders (tests).")
  int port = 3702;

  /** Whether progress may be shown (an interactive terminal); tests turn it off. */
  static volatile boolean interactive = System.console() != null;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProbeRequest request = ProbeRequest.defaults();
    if (timeout != null) {
      request = request.withTimeout(CameraOptions.parseDuration(timeout));
    }
    DiscoveryClient.Builder b = DiscoveryClient.builder().port(port);
    if (networkInterface != null) {
      b.networkInterface(networkInterface);
    }
    DiscoveryClient client = b.build();
    boolean progress = interactive && !json;
    AtomicInteger found = new AtomicInteger();
    java.util.function.Consumer<DiscoveredDevice> onFound =
        progress
            ? d -> {
              err.print("\rsearching... " + found.incrementAndGet() + " found");
              err.flush();
            }
            : null;
    List<DiscoveredDevice> devices =
        unicast != null
            ? client.probeHosts(unicast, request, onFound)
            : client.probe(request, onFound);
    if (progress) {
      err.print("\r" + " ".repeat(40) + "\r");
      err.flush();
    }
    if (json) {
      List<Object> list = new ArrayList<>();
      for (DiscoveredDevice d : devices) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpointReference", d.endpointReference());
        m.put("name", d.name());
        m.put("hardware", d.hardware());
        m.put("xaddrs", d.xaddrs().stream().map(URI::toString).toList());
        m.put("profiles", d.profiles());
        m.put("locations", d.locations());
        m.put("scopes", d.scopes());
        m.put("interfaces", d.interfaces());
        list.add(m);
      }
      out.println(Json.write(list));
      return 0;
    }
    if (devices.isEmpty()) {
      out.println("no camera answered");
      return 0;
    }
    out.printf("%-24s %-20s %-48s %s%n", "NAME", "HARDWARE", "ADDRESS", "PROFILES");
    for (DiscoveredDevice d : devices) {
      out.printf(
          "%-24s %-20s %-48s %s%n",
          d.name() == null ? "-" : d.name(),
          d.hardware() == null ? "-" : d.hardware(),
          d.deviceServiceUrl()
              .map(URI::toString)
              .orElse(d.xaddrs().isEmpty() ? "-" : d.xaddrs().get(0).toString()),
          String.join(",", d.profiles()));
    }
    return 0;
  }
}
