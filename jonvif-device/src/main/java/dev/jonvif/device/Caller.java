package dev.jonvif.device;

import java.net.InetSocketAddress;

/**
 * Who sent a request.
 *
 * @param username the authenticated user name, or {@code null} for an anonymous request
 * @param level the user's level ({@link UserLevel#ANONYMOUS} when not authenticated)
 * @param remote the client's socket address
 */
public record Caller(String username, UserLevel level, InetSocketAddress remote) {

  /** An unauthenticated caller. */
  public static Caller anonymous(InetSocketAddress remote) {
    return new Caller(null, UserLevel.ANONYMOUS, remote);
  }

  public boolean isAnonymous() {
    return username == null;
  }
}
