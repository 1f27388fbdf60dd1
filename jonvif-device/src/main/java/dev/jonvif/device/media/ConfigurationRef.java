package dev.jonvif.device.media;

import java.util.Objects;

/**
 * A reference to a configuration by type and token (tr2:ConfigurationRef).
 *
 * @param token the configuration token; {@code null} means "the one the profile has" when removing,
 *     or "the first compatible one" when creating a profile
 */
public record ConfigurationRef(ConfigurationType type, String token) {

  public ConfigurationRef {
    Objects.requireNonNull(type, "type");
  }
}
