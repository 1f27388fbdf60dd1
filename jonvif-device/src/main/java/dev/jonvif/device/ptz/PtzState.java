package dev.jonvif.device.ptz;

import dev.jonvif.device.Persona;
import dev.jonvif.device.StateSlot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The persisted PTZ state of one camera (state slot {@code ptz}): its PTZ configurations, its
 * presets and its home position. The position itself is not persisted: like a real dome, a camera
 * that restarts finds itself at home.
 *
 * @param configurations the PTZ configurations
 * @param presets the presets, in creation order
 * @param home the home position
 * @param nextPreset the number the next new preset token gets ({@code Preset_<n>})
 */
public record PtzState(
    List<PtzConfiguration> configurations,
    List<PtzPreset> presets,
    PtzPosition home,
    int nextPreset) {

  /** The camera state slot. */
  public static final StateSlot<PtzState> SLOT =
      new StateSlot<>("ptz", PtzState.class, PtzState::initial);

  /** The token of the node every virtual camera has. */
  public static final String NODE_TOKEN = "PTZNode_1";

  /** The token of the PTZ configuration a virtual camera ships with. */
  public static final String CONFIGURATION_TOKEN = "PTZConfiguration_1";

  /** ContinuousMove lasts this long without a Timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public PtzState {
    configurations = List.copyOf(configurations);
    presets = List.copyOf(presets);
    home = Objects.requireNonNullElse(home, PtzPosition.ORIGIN);
    nextPreset = Math.max(1, nextPreset);
  }

  /** The factory state: one configuration, no presets, home at the origin. */
  public static PtzState initial(Persona persona) {
    PtzConfiguration c =
        new PtzConfiguration(
            CONFIGURATION_TOKEN,
            "PTZ",
            NODE_TOKEN,
            PtzVector.of(1, 1, 1),
            DEFAULT_TIMEOUT.toMillis());
    return new PtzState(List.of(c), List.of(), PtzPosition.ORIGIN, 1);
  }

  /** The configuration with this token, or {@code null}. */
  public PtzConfiguration configuration(String token) {
    for (PtzConfiguration c : configurations) {
      if (c.token().equals(token)) {
        return c;
      }
    }
    return null;
  }

  /** The preset with this token, or {@code null}. */
  public PtzPreset preset(String token) {
    for (PtzPreset p : presets) {
      if (p.token().equals(token)) {
        return p;
      }
    }
    return null;
  }

  /** The preset with this name, or {@code null}. */
  public PtzPreset presetNamed(String name) {
    for (PtzPreset p : presets) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  public PtzState withConfiguration(PtzConfiguration changed) {
    List<PtzConfiguration> list = new ArrayList<>(configurations);
    list.replaceAll(c -> c.token().equals(changed.token()) ? changed : c);
    return new PtzState(list, presets, home, nextPreset);
  }

  /** This state with {@code preset} added, or replacing the preset with its token. */
  public PtzState withPreset(PtzPreset preset) {
    List<PtzPreset> list = new ArrayList<>(presets);
    boolean replaced = false;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).token().equals(preset.token())) {
        list.set(i, preset);
        replaced = true;
      }
    }
    if (!replaced) {
      list.add(preset);
    }
    return new PtzState(configurations, list, home, replaced ? nextPreset : nextPreset + 1);
  }

  public PtzState withoutPreset(String token) {
    List<PtzPreset> list = new ArrayList<>(presets);
    list.removeIf(p -> p.token().equals(token));
    return new PtzState(configurations, list, home, nextPreset);
  }

  public PtzState withHome(PtzPosition newHome) {
    return new PtzState(configurations, presets, newHome, nextPreset);
  }
}
