package dev.jonvif.device;

import java.util.Objects;

/**
 * A camera user. {@link #toString()} never shows the password.
 *
 * @param username the user name
 * @param password the password in clear (HTTP Digest and WS-UsernameToken digest need it); stored
 *     encrypted on disk
 * @param level the user level (never {@link UserLevel#ANONYMOUS})
 * @param fixed whether the user cannot be deleted (the administrator given on the command line)
 */
public record User(String username, String password, UserLevel level, boolean fixed) {

  public User {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(level, "level");
  }

  public User withPassword(String newPassword) {
    return new User(username, newPassword, level, fixed);
  }

  public User withLevel(UserLevel newLevel) {
    return new User(username, password, newLevel, fixed);
  }

  @Override
  public String toString() {
    return "User[" + username + ", " + level + (fixed ? ", fixed" : "") + "]";
  }
}
