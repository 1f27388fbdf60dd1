package dev.jonvif.discovery;

import dev.jonvif.core.OnvifException;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Turns received datagrams into answers: a ProbeMatches message per matching discoverable target, a
 * ResolveMatches for a resolved one, a MatchingRuleNotSupported fault for a directed Probe with an
 * unknown rule; silence for everything else (malformed datagrams, invalid probes, other messages).
 */
final class ProbeAnswerer {

  private static final System.Logger LOG = System.getLogger(ProbeAnswerer.class.getName());

  final AtomicLong datagrams = new AtomicLong();
  final AtomicLong malformed = new AtomicLong();
  final AtomicLong matchesSent = new AtomicLong();
  final AtomicLong faultsSent = new AtomicLong();

  private final Supplier<List<Registration>> targets;
  private final Transmitter transmitter;
  private final Duration maxReplyDelay;
  private final RecentIds recent = new RecentIds(1024);

  ProbeAnswerer(
      Supplier<List<Registration>> targets, Transmitter transmitter, Duration maxReplyDelay) {
    this.targets = targets;
    this.transmitter = transmitter;
    this.maxReplyDelay = maxReplyDelay;
  }

  void handle(ResponderEndpoint ep, Datagram d) {
    datagrams.incrementAndGet();
    DiscoveryMessage m;
    try {
      m = DiscoveryMessage.parse(d.data());
    } catch (OnvifException e) {
      malformed.incrementAndGet();
      LOG.log(Level.DEBUG, () -> "dropped datagram from " + d.source() + ": " + e.getMessage());
      return;
    }
    String id = m.header().messageId();
    if (id == null || id.isEmpty()) {
      malformed.incrementAndGet();
      return;
    }
    if (!(m instanceof Probe || m instanceof Resolve)
        || !recent.firstTime(
            ep.binding().label() + ' ' + d.multicast() + ' ' + d.source() + ' ' + id)) {
      return;
    }
    if (m instanceof Probe p) {
      probe(ep, d, p);
    } else if (m instanceof Resolve r) {
      resolve(ep, d, r);
    }
  }

  private void probe(ResponderEndpoint ep, Datagram d, Probe p) {
    Optional<ScopeMatchRule> rule = p.matchRule();
    if (rule.isEmpty()) {
      // ONVIF Core §7.3.6: silence for multicast (no fault storms); a fault for a directed probe.
      if (!d.multicast()) {
        faultsSent.incrementAndGet();
        transmitter.send(ep, d.source(), Duration.ZERO, () -> ruleNotSupported(p));
      }
      return;
    }
    for (Registration r : targets.get()) {
      DiscoveryTarget t = r.target();
      if (t.discoverable() && matches(p, rule.get(), t)) {
        transmitter.send(
            ep,
            d.source(),
            delayFor(d),
            () -> {
              matchesSent.incrementAndGet();
              DiscoveryHeader h = DiscoveryHeader.replyTo(p.header().messageId(), r.nextSequence());
              return new ProbeMatches(h, List.of(metadata(t, ep))).toBytes();
            });
      }
    }
  }

  private void resolve(ResponderEndpoint ep, Datagram d, Resolve resolve) {
    for (Registration r : targets.get()) {
      DiscoveryTarget t = r.target();
      if (t.discoverable() && t.endpointReference().equals(resolve.endpointReference())) {
        transmitter.send(
            ep,
            d.source(),
            delayFor(d),
            () -> {
              matchesSent.incrementAndGet();
              DiscoveryHeader h =
                  DiscoveryHeader.replyTo(resolve.header().messageId(), r.nextSequence());
              return new ResolveMatches(h, metadata(t, ep)).toBytes();
            });
      }
    }
  }

  private Duration delayFor(Datagram d) {
    return d.multicast() ? transmitter.randomDelay(maxReplyDelay) : Duration.ZERO;
  }

  /**
   * Whether {@code t} matches the Probe: it has every type the Probe lists (namespace and local
   * name compared) and every Probe scope matches one of its scopes under {@code rule}.
   */
  static boolean matches(Probe p, ScopeMatchRule rule, DiscoveryTarget t) {
    return t.types().containsAll(p.types()) && rule.matchesAll(p.scopes(), t.scopes());
  }

  /** The target's metadata with XAddrs for the addresses of the endpoint's interface. */
  static EndpointMetadata metadata(DiscoveryTarget t, ResponderEndpoint ep) {
    return new EndpointMetadata(
        t.endpointReference(),
        t.types(),
        t.scopes(),
        xaddrs(t, ep.addresses()),
        t.metadataVersion());
  }

  private static List<String> xaddrs(DiscoveryTarget t, List<InetAddress> addresses) {
    Set<String> out = new LinkedHashSet<>();
    for (InetAddress a : addresses) {
      try {
        for (URI u : t.xaddrs().apply(a)) {
          out.add(u.toString());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "XAddrs of " + t.endpointReference() + " for " + a + " failed", e);
      }
    }
    return new ArrayList<>(out);
  }

  /** The SOAP 1.2 fault WS-Discovery defines for an unsupported MatchBy rule. */
  static byte[] ruleNotSupported(Probe p) {
    SoapFault fault =
        new SoapFault(
                FaultCode.SENDER,
                null,
                List.of(WsDiscovery.MATCHING_RULE_NOT_SUPPORTED),
                "the matching rule specified is not supported: " + p.matchBy(),
                "en",
                null)
            .withDetail(
                XmlElement.of(
                    WsDiscovery.NAMESPACE,
                    "SupportedMatchingRules",
                    String.join(" ", ScopeMatchRule.supportedUris())));
    Addressing a =
        new Addressing(
            WsDiscovery.ACTION_FAULT,
            DiscoveryHeader.newMessageId(),
            WsDiscovery.TO_ANONYMOUS,
            null,
            p.header().messageId());
    return SoapEnvelope.ofFault(SoapVersion.SOAP_12, fault)
        .withAddressing(a, WsDiscovery.ADDRESSING)
        .toBytes();
  }
}
