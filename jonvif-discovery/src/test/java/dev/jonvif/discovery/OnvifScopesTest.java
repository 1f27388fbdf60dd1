package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnvifScopesTest {

  @Test
  void buildersEncodeAndParseDecodes() {
    List<String> scopes =
        List.of(
            OnvifScopes.name("Front door / Kamera ø"),
            OnvifScopes.hardware("DS-2CD2012-I"),
            OnvifScopes.location("country/Norway"),
            OnvifScopes.location("city/Trondheim"),
            OnvifScopes.profile("Streaming"),
            OnvifScopes.profile("T"),
            OnvifScopes.type("video_encoder"));
    assertThat(scopes.get(0))
        .isEqualTo("onvif://www.onvif.org/name/Front%20door%20%2F%20Kamera%20%C3%B8");
    assertThat(scopes.get(2)).isEqualTo("onvif://www.onvif.org/location/country/Norway");
    OnvifScopes s = OnvifScopes.parse(scopes);
    assertThat(s.name()).isEqualTo("Front door / Kamera ø");
    assertThat(s.hardware()).isEqualTo("DS-2CD2012-I");
    assertThat(s.locations()).containsExactly("country/Norway", "city/Trondheim");
    assertThat(s.profiles()).containsExactly("Streaming", "T");
    assertThat(s.types()).containsExactly("video_encoder");
  }

  @Test
  void parsingIsLenientAboutCaseEmptyValuesAndForeignScopes() {
    OnvifScopes s =
        OnvifScopes.parse(
            List.of(
                "ONVIF://WWW.ONVIF.ORG/Name/first",
                "onvif://www.onvif.org/name/second",
                "onvif://www.onvif.org/location/",
                "onvif://www.onvif.org/profile/G",
                "onvif://www.onvif.org/hardware",
                "http://example.com/name/nope",
                "onvif://www.onvif.org/name/bad%zzescape"));
    assertThat(s.name()).isEqualTo("first");
    assertThat(s.hardware()).isNull();
    assertThat(s.locations()).isEmpty();
    assertThat(s.profiles()).containsExactly("G");
    assertThat(OnvifScopes.parse(List.of("onvif://www.onvif.org/name/bad%zzescape")).name())
        .isEqualTo("bad%zzescape");
  }
}
