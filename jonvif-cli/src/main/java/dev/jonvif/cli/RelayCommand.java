package dev.jonvif.cli;

import dev.jonvif.client.DeviceIoClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.DigitalInput;
import dev.jonvif.core.model.RelayLogicalState;
import dev.jonvif.core.model.RelayOutput;
import dev.jonvif.core.types.XsDuration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jonvif relay URL list|set TOKEN active|inactive}: relay outputs and digital inputs. */
@Command(
    name = "relay",
    description = "List relay outputs and digital inputs, or switch a relay: set TOKEN active.")
final class RelayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Parameters(index = "1", paramLabel = "ACTION", description = "list or set.")
  String action;

  @Parameters(index = "2..*", paramLabel = "ARG", description = "With set: TOKEN active|inactive.")
  List<String> args = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      DeviceIoClient io = cam.deviceIo();
      switch (action) {
        case "list" -> list(out, io);
        case "set" -> {
          if (args.size() != 2) {
            throw new IllegalArgumentException("relay set needs TOKEN and active or inactive");
          }
          RelayLogicalState state = RelayLogicalState.fromWire(args.get(1));
          if (state == null) {
            throw new IllegalArgumentException(
                "relay state is active or inactive, not " + args.get(1));
          }
          io.setRelayState(args.get(0), state);
          out.println(args.get(0) + " " + state.wireValue());
        }
        default ->
            throw new IllegalArgumentException(
                "unknown relay action: " + action + " (list or set)");
      }
    }
    return 0;
  }

  private void list(PrintWriter out, DeviceIoClient io) {
    List<RelayOutput> relays = io.relayOutputs();
    List<DigitalInput> inputs = io.hasDeviceIoService() ? io.digitalInputs() : List.of();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Object> r = new ArrayList<>();
      for (RelayOutput o : relays) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("token", o.token());
        e.put("mode", o.mode() == null ? null : o.mode().wireValue());
        e.put("delayTime", o.delayTime() == null ? null : XsDuration.format(o.delayTime()));
        e.put("idleState", o.idleState() == null ? null : o.idleState().wireValue());
        r.add(e);
      }
      m.put("relayOutputs", r);
      List<Object> d = new ArrayList<>();
      for (DigitalInput i : inputs) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("token", i.token());
        e.put("idleState", i.idleState() == null ? null : i.idleState().wireValue());
        d.add(e);
      }
      m.put("digitalInputs", d);
      out.println(Json.write(m));
      return;
    }
    if (relays.isEmpty() && inputs.isEmpty()) {
      out.println("no relay outputs or digital inputs");
    }
    for (RelayOutput o : relays) {
      out.printf(
          "relay  %-16s %s, delay %s, idle %s%n",
          o.token(),
          o.mode() == null ? "-" : o.mode().wireValue(),
          o.delayTime() == null ? "-" : XsDuration.format(o.delayTime()),
          o.idleState() == null ? "-" : o.idleState().wireValue());
    }
    for (DigitalInput i : inputs) {
      out.printf(
          "input  %-16s idle %s%n",
          i.token(), i.idleState() == null ? "-" : i.idleState().wireValue());
    }
  }
}
