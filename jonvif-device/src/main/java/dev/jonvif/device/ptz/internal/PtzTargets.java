package dev.jonvif.device.ptz.internal;

import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.media.ConfigurationType;
import dev.jonvif.device.media.MediaModel;
import dev.jonvif.device.media.MediaProfile;
import dev.jonvif.device.media.MediaState;
import dev.jonvif.device.ptz.PtzConfiguration;
import dev.jonvif.device.ptz.PtzDrive;
import dev.jonvif.device.ptz.PtzState;

/**
 * What a PTZ request acts on: the media profile it names, the PTZ configuration that profile holds
 * and the drive of the configuration's node.
 */
record PtzTargets(PtzConfiguration configuration, PtzDrive drive) {

  /**
   * The target of a request naming {@code profileToken}: {@code ter:NoProfile} when there is no
   * such profile, {@code ter:NoPTZProfile} when it holds no PTZ configuration.
   */
  static PtzTargets of(RequestContext ctx, String profileToken) {
    MediaProfile p = MediaState.of(ctx.camera()).model().profile(profileToken);
    if (p == null) {
      throw DeviceFaults.noProfile(Args.shorten(profileToken));
    }
    PtzConfiguration c =
        p.ptz() == null ? null : ctx.camera().state(PtzState.SLOT).configuration(p.ptz());
    if (c == null) {
      throw DeviceFaults.invalidArgVal(
          "NoPTZProfile",
          "profile '" + Args.shorten(profileToken) + "' does not reference a PTZ configuration");
    }
    return new PtzTargets(c, PtzDrive.of(ctx.camera()));
  }

  /** How many media profiles hold the PTZ configuration. */
  static int useCount(RequestContext ctx, String configurationToken) {
    MediaModel m = MediaState.of(ctx.camera()).model();
    return m.useCount(ConfigurationType.PTZ, configurationToken);
  }

  /** The configuration with this token: {@code ter:NoConfig} when there is none. */
  static PtzConfiguration configuration(RequestContext ctx, String token) {
    PtzConfiguration c = ctx.camera().state(PtzState.SLOT).configuration(token);
    if (c == null) {
      throw DeviceFaults.noConfig(Args.shorten(token));
    }
    return c;
  }
}
