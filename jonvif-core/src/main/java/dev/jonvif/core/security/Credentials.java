package dev.jonvif.core.security;

import java.util.Objects;

/**
 * A user name and password. The password never appears in {@link #toString()}, so credentials can
 * be logged or put into error messages by accident without leaking it.
 *
 * @param username the user name; may contain any characters (it is escaped wherever it is written)
 * @param password the password; may be empty
 */
public record Credentials(String username, String password) {

  public Credentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  /** Shows the user name only. */
  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=***]";
  }
}
