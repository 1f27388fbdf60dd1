package dev.jonvif.device.media;

/**
 * Hears about media configuration changes of one camera (the event service turns them into {@code
 * tns1:Media/ProfileChanged} and {@code tns1:Media/ConfigurationChanged}). Called after the change
 * is stored, on the requesting thread; implementations return quickly.
 */
public interface MediaChangeListener {

  /** Profile {@code token} was created, deleted or had configurations added or removed. */
  void profileChanged(String token);

  /**
   * Configuration {@code token} of {@code type} changed; type is the Media2 configuration name
   * ({@code VideoEncoder}, {@code VideoSource}, {@code Metadata}).
   */
  void configurationChanged(String token, String type);
}
