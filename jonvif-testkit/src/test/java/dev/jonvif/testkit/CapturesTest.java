package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.soap.SoapEnvelope;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturesTest {

  @Test
  void listsEveryCaptureOfTheManifest() {
    List<Capture> all = Captures.all();

    assertThat(all).hasSize(1299);
    assertThat(all).allSatisfy(c -> assertThat(c.path()).isRegularFile());
    assertThat(all.stream().filter(Capture::schemaValid).count()).isEqualTo(1182);
  }

  @Test
  void findsCapturesByRootElement() {
    List<Capture> profiles = Captures.byRootElement("GetProfilesResponse");

    assertThat(profiles).isNotEmpty();
    assertThat(profiles)
        .allSatisfy(c -> assertThat(c.rootElement()).isEqualTo("GetProfilesResponse"));
    Capture valid = profiles.stream().filter(Capture::schemaValid).findFirst().orElseThrow();
    assertThat(SoapEnvelope.parse(valid.bytes()).bodyElement().localName())
        .isEqualTo("GetProfilesResponse");
  }

  @Test
  void readsQuotedManifestFields() {
    Capture lorex =
        Captures.get(
            "sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/lorex.xml");

    assertThat(lorex.originRepository()).isEqualTo("sproctor/ONVIF-Camera-Kotlin");
    assertThat(lorex.schemaCheck())
        .startsWith(
            "INVALID(1): cvc-complex-type.2.4.b: The content of element 'tt:VideoEncoderConfiguration'")
        .contains("'{\"http://www.onvif.org/ver10/schema\":Encoding}'");
  }

  @Test
  void pathsStayInsideTheCapturesFolder() {
    assertThatThrownBy(() -> Captures.path("../MANIFEST.tsv"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Captures.path("nobody/nothing.xml"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
