package dev.jonvif.client.internal;

import dev.jonvif.core.soap.SoapFault;
import java.util.Locale;

/**
 * Detects "this user is locked out" in a refused request. Cameras lock a user (or a client address)
 * after a few failed logins and then refuse even the right password, so telling the user to check
 * the password would send them in circles. There is no standard signal; the detector looks for the
 * words vendors use, for example a Hikvision 401 body {@code <lockStatus>lock</lockStatus>
 * <unlockTime>...}, a fault reason "User is locked" or "account locked", or "too many failed
 * attempts".
 */
final class Lockout {

  private Lockout() {}

  static boolean detect(RawResponse response) {
    if (response == null) {
      return false;
    }
    String body = response.bodyLowerCase();
    if (mentionsLock(body)) {
      return true;
    }
    SoapFault f = response.faultOrNull();
    return f != null && mentionsLock(f.reason().toLowerCase(Locale.ROOT));
  }

  private static boolean mentionsLock(String text) {
    return text.contains("lockstatus>lock<")
        || text.contains("locked")
        || text.contains("too many failed")
        || text.contains("too many login")
        || text.contains("unlocktime");
  }
}
