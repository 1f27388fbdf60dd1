package dev.jonvif.device.media;

import dev.jonvif.core.SoapFaultException;
import dev.jonvif.device.DeviceFaults;

/**
 * The faults the media services send, with the codes the Media and Media2 specifications give them
 * (built with {@link DeviceFaults}; the server's fault mapper writes them).
 */
final class MediaFaults {

  private MediaFaults() {}

  /** {@code env:Sender/ter:InvalidArgVal/ter:NoProfile}. */
  static SoapFaultException noProfile(String token) {
    return DeviceFaults.noProfile(clip(token));
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:NoConfig}. */
  static SoapFaultException noConfig(String what, String token) {
    return DeviceFaults.invalidArgVal(
        "NoConfig", "no " + what + " configuration with token '" + clip(token) + "'");
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:ConfigModify}. */
  static SoapFaultException configModify(String reason) {
    return DeviceFaults.configModify(reason);
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:ProfileExists}. */
  static SoapFaultException profileExists(String token) {
    return DeviceFaults.invalidArgVal(
        "ProfileExists", "a profile with token '" + clip(token) + "' exists");
  }

  /**
   * Media: {@code ter:MaxNVTProfiles}; Media2: {@code ter:MaxProfiles} (both {@code
   * env:Receiver/ter:Action}).
   */
  static SoapFaultException maxProfiles(MediaApi api, int max) {
    return DeviceFaults.action(
        api == MediaApi.MEDIA1 ? "MaxNVTProfiles" : "MaxProfiles",
        "the maximum number of profiles (" + max + ") has been reached");
  }

  /** {@code env:Receiver/ter:Action/ter:DeletionOfFixedProfile}. */
  static SoapFaultException deletionOfFixedProfile(String token) {
    return DeviceFaults.action(
        "DeletionOfFixedProfile", "profile '" + clip(token) + "' is fixed and cannot be deleted");
  }

  /** {@code env:Receiver/ter:Action/ter:ConfigurationConflict}. */
  static SoapFaultException configurationConflict(String reason) {
    return DeviceFaults.action("ConfigurationConflict", reason);
  }

  /** {@code env:Receiver/ter:Action/ter:IncompleteConfiguration}. */
  static SoapFaultException incompleteConfiguration(String token) {
    return DeviceFaults.action(
        "IncompleteConfiguration",
        "profile '" + clip(token) + "' needs a video source and a video encoder configuration");
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:InvalidStreamSetup}. */
  static SoapFaultException invalidStreamSetup(String reason) {
    return DeviceFaults.invalidArgVal("InvalidStreamSetup", reason);
  }

  /** {@code env:Sender/ter:InvalidArgVal}: an argument is not acceptable. */
  static SoapFaultException invalidArgVal(String reason) {
    return DeviceFaults.invalidArgVal(null, reason);
  }

  /** A client-supplied value, shortened for a fault reason. */
  static String clip(String s) {
    return s == null ? "(none)" : dev.jonvif.device.Args.shorten(s);
  }
}
