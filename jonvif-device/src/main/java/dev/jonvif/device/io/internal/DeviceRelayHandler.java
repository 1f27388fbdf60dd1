package dev.jonvif.device.io.internal;

import static dev.jonvif.core.Namespaces.TDS;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Device service's relay operations: GetRelayOutputs, SetRelayOutputSettings and
 * SetRelayOutputState. DeviceIO endpoints receive the same tds elements for GetRelayOutputs and
 * SetRelayOutputState, and the dispatcher brings them here too. A camera without relays lists none.
 */
public final class DeviceRelayHandler implements ServiceHandler {

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.GET_RELAY_OUTPUTS,
        Operation.SET_RELAY_OUTPUT_SETTINGS,
        Operation.SET_RELAY_OUTPUT_STATE);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement body = ctx.body();
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case GET_RELAY_OUTPUTS -> Relays.list(ctx.camera(), r, TDS, "RelayOutputs");
      case SET_RELAY_OUTPUT_SETTINGS ->
          Relays.setSettings(
              ctx.camera(),
              Args.requiredText(body, TDS, "RelayOutputToken"),
              Args.requiredChild(body, TDS, "Properties"));
      case SET_RELAY_OUTPUT_STATE ->
          Relays.setState(
              ctx.camera(),
              Args.requiredText(body, TDS, "RelayOutputToken"),
              Args.requiredText(body, TDS, "LogicalState"));
      default -> throw new IllegalStateException("not a relay operation: " + ctx.operation());
    }
    return r.build();
  }
}
