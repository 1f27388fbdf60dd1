package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TR2;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.ClientEndpoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The Media2 (ver20) service of one camera: one method per operation, each taking the request body
 * element and returning the response body element. It shares its {@link MediaState} with the Media
 * (ver10) service, so a change through one is seen through the other.
 *
 * @see <a href="https://www.onvif.org/ver20/media/wsdl/media.wsdl">Media2 WSDL</a>
 */
final class Media2Service {

  private static final MediaApi API = MediaApi.MEDIA2;
  private static final RequestValues ARGS = RequestValues.FOR_ARGS;

  private final MediaState state;
  private final StreamUris uris;

  public Media2Service(MediaState state, StreamUris uris) {
    this.state = state;
    this.uris = uris;
  }

  private static XmlElement.Builder response(String operation) {
    return XmlElement.builder(TR2, operation + "Response");
  }

  // ---- profiles ----

  /**
   * GetProfiles: all profiles, or the one named by Token; configurations only of the requested
   * Types ({@code All} for every type, none when no Type is given).
   */
  public XmlElement getProfiles(XmlElement body) {
    MediaModel m = state.model();
    String token = RequestValues.optionalToken(body, TR2, "Token");
    Set<ConfigurationType> types = EnumSet.noneOf(ConfigurationType.class);
    for (XmlElement t : body.childrenLenient("Type")) {
      String v = t.textTrim();
      if (v.equals("All")) {
        types = EnumSet.allOf(ConfigurationType.class);
        break;
      }
      ConfigurationType type = ConfigurationType.fromMedia2Name(v);
      if (type != null) {
        types.add(type);
      }
    }
    MediaProfile only = token == null ? null : state.profile(API, token);
    Set<ConfigurationType> selected = types;
    return m.response(
        "tr2:GetProfiles " + (only == null ? "" : only.token()) + " " + selected + state.ptzKey(),
        () -> {
          XmlElement.Builder r = response("GetProfiles");
          for (MediaProfile p : only == null ? m.profiles() : List.of(only)) {
            r.child(Media2Xml.profile(m, p, selected, state.camera()));
          }
          return r.build();
        });
  }

  public XmlElement createProfile(XmlElement body) {
    String name = RequestValues.text(body, TR2, "Name");
    if (name == null) {
      throw MediaFaults.invalidArgVal("Name is missing");
    }
    List<ConfigurationRef> refs = references(body, false);
    MediaProfile p = state.createProfile(API, name, null, refs);
    return response("CreateProfile").child(XmlElement.of(TR2, "Token", p.token())).build();
  }

  public XmlElement deleteProfile(XmlElement body) {
    state.deleteProfile(API, ARGS.required(body, TR2, "Token"));
    return response("DeleteProfile").build();
  }

  public XmlElement addConfiguration(XmlElement body) {
    String profile = ARGS.required(body, TR2, "ProfileToken");
    String name = RequestValues.text(body, TR2, "Name");
    state.addConfigurations(API, profile, name, references(body, false));
    return response("AddConfiguration").build();
  }

  public XmlElement removeConfiguration(XmlElement body) {
    String profile = ARGS.required(body, TR2, "ProfileToken");
    state.removeConfigurations(API, profile, references(body, true));
    return response("RemoveConfiguration").build();
  }

  /**
   * The tr2:Configuration references of a request. Types the camera does not have cannot be added
   * (ter:NoConfig) and are ignored when removing; {@code All} is only meaningful when removing.
   */
  private static List<ConfigurationRef> references(XmlElement body, boolean removing) {
    List<ConfigurationRef> refs = new ArrayList<>();
    for (XmlElement c : body.childrenLenient("Configuration")) {
      String type = ARGS.required(c, TR2, "Type");
      String token = RequestValues.optionalToken(c, TR2, "Token");
      if (type.equals("All") && removing) {
        for (ConfigurationType t : ConfigurationType.values()) {
          refs.add(new ConfigurationRef(t, null));
        }
        continue;
      }
      ConfigurationType t = ConfigurationType.fromMedia2Name(type);
      if (t == null) {
        if (removing) {
          continue;
        }
        throw MediaFaults.noConfig(MediaFaults.clip(type), token);
      }
      refs.add(new ConfigurationRef(t, token));
    }
    return refs;
  }

  // ---- configurations ----

