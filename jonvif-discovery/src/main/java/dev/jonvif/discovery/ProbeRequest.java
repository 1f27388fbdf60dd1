package dev.jonvif.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * What a {@link DiscoveryClient} probes for and how long it listens.
 *
 * @param types types every answer must have; default {@code dn:NetworkVideoTransmitter} (ONVIF
 *     NVTDISCOVERYTYPEFILTER); empty probes for everything
 * @param scopes scopes every answer must match; default none
 * @param matchRule how scopes match; default {@link ScopeMatchRule#RFC3986}
 * @param timeout how long to collect answers (after the last probe sent); default 3 s (devices
 *     answer within 500 ms; ONVIF's conformance tests wait up to 5 s)
 * @param stopAfter return as soon as this many distinct devices answered; 0 waits for the timeout
 */
public record ProbeRequest(
    List<QName> types,
    List<String> scopes,
    ScopeMatchRule matchRule,
    Duration timeout,
    int stopAfter) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

  /** Network video transmitters, 3 s. */
  public static final ProbeRequest DEFAULT =
      new ProbeRequest(
          List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER),
          List.of(),
          ScopeMatchRule.RFC3986,
          DEFAULT_TIMEOUT,
          0);

  public ProbeRequest {
    types = List.copyOf(types);
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(matchRule, "matchRule");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout is negative");
    }
    if (stopAfter < 0) {
      throw new IllegalArgumentException("stopAfter is negative");
    }
  }

  public static ProbeRequest defaults() {
    return DEFAULT;
  }

  public ProbeRequest withTypes(List<QName> newTypes) {
    return new ProbeRequest(newTypes, scopes, matchRule, timeout, stopAfter);
  }

  public ProbeRequest withScopes(List<String> newScopes, ScopeMatchRule rule) {
    return new ProbeRequest(types, newScopes, rule, timeout, stopAfter);
  }

  public ProbeRequest withTimeout(Duration newTimeout) {
    return new ProbeRequest(types, scopes, matchRule, newTimeout, stopAfter);
  }

  public ProbeRequest withStopAfter(int devices) {
    return new ProbeRequest(types, scopes, matchRule, timeout, devices);
  }

  /** A fresh Probe message for this request (new MessageID). */
  Probe newProbe() {
    return Probe.of(types, scopes, matchRule);
  }
}
