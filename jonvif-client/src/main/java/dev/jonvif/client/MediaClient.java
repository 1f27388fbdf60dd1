package dev.jonvif.client;

import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import dev.jonvif.core.model.VideoEncoderOptions;
import java.net.URI;
import java.util.List;

/**
 * Media profiles, stream and snapshot URIs and video encoders, over Media2 ({@link Media2Client})
 * or Media1 ({@link Media1Client}); {@link OnvifCamera#media()} picks Media2 when the camera offers
 * it and it works, Media1 otherwise. Returned URIs are already rewritten for NAT as the camera's
 * {@link AddressRewritePolicy} says.
 */
public sealed interface MediaClient permits Media1Client, Media2Client, AdaptiveMediaClient {

  /** 1 or 2: the Media service version in use (for an adaptive client, once decided). */
  int version();

  /** The media service address. */
  URI endpoint();

  /** GetProfiles, with every configuration of each profile. */
  List<MediaProfile> profiles();

  /** One profile by token. */
  MediaProfile profile(String token);

  /** GetStreamUri for a profile over the given transport. */
  MediaUri streamUri(String profileToken, StreamTransport transport);

  /** GetSnapshotUri for a profile. */
  MediaUri snapshotUri(String profileToken);

  /** GetVideoEncoderConfigurations. */
  List<VideoEncoderConfiguration> videoEncoderConfigurations();

  /** One video encoder configuration by token. */
  VideoEncoderConfiguration videoEncoderConfiguration(String token);

  /**
   * GetVideoEncoderConfigurationOptions, optionally narrowed to a configuration and/or profile
   * ({@code null} for either to leave it out).
   */
  List<VideoEncoderOptions> videoEncoderOptions(String configurationToken, String profileToken);

  /** SetVideoEncoderConfiguration (persistently, for Media1). */
  void setVideoEncoder(VideoEncoderConfiguration configuration);
}
