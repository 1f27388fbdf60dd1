package dev.jonvif.device.media;

import static dev.jonvif.device.Operation.*;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import java.util.EnumSet;
import java.util.Set;

/** Answers the Media (ver10) operations of every camera, from the camera's {@link MediaState}. */
final class Media1Handler implements ServiceHandler {

  private static final Set<Operation> OPERATIONS =
      EnumSet.of(
          MEDIA_GET_PROFILES,
          MEDIA_GET_PROFILE,
          MEDIA_CREATE_PROFILE,
          MEDIA_DELETE_PROFILE,
          MEDIA_ADD_VIDEO_SOURCE_CONFIGURATION,
          MEDIA_REMOVE_VIDEO_SOURCE_CONFIGURATION,
          MEDIA_ADD_VIDEO_ENCODER_CONFIGURATION,
          MEDIA_REMOVE_VIDEO_ENCODER_CONFIGURATION,
          MEDIA_ADD_METADATA_CONFIGURATION,
          MEDIA_REMOVE_METADATA_CONFIGURATION,
          MEDIA_GET_VIDEO_SOURCES,
          MEDIA_GET_VIDEO_SOURCE_CONFIGURATIONS,
          MEDIA_GET_VIDEO_SOURCE_CONFIGURATION,
          MEDIA_GET_COMPATIBLE_VIDEO_SOURCE_CONFIGURATIONS,
          MEDIA_GET_VIDEO_SOURCE_CONFIGURATION_OPTIONS,
          MEDIA_SET_VIDEO_SOURCE_CONFIGURATION,
          MEDIA_GET_VIDEO_ENCODER_CONFIGURATIONS,
          MEDIA_GET_VIDEO_ENCODER_CONFIGURATION,
          MEDIA_GET_COMPATIBLE_VIDEO_ENCODER_CONFIGURATIONS,
          MEDIA_GET_VIDEO_ENCODER_CONFIGURATION_OPTIONS,
          MEDIA_SET_VIDEO_ENCODER_CONFIGURATION,
          MEDIA_GET_GUARANTEED_NUMBER_OF_VIDEO_ENCODER_INSTANCES,
          MEDIA_GET_METADATA_CONFIGURATIONS,
          MEDIA_GET_METADATA_CONFIGURATION,
          MEDIA_GET_COMPATIBLE_METADATA_CONFIGURATIONS,
          MEDIA_GET_METADATA_CONFIGURATION_OPTIONS,
          MEDIA_SET_METADATA_CONFIGURATION,
          MEDIA_GET_STREAM_URI,
          MEDIA_GET_SNAPSHOT_URI,
          MEDIA_SET_SYNCHRONIZATION_POINT,
          MEDIA_GET_AUDIO_SOURCES,
          MEDIA_GET_AUDIO_SOURCE_CONFIGURATIONS,
          MEDIA_GET_AUDIO_ENCODER_CONFIGURATIONS,
          MEDIA_GET_AUDIO_OUTPUTS);

