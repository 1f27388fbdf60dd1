package dev.jonvif.client.internal;

import dev.jonvif.core.security.Credentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The device service address a user typed: a full URL ({@code
 * http://host:port/onvif/device_service}, any path kept) or {@code host[:port]} (then {@code http}
 * and the fixed ONVIF entry point {@code /onvif/device_service}). Credentials in the user-info part
 * are taken out.
 *
 * @param uri the address without user-info
 * @param credentials the credentials from the user-info, or {@code null}
 */
public record DeviceAddress(URI uri, Credentials credentials) {

  /** The ONVIF device service entry point every device serves. */
  public static final String DEFAULT_PATH = "/onvif/device_service";

  public static DeviceAddress parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("no camera address given");
    }
    if (!t.contains("://")) {
      // A bare IPv6 address ("fe80::1") needs brackets to be a URI authority.
      boolean bareIpv6 = t.indexOf(':') != t.lastIndexOf(':') && !t.startsWith("[");
      t = "http://" + (bareIpv6 ? "[" + t + "]" : t);
    }
    URI u;
    try {
      u = new URI(t);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not a camera address: " + text + " (" + e.getReason() + ")");
    }
    String scheme = u.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("camera address must be http or https: " + text);
    }
    if (u.getHost() == null) {
      throw new IllegalArgumentException("camera address has no host: " + text);
    }
    Credentials creds = null;
    String ui = u.getRawUserInfo();
    if (ui != null) {
      int colon = ui.indexOf(':');
      creds =
          new Credentials(
              decode(colon < 0 ? ui : ui.substring(0, colon)),
              colon < 0 ? "" : decode(ui.substring(colon + 1)));
    }
    String path =
        u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/")
            ? DEFAULT_PATH
            : u.getRawPath();
    String host = u.getHost();
    String rebuilt =
        scheme
            + "://"
            + host
            + (u.getPort() >= 0 ? ":" + u.getPort() : "")
            + path
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    return new DeviceAddress(URI.create(rebuilt), creds);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
