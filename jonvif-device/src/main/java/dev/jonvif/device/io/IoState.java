package dev.jonvif.device.io;

import dev.jonvif.device.Persona;
import dev.jonvif.device.StateSlot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The persisted I/O settings of one camera (state slot {@code io}): relay output settings and
 * digital input idle states by token. Tokens the camera has but this map lacks use the defaults.
 */
public record IoState(
    Map<String, RelayOutputSettings> relays, Map<String, RelayOutputSettings.IdleState> inputs) {

  /** The camera state slot. */
  public static final StateSlot<IoState> SLOT =
      new StateSlot<>("io", IoState.class, IoState::initial);

  public IoState {
    relays = Map.copyOf(Objects.requireNonNullElse(relays, Map.of()));
    inputs = Map.copyOf(Objects.requireNonNullElse(inputs, Map.of()));
  }

  /** Factory settings: every relay {@link RelayOutputSettings#DEFAULT}, every input idle open. */
  public static IoState initial(Persona persona) {
    return new IoState(Map.of(), Map.of());
  }

  public RelayOutputSettings relay(String token) {
    return relays.getOrDefault(token, RelayOutputSettings.DEFAULT);
  }

  public RelayOutputSettings.IdleState input(String token) {
    return inputs.getOrDefault(token, RelayOutputSettings.IdleState.OPEN);
  }

  public IoState withRelay(String token, RelayOutputSettings settings) {
    Map<String, RelayOutputSettings> m = new LinkedHashMap<>(relays);
    m.put(token, settings);
    return new IoState(m, inputs);
  }

  public IoState withInput(String token, RelayOutputSettings.IdleState idle) {
    Map<String, RelayOutputSettings.IdleState> m = new LinkedHashMap<>(inputs);
    m.put(token, idle);
    return new IoState(relays, m);
  }
}
