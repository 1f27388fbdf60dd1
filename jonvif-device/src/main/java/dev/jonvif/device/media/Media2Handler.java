package dev.jonvif.device.media;

import static dev.jonvif.device.Operation.*;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import java.util.EnumSet;
import java.util.Set;

/** Answers the Media2 (ver20) operations of every camera, from the camera's {@link MediaState}. */
final class Media2Handler implements ServiceHandler {

  private static final Set<Operation> OPERATIONS =
      EnumSet.of(
          MEDIA2_GET_PROFILES,
          MEDIA2_CREATE_PROFILE,
          MEDIA2_DELETE_PROFILE,
          MEDIA2_ADD_CONFIGURATION,
          MEDIA2_REMOVE_CONFIGURATION,
          MEDIA2_GET_VIDEO_SOURCE_CONFIGURATIONS,
          MEDIA2_GET_VIDEO_SOURCE_CONFIGURATION_OPTIONS,
          MEDIA2_SET_VIDEO_SOURCE_CONFIGURATION,
          MEDIA2_GET_VIDEO_ENCODER_CONFIGURATIONS,
          MEDIA2_GET_VIDEO_ENCODER_CONFIGURATION_OPTIONS,
          MEDIA2_SET_VIDEO_ENCODER_CONFIGURATION,
          MEDIA2_GET_VIDEO_ENCODER_INSTANCES,
          MEDIA2_GET_METADATA_CONFIGURATIONS,
          MEDIA2_GET_METADATA_CONFIGURATION_OPTIONS,
          MEDIA2_SET_METADATA_CONFIGURATION,
          MEDIA2_GET_AUDIO_SOURCE_CONFIGURATIONS,
          MEDIA2_GET_AUDIO_ENCODER_CONFIGURATIONS,
          MEDIA2_GET_STREAM_URI,
          MEDIA2_GET_SNAPSHOT_URI,
          MEDIA2_SET_SYNCHRONIZATION_POINT);

  @Override
  public Set<Operation> operations() {
    return OPERATIONS;
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    Media2Service s = new Media2Service(MediaState.of(ctx.camera()), StreamUris.of(ctx.camera()));
    XmlElement b = ctx.body();
    return switch (ctx.operation()) {
      case MEDIA2_GET_PROFILES -> s.getProfiles(b);
      case MEDIA2_CREATE_PROFILE -> s.createProfile(b);
      case MEDIA2_DELETE_PROFILE -> s.deleteProfile(b);
      case MEDIA2_ADD_CONFIGURATION -> s.addConfiguration(b);
      case MEDIA2_REMOVE_CONFIGURATION -> s.removeConfiguration(b);
      case MEDIA2_GET_VIDEO_SOURCE_CONFIGURATIONS -> s.getVideoSourceConfigurations(b);
      case MEDIA2_GET_VIDEO_SOURCE_CONFIGURATION_OPTIONS -> s.getVideoSourceConfigurationOptions(b);
      case MEDIA2_SET_VIDEO_SOURCE_CONFIGURATION -> s.setVideoSourceConfiguration(b);
      case MEDIA2_GET_VIDEO_ENCODER_CONFIGURATIONS -> s.getVideoEncoderConfigurations(b);
      case MEDIA2_GET_VIDEO_ENCODER_CONFIGURATION_OPTIONS ->
          s.getVideoEncoderConfigurationOptions(b);
      case MEDIA2_SET_VIDEO_ENCODER_CONFIGURATION -> s.setVideoEncoderConfiguration(b);
      case MEDIA2_GET_VIDEO_ENCODER_INSTANCES -> s.getVideoEncoderInstances(b);
      case MEDIA2_GET_METADATA_CONFIGURATIONS -> s.getMetadataConfigurations(b);
      case MEDIA2_GET_METADATA_CONFIGURATION_OPTIONS -> s.getMetadataConfigurationOptions(b);
      case MEDIA2_SET_METADATA_CONFIGURATION -> s.setMetadataConfiguration(b);
      case MEDIA2_GET_AUDIO_SOURCE_CONFIGURATIONS -> s.getAudioSourceConfigurations(b);
      case MEDIA2_GET_AUDIO_ENCODER_CONFIGURATIONS -> s.getAudioEncoderConfigurations(b);
      case MEDIA2_GET_STREAM_URI -> s.getStreamUri(b, ctx.endpoint());
      case MEDIA2_GET_SNAPSHOT_URI -> s.getSnapshotUri(b, ctx.endpoint());
      case MEDIA2_SET_SYNCHRONIZATION_POINT -> s.setSynchronizationPoint(b);
      default -> throw new IllegalStateException("not a Media2 operation: " + ctx.operation());
    };
  }
}