  @Override
  public Set<Operation> operations() {
    return OPERATIONS;
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    MediaState state = MediaState.of(ctx.camera());
    XmlElement b = ctx.body();
    if (isStreaming(ctx.operation())) {
      Media1Streaming s = new Media1Streaming(state, StreamUris.of(ctx.camera()));
      return switch (ctx.operation()) {
        case MEDIA_GET_STREAM_URI -> s.getStreamUri(b, ctx.endpoint());
        case MEDIA_GET_SNAPSHOT_URI -> s.getSnapshotUri(b, ctx.endpoint());
        case MEDIA_SET_SYNCHRONIZATION_POINT -> s.setSynchronizationPoint(b);
        case MEDIA_GET_AUDIO_SOURCES -> s.getAudioSources(b);
        case MEDIA_GET_AUDIO_SOURCE_CONFIGURATIONS -> s.getAudioSourceConfigurations(b);
        case MEDIA_GET_AUDIO_ENCODER_CONFIGURATIONS -> s.getAudioEncoderConfigurations(b);
        default -> s.getAudioOutputs(b);
      };
    }
    Media1Service s = new Media1Service(state);
    return switch (ctx.operation()) {
      case MEDIA_GET_PROFILES -> s.getProfiles(b);
      case MEDIA_GET_PROFILE -> s.getProfile(b);
      case MEDIA_CREATE_PROFILE -> s.createProfile(b);
      case MEDIA_DELETE_PROFILE -> s.deleteProfile(b);
      case MEDIA_ADD_VIDEO_SOURCE_CONFIGURATION -> s.addVideoSourceConfiguration(b);
      case MEDIA_REMOVE_VIDEO_SOURCE_CONFIGURATION -> s.removeVideoSourceConfiguration(b);
      case MEDIA_ADD_VIDEO_ENCODER_CONFIGURATION -> s.addVideoEncoderConfiguration(b);
      case MEDIA_REMOVE_VIDEO_ENCODER_CONFIGURATION -> s.removeVideoEncoderConfiguration(b);
      case MEDIA_ADD_METADATA_CONFIGURATION -> s.addMetadataConfiguration(b);
      case MEDIA_REMOVE_METADATA_CONFIGURATION -> s.removeMetadataConfiguration(b);
      case MEDIA_GET_VIDEO_SOURCES -> s.getVideoSources(b);
      case MEDIA_GET_VIDEO_SOURCE_CONFIGURATIONS -> s.getVideoSourceConfigurations(b);
      case MEDIA_GET_VIDEO_SOURCE_CONFIGURATION -> s.getVideoSourceConfiguration(b);
      case MEDIA_GET_COMPATIBLE_VIDEO_SOURCE_CONFIGURATIONS ->
          s.getCompatibleVideoSourceConfigurations(b);
      case MEDIA_GET_VIDEO_SOURCE_CONFIGURATION_OPTIONS -> s.getVideoSourceConfigurationOptions(b);
      case MEDIA_SET_VIDEO_SOURCE_CONFIGURATION -> s.setVideoSourceConfiguration(b);
      case MEDIA_GET_VIDEO_ENCODER_CONFIGURATIONS -> s.getVideoEncoderConfigurations(b);
      case MEDIA_GET_VIDEO_ENCODER_CONFIGURATION -> s.getVideoEncoderConfiguration(b);
      case MEDIA_GET_COMPATIBLE_VIDEO_ENCODER_CONFIGURATIONS ->
          s.getCompatibleVideoEncoderConfigurations(b);
      case MEDIA_GET_VIDEO_ENCODER_CONFIGURATION_OPTIONS ->
          s.getVideoEncoderConfigurationOptions(b);
      case MEDIA_SET_VIDEO_ENCODER_CONFIGURATION -> s.setVideoEncoderConfiguration(b);
      case MEDIA_GET_GUARANTEED_NUMBER_OF_VIDEO_ENCODER_INSTANCES ->
          s.getGuaranteedNumberOfVideoEncoderInstances(b);
      case MEDIA_GET_METADATA_CONFIGURATIONS -> s.getMetadataConfigurations(b);
      case MEDIA_GET_METADATA_CONFIGURATION -> s.getMetadataConfiguration(b);
      case MEDIA_GET_COMPATIBLE_METADATA_CONFIGURATIONS -> s.getCompatibleMetadataConfigurations(b);
      case MEDIA_GET_METADATA_CONFIGURATION_OPTIONS -> s.getMetadataConfigurationOptions(b);
      case MEDIA_SET_METADATA_CONFIGURATION -> s.setMetadataConfiguration(b);
      default -> throw new IllegalStateException("not a Media operation: " + ctx.operation());
    };
  }

  private static boolean isStreaming(Operation op) {
    return switch (op) {
      case MEDIA_GET_STREAM_URI,
          MEDIA_GET_SNAPSHOT_URI,
          MEDIA_SET_SYNCHRONIZATION_POINT,
          MEDIA_GET_AUDIO_SOURCES,
          MEDIA_GET_AUDIO_SOURCE_CONFIGURATIONS,
          MEDIA_GET_AUDIO_ENCODER_CONFIGURATIONS,
          MEDIA_GET_AUDIO_OUTPUTS ->
          true;
      default -> false;
    };
  }
}
