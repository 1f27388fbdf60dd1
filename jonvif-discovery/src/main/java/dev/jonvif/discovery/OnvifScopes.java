package dev.jonvif.discovery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The ONVIF scopes of a device, parsed: {@code onvif://www.onvif.org/<category>/<value>} with the
 * value percent-decoded. Scheme, host and category names compare case-insensitively (cameras write
 * {@code Profile} and {@code profile}); empty values ({@code onvif://www.onvif.org/location/}) are
 * skipped. Also builds scope URIs from plain values, percent-encoding them.
 *
 * @param name the first {@code name} scope, or {@code null}
 * @param hardware the first {@code hardware} scope, or {@code null}
 * @param locations every {@code location} value, e.g. {@code country/china}
 * @param profiles every {@code Profile} value, e.g. {@code Streaming}, {@code T}
 * @param types every {@code type} value, e.g. {@code video_encoder}
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core
 *     §7.3.2.2</a>
 */
public record OnvifScopes(
    String name,
    String hardware,
    List<String> locations,
    List<String> profiles,
    List<String> types) {

  /** The common prefix of ONVIF scopes. */
  public static final String PREFIX = "onvif://www.onvif.org/";

  public static final OnvifScopes EMPTY =
      new OnvifScopes(null, null, List.of(), List.of(), List.of());

  public OnvifScopes {
    locations = List.copyOf(locations);
    profiles = List.copyOf(profiles);
    types = List.copyOf(types);
  }

  /** Parses the ONVIF scopes among {@code scopes}; other URIs are ignored. */
  public static OnvifScopes parse(Collection<String> scopes) {
    String name = null;
    String hardware = null;
    List<String> locations = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (String scope : scopes) {
      if (scope.length() <= PREFIX.length()
          || !scope.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
        continue;
      }
      String rest = scope.substring(PREFIX.length());
      int slash = rest.indexOf('/');
      if (slash <= 0) {
        continue;
      }
      String value = decodeValue(rest.substring(slash + 1));
      if (value.isEmpty()) {
        continue;
      }
      switch (rest.substring(0, slash).toLowerCase(Locale.ROOT)) {
        case "name" -> name = name == null ? value : name;
        case "hardware" -> hardware = hardware == null ? value : hardware;
        case "location" -> locations.add(value);
        case "profile" -> profiles.add(value);
        case "type" -> types.add(value);
        default -> {
          // MAC, extension, vendor categories: kept in the raw scope list only
        }
      }
    }
    return new OnvifScopes(name, hardware, locations, profiles, types);
  }

  /** {@code onvif://www.onvif.org/name/<value>}, the value encoded as one segment. */
  public static String name(String value) {
    return PREFIX + "name/" + PercentCoding.encode(value, false);
  }

  /** {@code onvif://www.onvif.org/hardware/<value>}, the value encoded as one segment. */
  public static String hardware(String value) {
    return PREFIX + "hardware/" + PercentCoding.encode(value, false);
  }

  /** {@code onvif://www.onvif.org/location/<path>}; '/' in {@code path} separates segments. */
  public static String location(String path) {
    return PREFIX + "location/" + PercentCoding.encode(path, true);
  }

  /** {@code onvif://www.onvif.org/Profile/<value>}, e.g. {@code Streaming} or {@code T}. */
  public static String profile(String value) {
    return PREFIX + "Profile/" + PercentCoding.encode(value, false);
  }

  /** {@code onvif://www.onvif.org/type/<value>}, e.g. {@code video_encoder}. */
  public static String type(String value) {
    return PREFIX + "type/" + PercentCoding.encode(value, false);
  }

  /** Decodes a value, dropping one trailing '/' and anything after '?' or '#'. */
  private static String decodeValue(String raw) {
    String v = raw;
    int cut = v.indexOf('?');
    int hash = v.indexOf('#');
    if (hash >= 0 && (cut < 0 || hash < cut)) {
      cut = hash;
    }
    if (cut >= 0) {
      v = v.substring(0, cut);
    }
    if (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    return PercentCoding.decode(v).strip();
  }
}
