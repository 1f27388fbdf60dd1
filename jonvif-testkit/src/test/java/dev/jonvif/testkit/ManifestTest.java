package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManifestTest {

  @Test
  void splitsTabsAndUnquotesCsvStyleFields() {
    assertThat(Manifest.fields("a\t\"b \"\"c\"\" d\"\t\te"))
        .containsExactly("a", "b \"c\" d", "", "e");
    assertThat(Manifest.fields("only")).containsExactly("only");
    assertThat(Manifest.fields("x\t")).containsExactly("x", "");
  }
}
