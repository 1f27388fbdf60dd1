package dev.jonvif.device.imaging;

import dev.jonvif.device.Persona;
import dev.jonvif.device.StateSlot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The persisted imaging settings of one camera (state slot {@code imaging}), per video source
 * token; a source never set has {@link ImagingSettings#DEFAULT}.
 */
public record ImagingState(Map<String, ImagingSettings> sources) {

  /** The camera state slot. */
  public static final StateSlot<ImagingState> SLOT =
      new StateSlot<>("imaging", ImagingState.class, ImagingState::initial);

  public ImagingState {
    sources = Map.copyOf(Objects.requireNonNullElse(sources, Map.of()));
  }

  /** Factory settings: every source at {@link ImagingSettings#DEFAULT}. */
  public static ImagingState initial(Persona persona) {
    return new ImagingState(Map.of());
  }

  /** The settings of a video source. */
  public ImagingSettings settings(String sourceToken) {
    return sources.getOrDefault(sourceToken, ImagingSettings.DEFAULT);
  }

  public ImagingState with(String sourceToken, ImagingSettings settings) {
    Map<String, ImagingSettings> m = new LinkedHashMap<>(sources);
    m.put(sourceToken, settings);
    return new ImagingState(m);
  }
}
