package dev.jonvif.cli;

import dev.jonvif.client.AddressRewritePolicy;
import dev.jonvif.client.AuthPolicy;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.TlsSettings;
import dev.jonvif.core.security.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every camera command shares: the address, credentials (flags, then {@code
 * JONVIF_USER}/{@code JONVIF_PASSWORD}, then the URL's user-info), timeouts, TLS trust and NAT.
 */
final class CameraOptions {

  private static final java.util.Set<String> CAMERA_COMMANDS =
      java.util.Set.of(
          "info",
          "profiles",
          "stream-uri",
          "snapshot",
          "call",
          "time",
          "reboot",
          "ptz",
          "imaging",
          "relay");

  /**
   * Starts creating the HTTP client while picocli parses the command line (they run on different
   * cores): the two are the largest costs of a one-shot camera command.
   */
  static void warmUpIfCameraCommand(String[] args) {
    if (args.length > 0 && CAMERA_COMMANDS.contains(args[0])) {
      OnvifCamera.warmUp();
    }
  }

  /** The process environment; tests replace it. */
  static volatile Map<String, String> environment = System.getenv();

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "Device service URL (http://host:port/onvif/device_service) or host[:port].")
  String url;

  @Option(
      names = {"-u", "--user"},
      description = "User name (default: $JONVIF_USER, or the URL's user-info).")
  String user;

  @Option(
      names = {"-p", "--password"},
      description = "Password (default: $JONVIF_PASSWORD, or the URL's user-info).")
  String password;

  @Option(
      names = "--timeout",
      paramLabel = "DUR",
      description = "Deadline of each request, e.g. 5s, 1500ms, PT10S (default: 10s).")
  String timeout;

  @Option(
      names = "--auth",
      paramLabel = "MODE",
      description = "auto, username-token, digest, text or none (default: auto).")
  String auth = "auto";

  @Option(
      names = "--nat",
      paramLabel = "MODE",
      description = "auto, always or never (default: auto).")
  String nat = "auto";

  @Option(
      names = "--trust-cert",
      paramLabel = "FILE",
      description = "Trust the HTTPS certificate(s) in this PEM file (self-signed cameras).")
  Path trustCert;

  @Option(
      names = "--insecure-trust-all-certificates",
      description = "Accept any HTTPS certificate. Anyone on the path can read the traffic.")
  boolean insecure;

  @Option(
      names = "--sync-time",
      description = "After connecting, set the camera's clock to this machine's if they differ.")
  boolean syncTime;

  /** The credentials from the flags or the environment, or {@code null} when no user is given. */
  Credentials credentials() {
    String u = user != null ? user : environment.get("JONVIF_USER");
    String p = password != null ? password : environment.get("JONVIF_PASSWORD");
    return u == null ? null : new Credentials(u, p == null ? "" : p);
  }

  OnvifCamera open() {
    OnvifCamera.Builder b = OnvifCamera.builder(url);
    Credentials c = credentials();
    if (c != null) {
      b.credentials(c.username(), c.password());
    }
    if (timeout != null) {
      b.requestTimeout(parseDuration(timeout));
    }
    b.authPolicy(
        switch (auth.toLowerCase(Locale.ROOT)) {
          case "auto" -> AuthPolicy.AUTO;
          case "username-token", "wsse", "ws-ut" -> AuthPolicy.USERNAME_TOKEN;
          case "digest", "http-digest" -> AuthPolicy.HTTP_DIGEST;
          case "text", "password-text" -> AuthPolicy.PASSWORD_TEXT;
          case "none" -> AuthPolicy.NONE;
          default -> throw new IllegalArgumentException("unknown --auth mode: " + auth);
        });
    b.addressRewrite(
        switch (nat.toLowerCase(Locale.ROOT)) {
          case "auto" -> AddressRewritePolicy.AUTO;
          case "always" -> AddressRewritePolicy.ALWAYS;
          case "never" -> AddressRewritePolicy.NEVER;
          default -> throw new IllegalArgumentException("unknown --nat mode: " + nat);
        });
    if (insecure) {
      b.tls(TlsSettings.insecureTrustAllCertificates());
    } else if (trustCert != null) {
      b.tls(TlsSettings.trustCertificates(trustCert));
    }
    return b.build();
  }

  /** Connects, and sets the camera's clock first when asked to and it is off by over a second. */
  OnvifCamera connect() {
    OnvifCamera cam = open();
    try {
      cam.connect();
      if (syncTime
          && cam.clockOffset()
              .map(o -> o.abs().compareTo(Duration.ofSeconds(1)) > 0)
              .orElse(true)) {
        cam.syncClock();
      }
      return cam;
    } catch (RuntimeException e) {
      cam.close();
      throw e;
    }
  }

  /** {@code 5s}, {@code 1500ms}, {@code 2m}, or an ISO-8601 duration such as {@code PT10S}. */
  static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt") || t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofMillis(
            Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
      }
      if (t.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
      }
      return Duration.ofSeconds(Long.parseLong(t));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a duration: " + text + " (try 5s, 1500ms or PT10S)");
    }
  }
}
