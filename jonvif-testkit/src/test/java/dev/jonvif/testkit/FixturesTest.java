package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void loadsFixturesFromTheTestClasspath() {
    assertThat(new String(Fixtures.bytes("example_GetHostname"), StandardCharsets.UTF_8))
        .startsWith("<?xml")
        .contains("<tt:Name>example</tt:Name>");
    assertThat(Fixtures.xml("example_GetHostname").localName()).isEqualTo("Envelope");
  }

  @Test
  void namesFollowVendorOperationVariant() {
    assertThatThrownBy(() -> Fixtures.bytes("GetHostname"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<vendor>_<operation>[_<variant>]");
    assertThatThrownBy(() -> Fixtures.bytes("../x_y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixtures.bytes("example_GetHostname.xml"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingFixtureSaysWhereItWasExpected() {
    assertThatThrownBy(() -> Fixtures.bytes("nobody_Nothing_fw1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("src/test/resources/fixtures/nobody_Nothing_fw1.0.xml");
  }
}
