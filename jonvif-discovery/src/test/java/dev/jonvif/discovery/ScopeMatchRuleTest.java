package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeMatchRuleTest {

  private static final ScopeMatchRule R = ScopeMatchRule.RFC3986;
  private static final String ONVIF = "onvif://www.onvif.org/";

  @Test
  void rfc3986MatchesWholeSegmentPrefixesOnly() {
    assertThat(R.matches(ONVIF + "location", ONVIF + "location/city/Oslo")).isTrue();
    assertThat(R.matches(ONVIF + "location/city", ONVIF + "location/city/Oslo")).isTrue();
    assertThat(R.matches(ONVIF + "location/city/Oslo", ONVIF + "location/city/Oslo")).isTrue();
    assertThat(R.matches(ONVIF + "loc", ONVIF + "location/city")).isFalse();
    assertThat(R.matches(ONVIF + "location/cit", ONVIF + "location/city")).isFalse();
    assertThat(R.matches(ONVIF + "location/city/Oslo/x", ONVIF + "location/city/Oslo")).isFalse();
    assertThat(R.matches(ONVIF, ONVIF + "name/cam")).isTrue();
  }

  @Test
  void rfc3986SchemeAndAuthorityIgnoreCaseButPathDoesNot() {
    assertThat(R.matches("ONVIF://WWW.ONVIF.ORG/Profile/Streaming", ONVIF + "Profile/Streaming"))
        .isTrue();
    assertThat(R.matches(ONVIF + "profile/streaming", ONVIF + "Profile/Streaming")).isFalse();
    assertThat(R.matches("http://a.example/x", "onvif://a.example/x")).isFalse();
    assertThat(R.matches("onvif://a.example/x", "onvif://b.example/x")).isFalse();
    assertThat(R.matches("onvif://a.example:1/x", "onvif://a.example/x")).isFalse();
  }

  @Test
  void rfc3986NormalizesPercentEncoding() {
    assertThat(R.matches(ONVIF + "name/%41XIS", ONVIF + "name/AXIS")).isTrue();
    assertThat(R.matches(ONVIF + "name/a%2fb", ONVIF + "name/a%2Fb")).isTrue();
    assertThat(R.matches(ONVIF + "name/a%2Fb", ONVIF + "name/a/b")).isFalse();
    assertThat(R.matches(ONVIF + "name/Front%20door", ONVIF + "name/Front%20door")).isTrue();
  }

  @Test
  void rfc3986TrailingSlashQueryFragmentAndDotSegments() {
    assertThat(R.matches(ONVIF + "location/", ONVIF + "location/city/Oslo")).isTrue();
    assertThat(R.matches(ONVIF + "location", ONVIF + "location/")).isTrue();
    assertThat(R.matches(ONVIF + "name/x?a=1", ONVIF + "name/x?a=2#f")).isTrue();
    assertThat(R.matches(ONVIF + "name/../name", ONVIF + "name/x")).isFalse();
    assertThat(R.matches(ONVIF + "name", ONVIF + "name/./x")).isFalse();
  }

  @Test
  void rfc3986OnUrnsAndNonUris() {
    assertThat(R.matches("urn:example:a", "urn:example:a")).isTrue();
    assertThat(R.matches("urn:a/b", "urn:a/b/c")).isTrue();
    assertThat(R.matches("no scheme", "no scheme")).isFalse();
    assertThat(R.matches(":x", ":x")).isFalse();
  }

  @Test
  void strcmp0IsExactCaseSensitiveEquality() {
    ScopeMatchRule s = ScopeMatchRule.STRCMP0;
    assertThat(s.matches(ONVIF + "name/cam", ONVIF + "name/cam")).isTrue();
    assertThat(s.matches(ONVIF + "name", ONVIF + "name/cam")).isFalse();
    assertThat(s.matches("ONVIF://www.onvif.org/name/cam", ONVIF + "name/cam")).isFalse();
    assertThat(s.matches(ONVIF + "name/%41", ONVIF + "name/A")).isFalse();
  }

  @Test
  void everyProbeScopeMustMatchSomeTargetScope() {
    List<String> target = List.of(ONVIF + "name/cam", ONVIF + "Profile/Streaming");
    assertThat(R.matchesAll(List.of(), target)).isTrue();
    assertThat(R.matchesAll(List.of(ONVIF + "name", ONVIF + "Profile"), target)).isTrue();
    assertThat(R.matchesAll(List.of(ONVIF + "name", ONVIF + "hardware"), target)).isFalse();
  }

  @Test
  void matchByUrisSelectRules() {
    assertThat(ScopeMatchRule.forUri(null)).contains(R);
    assertThat(ScopeMatchRule.forUri(" ")).contains(R);
    assertThat(ScopeMatchRule.forUri(WsDiscovery.NAMESPACE + "/rfc3986")).contains(R);
    assertThat(ScopeMatchRule.forUri(WsDiscovery.NAMESPACE + "/rfc2396")).contains(R);
    assertThat(ScopeMatchRule.forUri(WsDiscovery.NAMESPACE + "/strcmp0"))
        .contains(ScopeMatchRule.STRCMP0);
    assertThat(ScopeMatchRule.forUri(WsDiscovery.NAMESPACE + "/ldap")).isEmpty();
    assertThat(ScopeMatchRule.forUri("http://example.com/fancy")).isEmpty();
  }
}
