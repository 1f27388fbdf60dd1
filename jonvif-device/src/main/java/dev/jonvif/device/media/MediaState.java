package dev.jonvif.device.media;

import dev.jonvif.device.StateSlot;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.PtzState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/**
 * The media configuration of one camera, shared by its Media and Media2 services: a view of the
 * camera's {@link #SLOT media state slot}. Reads see an immutable {@link MediaModel} snapshot;
 * changes are validated, applied atomically and persisted by the camera before they return. Invalid
 * requests throw the ONVIF fault the media specifications name (see {@link MediaFaults}) and leave
 * the state unchanged.
 */
public final class MediaState {

  /** The camera state slot holding the media configuration. */
  public static final StateSlot<MediaConfig> SLOT =
      new StateSlot<>("media", MediaConfig.class, MediaConfig::initial);

  /** The last model built per camera, so reads do not rebuild it. */
  private static final Map<VirtualCamera, MediaModel> MODELS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Change listeners per camera ({@link #addListener}). */
  private static final Map<VirtualCamera, List<MediaChangeListener>> LISTENERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final VirtualCamera camera;

  /** Registers {@code listener} for {@code camera}'s media changes. */
  public static void addListener(VirtualCamera camera, MediaChangeListener listener) {
    LISTENERS
        .computeIfAbsent(camera, c -> new java.util.concurrent.CopyOnWriteArrayList<>())
        .add(Objects.requireNonNull(listener, "listener"));
  }

  private void profileChanged(String token) {
    for (MediaChangeListener l : LISTENERS.getOrDefault(camera, List.of())) {
      l.profileChanged(token);
    }
  }

  /**
   * Tells listeners that configuration {@code token} of {@code type} (the tt:ConfigurationEntity
   * type name, e.g. {@code PTZ}) changed, for configurations other services own.
   */
  public void announceConfigurationChanged(String token, String type) {
    configurationChanged(token, type);
  }

  private void configurationChanged(String token, String type) {
    for (MediaChangeListener l : LISTENERS.getOrDefault(camera, List.of())) {
      l.configurationChanged(token, type);
    }
  }

  private MediaState(VirtualCamera camera) {
    this.camera = Objects.requireNonNull(camera, "camera");
  }

  /** The media state of {@code camera}. */
  public static MediaState of(VirtualCamera camera) {
    return new MediaState(camera);
  }

  /** The camera this is the media state of. */
  public VirtualCamera camera() {
    return camera;
  }

  /**
   * What cached profile responses also depend on besides the media snapshot: the PTZ configurations
   * they show (empty for a camera without PTZ).
   */
  String ptzKey() {
    if (model().persona().ptzConfigurations().isEmpty()) {
      return "";
    }
    return " ptz" + camera.state(PtzState.SLOT).configurations().hashCode();
  }

  /** The current snapshot. */
  public MediaModel model() {
    MediaConfig config = camera.state(SLOT);
    MediaModel cached = MODELS.get(camera);
    if (cached != null && cached.config() == config) {
      return cached;
    }
    MediaPersona persona = cached != null ? cached.persona() : MediaPersona.from(camera.persona());
    MediaModel m = new MediaModel(persona, config);
    MODELS.put(camera, m);
    return m;
  }

  public MediaPersona persona() {
    return model().persona();
  }

  /** Applies a change atomically; the change may throw a fault to leave the state unchanged. */
  private void update(UnaryOperator<MediaModel> change) {
    MediaPersona persona = persona();
    camera.update(SLOT, c -> change.apply(new MediaModel(persona, c)).config());
  }

  // ---- lookups that fault ----

  /** The profile, if {@code api} can see it; otherwise {@code ter:NoProfile}. */
  public MediaProfile profile(MediaApi api, String token) {
    return visibleProfile(model(), api, token);
  }

  /** The encoder configuration, if {@code api} can see it; otherwise {@code ter:NoConfig}. */
  public VideoEncoderConfiguration videoEncoderConfiguration(MediaApi api, String token) {
    VideoEncoderConfiguration c = model().videoEncoderConfiguration(token);
    if (c == null || !MediaPersona.visible(api, c.encoding())) {
      throw MediaFaults.noConfig("video encoder", token);
    }
    return c;
  }

  public VideoSourceConfiguration videoSourceConfiguration(String token) {
    VideoSourceConfiguration c = model().videoSourceConfiguration(token);
    if (c == null) {
      throw MediaFaults.noConfig("video source", token);
    }
    return c;
  }

  public MetadataConfiguration metadataConfiguration(String token) {
    MetadataConfiguration c = model().metadataConfiguration(token);
    if (c == null) {
      throw MediaFaults.noConfig("metadata", token);
    }
    return c;
  }

  /** Encoder configurations that can join the profile: those of its video source. */
  public List<VideoEncoderConfiguration> compatibleVideoEncoderConfigurations(
      MediaApi api, String profileToken) {
    MediaModel m = model();
    MediaProfile p = visibleProfile(m, api, profileToken);
    List<VideoEncoderConfiguration> out = new ArrayList<>();
    for (VideoEncoderConfiguration c : m.videoEncoderConfigurations(api)) {
      if (compatible(m, p.with(ConfigurationType.VIDEO_ENCODER, c.token()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Source configurations that can join the profile: those matching its encoder's source. */
  public List<VideoSourceConfiguration> compatibleVideoSourceConfigurations(
      MediaApi api, String profileToken) {
    MediaModel m = model();
    MediaProfile p = visibleProfile(m, api, profileToken);
    List<VideoSourceConfiguration> out = new ArrayList<>();
    for (VideoSourceConfiguration c : m.videoSourceConfigurations()) {
      if (compatible(m, p.with(ConfigurationType.VIDEO_SOURCE, c.token()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Metadata configurations that can join the profile (all of them). */
  public List<MetadataConfiguration> compatibleMetadataConfigurations(
      MediaApi api, String profileToken) {
    MediaModel m = model();
    visibleProfile(m, api, profileToken);
    return m.metadataConfigurations();
  }

  // ---- profile changes ----

  /**
   * Creates a non-fixed profile.
   *
   * @param token the requested token (Media), or {@code null} to let the camera choose
   * @param configurations configurations to put in it (Media2); a {@code null} token picks the
   *     first compatible configuration of that type
   */
  public MediaProfile createProfile(
      MediaApi api, String name, String token, List<ConfigurationRef> configurations) {
    if (name == null || name.length() > Tokens.MAX_LENGTH) {
      throw MediaFaults.invalidArgVal("Name must have at most 64 characters");
    }
    if (token != null && !Tokens.isValid(token)) {
      throw MediaFaults.invalidArgVal("Token must have 1 to 64 characters");
    }
    MediaProfile[] created = new MediaProfile[1];
    update(
        m -> {
          if (token != null && m.profile(token) != null) {
            throw MediaFaults.profileExists(token);
          }
          if (m.profiles().size() >= m.persona().maxProfiles()) {
            throw MediaFaults.maxProfiles(api, m.persona().maxProfiles());
          }
          String t = token != null ? token : freeProfileToken(m);
          MediaProfile p = resolveAndApply(m, api, MediaProfile.empty(t, name), configurations);
          List<MediaProfile> all = new ArrayList<>(m.profiles());
          all.add(p);
          created[0] = p;
          return m.withProfiles(all);
        });
    profileChanged(created[0].token());
    return created[0];
  }

  /** Deletes a non-fixed profile. */
  public void deleteProfile(MediaApi api, String token) {
    update(
        m -> {
          MediaProfile p = visibleProfile(m, api, token);
          if (p.fixed()) {
            throw MediaFaults.deletionOfFixedProfile(token);
          }
          List<MediaProfile> rest = new ArrayList<>(m.profiles());
          rest.remove(p);
          return m.withProfiles(rest);
        });
    profileChanged(token);
  }

  /**
   * Adds (or replaces) configurations in a profile, all or nothing; {@code newName}, when not
   * {@code null}, renames the profile (Media2 AddConfiguration/Name).
   */
  public void addConfigurations(
      MediaApi api, String profileToken, String newName, List<ConfigurationRef> configurations) {
    if (newName != null && newName.length() > Tokens.MAX_LENGTH) {
      throw MediaFaults.invalidArgVal("Name must have at most 64 characters");
    }
    update(
        m -> {
          MediaProfile p = visibleProfile(m, api, profileToken);
          for (ConfigurationRef ref : configurations) {
            if (ref.token() == null) {
              throw MediaFaults.noConfig(ref.type().media2Name(), null);
            }
          }
          MediaProfile changed = resolveAndApply(m, api, p, configurations);
          if (newName != null) {
            changed = changed.withName(newName);
          }
          MediaProfile result = changed;
          return changed.equals(p) ? m : m.withProfile(profileToken, old -> result);
        });
    profileChanged(profileToken);
  }

  /**
   * Removes configurations from a profile. A reference whose token does not match the profile's
   * configuration of that type is ignored, as Media2 RemoveConfiguration asks.
   */
  public void removeConfigurations(
      MediaApi api, String profileToken, List<ConfigurationRef> configurations) {
    update(
        m -> {
          MediaProfile p = visibleProfile(m, api, profileToken);
          MediaProfile changed = p;
          for (ConfigurationRef ref : configurations) {
            String current = changed.configuration(ref.type());
            if (current != null && (ref.token() == null || ref.token().equals(current))) {
              changed = changed.with(ref.type(), null);
            }
          }
          MediaProfile result = changed;
          return changed.equals(p) ? m : m.withProfile(profileToken, old -> result);
        });
    profileChanged(profileToken);
  }

  // ---- configuration changes ----

  /** Replaces an encoder configuration after checking it against the options. */
  public void setVideoEncoderConfiguration(MediaApi api, VideoEncoderConfiguration c) {
    update(
        m -> {
          VideoEncoderConfiguration current = m.videoEncoderConfiguration(c.token());
          if (current == null || !MediaPersona.visible(api, current.encoding())) {
            throw MediaFaults.noConfig("video encoder", c.token());
          }
          if (!current.sourceToken().equals(c.sourceToken())) {
            throw MediaFaults.configModify(
                "An encoder configuration cannot change its video source");
          }
          ConfigurationValidator.check(c, m.persona(), api);
          return m.with(c);
        });
    configurationChanged(c.token(), "VideoEncoder");
  }

  /** Replaces a video source configuration after checking it against the options. */
  public void setVideoSourceConfiguration(VideoSourceConfiguration c) {
    update(
        m -> {
          if (m.videoSourceConfiguration(c.token()) == null) {
            throw MediaFaults.noConfig("video source", c.token());
          }
          ConfigurationValidator.check(c, m.persona());
          MediaModel next = m.with(c);
          for (MediaProfile p : next.profiles()) {
            if (c.token().equals(p.videoSource()) && !compatible(next, p)) {
              throw MediaFaults.configModify(
                  "Profile " + p.token() + " has an encoder of another video source");
            }
          }
          return next;
        });
    configurationChanged(c.token(), "VideoSource");
  }

  /** Replaces a metadata configuration after checking it. */
  public void setMetadataConfiguration(MetadataConfiguration c) {
    update(
        m -> {
          if (m.metadataConfiguration(c.token()) == null) {
            throw MediaFaults.noConfig("metadata", c.token());
          }
          ConfigurationValidator.check(c);
          return m.with(c);
        });
    configurationChanged(c.token(), "Metadata");
  }

  // ---- internals ----

  private static MediaProfile visibleProfile(MediaModel m, MediaApi api, String token) {
    MediaProfile p = token == null ? null : m.profile(token);
    if (p == null || !m.visible(api, p)) {
      throw MediaFaults.noProfile(token);
    }
    return p;
  }

  /** Applies configuration references to a profile, checking that each exists and fits. */
  private static MediaProfile resolveAndApply(
      MediaModel m, MediaApi api, MediaProfile p, List<ConfigurationRef> refs) {
    Map<ConfigurationType, String> chosen = new EnumMap<>(ConfigurationType.class);
    for (ConfigurationRef ref : refs) {
      if (ref.token() != null) {
        if (!m.hasConfiguration(ref.type(), ref.token()) || hidden(m, api, ref)) {
          throw MediaFaults.noConfig(ref.type().media2Name(), ref.token());
        }
        chosen.put(ref.type(), ref.token());
      }
    }
    MediaProfile out = p;
    for (Map.Entry<ConfigurationType, String> e : chosen.entrySet()) {
      out = out.with(e.getKey(), e.getValue());
    }
    for (ConfigurationRef ref : refs) {
      if (ref.token() == null && !chosen.containsKey(ref.type())) {
        out = out.with(ref.type(), firstCompatible(m, api, out, ref.type()));
      }
    }
    if (!compatible(m, out)) {
      throw MediaFaults.configurationConflict(
          "The video encoder and video source configurations use different video sources");
    }
    return out;
  }

  private static boolean hidden(MediaModel m, MediaApi api, ConfigurationRef ref) {
    return ref.type() == ConfigurationType.VIDEO_ENCODER
        && !MediaPersona.visible(api, m.videoEncoderConfiguration(ref.token()).encoding());
  }

  private static String firstCompatible(
      MediaModel m, MediaApi api, MediaProfile p, ConfigurationType type) {
    List<String> candidates = new ArrayList<>();
    switch (type) {
      case VIDEO_SOURCE -> m.videoSourceConfigurations().forEach(c -> candidates.add(c.token()));
      case VIDEO_ENCODER ->
          m.videoEncoderConfigurations(api).forEach(c -> candidates.add(c.token()));
      case METADATA -> m.metadataConfigurations().forEach(c -> candidates.add(c.token()));
      case PTZ -> candidates.addAll(m.persona().ptzConfigurations());
    }
    for (String token : candidates) {
      if (compatible(m, p.with(type, token))) {
        return token;
      }
    }
    throw MediaFaults.noConfig(type.media2Name(), null);
  }

  /**
   * A profile is consistent when its encoder belongs to its video source configuration's source.
   */
  private static boolean compatible(MediaModel m, MediaProfile p) {
    if (p.videoSource() == null || p.videoEncoder() == null) {
      return true;
    }
    return m.videoSourceConfiguration(p.videoSource())
        .sourceToken()
        .equals(m.videoEncoderConfiguration(p.videoEncoder()).sourceToken());
  }

  private static String freeProfileToken(MediaModel m) {
    for (int n = m.profiles().size() + 1; ; n++) {
      String t = "Profile_" + n;
      if (m.profile(t) == null) {
        return t;
      }
    }
  }
}
