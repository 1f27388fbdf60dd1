package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.MalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class CodecPropertiesTest {

  @Property(tries = 200)
  void randomBytesOnlyEverRaiseMalformedMessage(@ForAll @Size(max = 2_000) byte[] bytes) {
    try {
      DiscoveryMessage.parse(bytes);
    } catch (MalformedMessageException expected) {
      // the only acceptable failure
    }
  }

  @Property(tries = 200)
  void mangledProbesOnlyEverRaiseMalformedMessage(
      @ForAll("cut") int cut, @ForAll("junk") String junk) {
    String probe = Probes.probe(Probes.newId(), Probes.scopes(OnvifScopes.name("x")));
    String mangled = probe.substring(0, Math.min(cut, probe.length())) + junk;
    try {
      DiscoveryMessage.parse(mangled.getBytes(StandardCharsets.UTF_8));
    } catch (MalformedMessageException expected) {
      // fine
    }
  }

  @Property(tries = 100)
  void scopesRoundTripAndEverySegmentPrefixMatches(@ForAll("segments") List<String> segments) {
    String built = OnvifScopes.location(String.join("/", segments));
    assertThat(OnvifScopes.parse(List.of(built)).locations())
        .containsExactly(String.join("/", segments));
    for (int i = 0; i <= segments.size(); i++) {
      String prefix = OnvifScopes.location(String.join("/", segments.subList(0, i)));
      assertThat(ScopeMatchRule.RFC3986.matches(prefix, built)).as(prefix).isTrue();
    }
    assertThat(ScopeMatchRule.STRCMP0.matches(built, built)).isTrue();
  }

  @Property(tries = 100)
  void probesRoundTrip(@ForAll("segments") List<String> names) {
    List<String> scopes = names.stream().map(OnvifScopes::name).toList();
    Probe p =
        Probe.of(List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER), scopes, ScopeMatchRule.STRCMP0);
    assertThat(DiscoveryMessage.parse(p.toBytes())).isEqualTo(p);
  }

  @Provide
  Arbitrary<Integer> cut() {
    return Arbitraries.integers().between(0, 900);
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings().withChars("<>&;'\"/=!?[]-xD: ").ofMaxLength(40);
  }

  @Provide
  Arbitrary<List<String>> segments() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u024f')
        .withChars('\u65e5', '\u20ac', '\u0000', '%')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.equals(".") && !s.equals("..") && !s.contains("/"))
        .filter(s -> s.strip().equals(s))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }
}
