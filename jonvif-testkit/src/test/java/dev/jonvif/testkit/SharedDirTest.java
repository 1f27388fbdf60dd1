package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SharedDirTest {

  @Test
  void presentFolderIsReturned() {
    Path p = Path.of("/somewhere/onvif-reference");
    assertThat(SharedDir.require("x", Optional.of(p), true)).isEqualTo(p);
  }

  @Test
  void missingFolderSkipsLocally() {
    assertThatThrownBy(() -> SharedDir.require("schema check", Optional.empty(), false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("schema check needs ../shared/onvif-reference");
  }

  @Test
  void missingFolderFailsOnCi() {
    assertThatThrownBy(() -> SharedDir.require("schema check", Optional.empty(), true))
        .isInstanceOf(AssertionError.class)
        .isNotInstanceOf(TestAbortedException.class)
        .hasMessageContaining("CI=true");
  }
}
