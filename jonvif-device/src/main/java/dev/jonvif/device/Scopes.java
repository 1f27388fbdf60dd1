package dev.jonvif.device;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ONVIF scope URIs of a camera. Fixed scopes (profiles, hardware, type) come from the persona and
 * cannot be changed or removed; configurable ones (name, location, anything a client adds) live in
 * {@link DeviceState#scopes()}.
 */
public final class Scopes {

  public static final String PREFIX = "onvif://www.onvif.org/";
  public static final String NAME_PREFIX = PREFIX + "name/";
  public static final String LOCATION_PREFIX = PREFIX + "location/";
  public static final String HARDWARE_PREFIX = PREFIX + "hardware/";
  public static final String PROFILE_STREAMING = PREFIX + "Profile/Streaming";
  public static final String PROFILE_T = PREFIX + "Profile/T";
  public static final String TYPE_VIDEO_ENCODER = PREFIX + "type/video_encoder";
  public static final String TYPE_NVT = PREFIX + "type/Network_Video_Transmitter";

  private Scopes() {}

  /** The fixed scopes of a persona. */
  public static List<String> fixed(Persona persona) {
    List<String> out = new ArrayList<>(5);
    out.add(TYPE_VIDEO_ENCODER);
    out.add(TYPE_NVT);
    out.add(HARDWARE_PREFIX + encode(persona.model()));
    if (persona.offers(OnvifService.MEDIA)) {
      out.add(PROFILE_STREAMING);
    }
    if (persona.offers(OnvifService.MEDIA2)) {
      out.add(PROFILE_T);
    }
    return out;
  }

  /** Every scope of a camera: fixed first, then configurable. */
  public static List<String> all(Persona persona, DeviceState state) {
    List<String> out = new ArrayList<>(fixed(persona));
    out.addAll(state.scopes());
    return out;
  }

  /** Percent-encodes a value for a scope path segment (RFC 3986 unreserved characters kept). */
  public static String encode(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
