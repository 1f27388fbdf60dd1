package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void toStringShowsTheUserButNeverThePassword() {
    Credentials c = new Credentials("admin", "s3cret-Passw0rd");

    assertThat(c.toString()).contains("admin").doesNotContain("s3cret-Passw0rd");
    assertThat(String.valueOf(java.util.List.of(c))).doesNotContain("s3cret-Passw0rd");
  }

  @Test
  void emptyPasswordIsAllowedButNullIsNot() {
    assertThat(new Credentials("admin", "").password()).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> new Credentials("admin", null));
    assertThatNullPointerException().isThrownBy(() -> new Credentials(null, "x"));
  }

  @Test
  void usernameTokenToStringHidesThePasswordToo() {
    UsernameToken t =
        UsernameToken.create(
            new Credentials("admin", "clear-text-secret"),
            PasswordType.TEXT,
            new byte[16],
            java.time.Instant.EPOCH);

    assertThat(t.toString()).contains("admin").doesNotContain("clear-text-secret");
  }
}
