package dev.jonvif.device.internal.devicemgmt;

/**
 * What the Device service advertises beyond what is always there, set by the server from its
 * configuration so capabilities match what actually runs.
 *
 * @param discovery whether a WS-Discovery responder answers for the cameras (DiscoveryResolve,
 *     DiscoveryBye)
 * @param https whether every endpoint is also served over TLS (TLS1.2, HTTPS protocol)
 * @param usernameToken whether WS-UsernameToken is accepted
 * @param httpDigest whether HTTP Digest is accepted
 * @param rebootDowntime how long SystemReboot keeps a camera down
 */
public record DeviceFeatures(
    boolean discovery,
    boolean https,
    boolean usernameToken,
    boolean httpDigest,
    java.time.Duration rebootDowntime) {

  public static final DeviceFeatures DEFAULT =
      new DeviceFeatures(false, false, true, true, java.time.Duration.ofSeconds(5));

  /** Most manual NTP servers (the Network NTP capability). */
  public static final int MAX_NTP_SERVERS = 4;

  /** Most users a camera holds (MaxUsers). */
  public static final int MAX_USERS = 32;

  /** Longest user name (MaxUserNameLength). */
  public static final int MAX_USERNAME_LENGTH = 32;

  /** Longest password (MaxPasswordLength). */
  public static final int MAX_PASSWORD_LENGTH = 64;
}