  public XmlElement getVideoSourceConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetVideoSourceConfigurations");
    for (VideoSourceConfiguration c :
        select(
            body,
            ConfigurationType.VIDEO_SOURCE,
            m,
            m.videoSourceConfigurations(),
            p -> state.compatibleVideoSourceConfigurations(API, p),
            VideoSourceConfiguration::token)) {
      r.child(
          TtXml.videoSourceConfiguration(
              TR2, "Configurations", c, m.useCount(ConfigurationType.VIDEO_SOURCE, c.token())));
    }
    return r.build();
  }

  public XmlElement getVideoEncoderConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetVideoEncoderConfigurations");
    for (VideoEncoderConfiguration c :
        select(
            body,
            ConfigurationType.VIDEO_ENCODER,
            m,
            m.videoEncoderConfigurations(),
            p -> state.compatibleVideoEncoderConfigurations(API, p),
            VideoEncoderConfiguration::token)) {
      r.child(
          Media2Xml.videoEncoderConfiguration(
              TR2, "Configurations", c, m.useCount(ConfigurationType.VIDEO_ENCODER, c.token())));
    }
    return r.build();
  }

  public XmlElement getMetadataConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetMetadataConfigurations");
    for (MetadataConfiguration c :
        select(
            body,
            ConfigurationType.METADATA,
            m,
            m.metadataConfigurations(),
            p -> state.compatibleMetadataConfigurations(API, p),
            MetadataConfiguration::token)) {
      r.child(
          TtXml.metadataConfiguration(
              TR2, "Configurations", c, m.useCount(ConfigurationType.METADATA, c.token())));
    }
    return r.build();
  }

  /**
   * The configurations a tr2:GetConfiguration request selects: the one named by ConfigurationToken,
   * those compatible with ProfileToken, or all.
   */
  private static <T> List<T> select(
      XmlElement body,
      ConfigurationType type,
      MediaModel m,
      List<T> all,
      Function<String, List<T>> compatibleWith,
      Function<T, String> tokenOf) {
    String config = RequestValues.optionalToken(body, TR2, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TR2, "ProfileToken");
    List<T> candidates = profile == null ? all : compatibleWith.apply(profile);
    if (config == null) {
      return candidates;
    }
    if (!m.hasConfiguration(type, config)) {
      throw MediaFaults.noConfig(type.media2Name(), config);
    }
    List<T> out = new ArrayList<>(1);
    for (T c : candidates) {
      if (tokenOf.apply(c).equals(config)) {
        out.add(c);
      }
    }
    return out;
  }

  public XmlElement getVideoSourceConfigurationOptions(XmlElement body) {
    MediaModel m = state.model();
    String config = RequestValues.optionalToken(body, TR2, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TR2, "ProfileToken");
    VideoSourceConfiguration c = config == null ? null : state.videoSourceConfiguration(config);
    if (profile != null) {
      MediaProfile p = state.profile(API, profile);
      if (c == null && p.videoSource() != null) {
        c = m.videoSourceConfiguration(p.videoSource());
      }
    }
    return response("GetVideoSourceConfigurationOptions")
        .child(TtXml.videoSourceConfigurationOptions(TR2, m, c))
        .build();
  }

  /** GetVideoEncoderConfigurationOptions: one tr2:Options per encoding of the source. */
  public XmlElement getVideoEncoderConfigurationOptions(XmlElement body) {
    MediaModel m = state.model();
    String config = RequestValues.optionalToken(body, TR2, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TR2, "ProfileToken");
    String source =
        config == null ? null : state.videoEncoderConfiguration(API, config).sourceToken();
    if (profile != null) {
      VideoSource vs = m.videoSourceOf(state.profile(API, profile));
      if (source == null && vs != null) {
        source = vs.token();
      }
    }
    VideoSourceOptions src =
        source == null ? m.persona().sources().get(0) : m.persona().source(source);
    XmlElement.Builder r = response("GetVideoEncoderConfigurationOptions");
    for (EncodingOptions o : src.encodings()) {
      r.child(Media2Xml.videoEncoderOptions(o));
    }
    return r.build();
  }

  public XmlElement getMetadataConfigurationOptions(XmlElement body) {
    String config = RequestValues.optionalToken(body, TR2, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TR2, "ProfileToken");
    if (config != null) {
      state.metadataConfiguration(config);
    }
    if (profile != null) {
      state.profile(API, profile);
    }
    return response("GetMetadataConfigurationOptions")
        .child(TtXml.metadataConfigurationOptions(TR2, state.model().persona().hasPtz()))
        .build();
  }

  public XmlElement setVideoSourceConfiguration(XmlElement body) {
    XmlElement conf = configurationElement(body);
    VideoSourceConfiguration current = state.videoSourceConfiguration(configToken(conf));
    state.setVideoSourceConfiguration(ConfigurationReader.videoSource(conf, current));
    return response("SetVideoSourceConfiguration").build();
  }

  public XmlElement setVideoEncoderConfiguration(XmlElement body) {
    XmlElement conf = configurationElement(body);
    VideoEncoderConfiguration current = state.videoEncoderConfiguration(API, configToken(conf));
    state.setVideoEncoderConfiguration(
        API, ConfigurationReader.media2Encoder(conf, current, state.persona()));
    return response("SetVideoEncoderConfiguration").build();
  }

  public XmlElement setMetadataConfiguration(XmlElement body) {
    XmlElement conf = configurationElement(body);
    MetadataConfiguration current = state.metadataConfiguration(configToken(conf));
    state.setMetadataConfiguration(ConfigurationReader.metadata(conf, current));
    return response("SetMetadataConfiguration").build();
  }

  /** GetVideoEncoderInstances for a video source configuration. */
  public XmlElement getVideoEncoderInstances(XmlElement body) {
    MediaModel m = state.model();
    VideoSourceConfiguration c =
        state.videoSourceConfiguration(ARGS.required(body, TR2, "ConfigurationToken"));
    return response("GetVideoEncoderInstances")
        .child(Media2Xml.encoderInstances(m, c.sourceToken()))
        .build();
  }

  // ---- streaming ----

  /**
   * GetStreamUri: {@code RtspUnicast} and {@code RTSP} give the RTSP URI (RTP over UDP, or
   * interleaved in the RTSP connection), {@code RtspOverHttp} the tunnel URI on the web-service
   * port. Multicast and RTSPS are not offered.
   */
  public XmlElement getStreamUri(XmlElement body, ClientEndpoint client) {
    String protocol = ARGS.required(body, TR2, "Protocol");
    MediaProfile p = streamableProfile(ARGS.required(body, TR2, "ProfileToken"));
    String uri =
        switch (protocol) {
          case "RtspUnicast", "RTSP" -> uris.rtsp(client, p.token());
          case "RtspOverHttp" -> uris.rtspOverHttp(client, p.token());
          default ->
              throw MediaFaults.invalidStreamSetup(
                  "Protocol "
                      + MediaFaults.clip(protocol)
                      + " is not supported (RtspUnicast, RTSP, RtspOverHttp)");
        };
    return response("GetStreamUri").child(XmlElement.of(TR2, "Uri", uri)).build();
  }

  public XmlElement getSnapshotUri(XmlElement body, ClientEndpoint client) {
    MediaProfile p = streamableProfile(ARGS.required(body, TR2, "ProfileToken"));
    String uri = uris.snapshot(client, p.token());
    return response("GetSnapshotUri").child(XmlElement.of(TR2, "Uri", uri)).build();
  }

  /** SetSynchronizationPoint: the profile's live stream sends a key frame next. */
  public XmlElement setSynchronizationPoint(XmlElement body) {
    MediaProfile p = state.profile(API, ARGS.required(body, TR2, "ProfileToken"));
    state.camera().forceKeyFrame(p.token());
    return response("SetSynchronizationPoint").build();
  }

  private MediaProfile streamableProfile(String token) {
    MediaProfile p = state.profile(API, token);
    if (p.videoSource() == null || p.videoEncoder() == null) {
      throw MediaFaults.incompleteConfiguration(token);
    }
    return p;
  }

  // ---- audio: the virtual camera has none ----

  public XmlElement getAudioSourceConfigurations(XmlElement body) {
    return response("GetAudioSourceConfigurations").build();
  }

  public XmlElement getAudioEncoderConfigurations(XmlElement body) {
    return response("GetAudioEncoderConfigurations").build();
  }

  private static XmlElement configurationElement(XmlElement body) {
    XmlElement conf = RequestValues.child(body, TR2, "Configuration");
    if (conf == null) {
      throw MediaFaults.invalidArgVal("Configuration is missing");
    }
    return conf;
  }

  private static String configToken(XmlElement conf) {
    String token = conf.attribute("token");
    if (token == null || token.isEmpty()) {
      throw MediaFaults.invalidArgVal("Configuration/@token is missing");
    }
    return token;
  }
}
