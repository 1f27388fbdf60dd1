package dev.jonvif.device;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ONVIF access classes of operations and which user levels may use each (ONVIF Core §5.9.4.3,
 * the default access policy).
 */
public enum AccessClass {
  /** Allowed without authentication (GetSystemDateAndTime, GetServices, ...). */
  PRE_AUTH(
      EnumSet.of(UserLevel.ADMINISTRATOR, UserLevel.OPERATOR, UserLevel.USER, UserLevel.ANONYMOUS)),
  /** Reading non-sensitive configuration. */
  READ_SYSTEM(EnumSet.of(UserLevel.ADMINISTRATOR, UserLevel.OPERATOR, UserLevel.USER)),
  /** Reading configuration that is sensitive but not secret. */
  READ_SYSTEM_SENSITIVE(EnumSet.of(UserLevel.ADMINISTRATOR, UserLevel.OPERATOR)),
  /** Reading secrets: user lists, logs. */
  READ_SYSTEM_SECRET(EnumSet.of(UserLevel.ADMINISTRATOR)),
  /** Changing system configuration. */
  WRITE_SYSTEM(EnumSet.of(UserLevel.ADMINISTRATOR)),
  /** Irreversible changes: reboot, factory default, firmware. */
  UNRECOVERABLE(EnumSet.of(UserLevel.ADMINISTRATOR)),
  /** Reading media configuration and streams. */
  READ_MEDIA(EnumSet.of(UserLevel.ADMINISTRATOR, UserLevel.OPERATOR, UserLevel.USER)),
  /** Changing media configuration, moving PTZ, toggling outputs. */
  ACTUATE(EnumSet.of(UserLevel.ADMINISTRATOR, UserLevel.OPERATOR));

  private final Set<UserLevel> allowed;

  AccessClass(Set<UserLevel> allowed) {
    this.allowed = allowed;
  }

  /** Whether a user of {@code level} may call operations of this class. */
  public boolean allows(UserLevel level) {
    return allowed.contains(level);
  }
}
