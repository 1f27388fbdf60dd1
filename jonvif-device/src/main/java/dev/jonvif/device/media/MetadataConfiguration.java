package dev.jonvif.device.media;

import java.time.Duration;
import java.util.Objects;

/**
 * What a metadata stream carries (tt:MetadataConfiguration): PTZ status and position, events,
 * analytics. Shared by Media and Media2.
 *
 * @param events whether events go into the stream (written as an empty tt:Events element)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, MetadataConfiguration</a>
 */
public record MetadataConfiguration(
    String token,
    String name,
    boolean ptzStatus,
    boolean ptzPosition,
    boolean events,
    boolean analytics,
    Multicast multicast,
    Duration sessionTimeout) {

  public MetadataConfiguration {
    Tokens.requireToken(token);
    Tokens.requireName(name);
    Objects.requireNonNull(multicast, "multicast");
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
  }

  /** Whether a PTZ filter is written (either flag set). */
  public boolean hasPtzFilter() {
    return ptzStatus || ptzPosition;
  }
}
