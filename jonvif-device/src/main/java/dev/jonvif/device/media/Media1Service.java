package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TRT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.VideoEncoding;
import java.util.List;

/**
 * The Media (ver10) service of one camera: one method per operation, each taking the request body
 * element and returning the response body element. Faults are thrown as {@link
 * dev.jonvif.core.SoapFaultException} (see {@link MediaFaults}). H.265 profiles and encoder
 * configurations do not exist here: ver10 has no way to express them.
 *
 * @see <a href="https://www.onvif.org/ver10/media/wsdl/media.wsdl">Media WSDL</a>
 */
final class Media1Service {

  private static final MediaApi API = MediaApi.MEDIA1;
  private static final RequestValues ARGS = RequestValues.FOR_ARGS;

  private final MediaState state;

  public Media1Service(MediaState state) {
    this.state = state;
  }

  private static XmlElement.Builder response(String operation) {
    return XmlElement.builder(TRT, operation + "Response");
  }

  private static String token(XmlElement body, String name) {
    return ARGS.required(body, TRT, name);
  }

  // ---- profiles ----

  public XmlElement getProfiles(XmlElement body) {
    MediaModel m = state.model();
    return m.response(
        "trt:GetProfiles" + state.ptzKey(),
        () -> {
          XmlElement.Builder r = response("GetProfiles");
          for (MediaProfile p : m.profiles(API)) {
            r.child(Media1Xml.profile("Profiles", m, p, state.camera()));
          }
          return r.build();
        });
  }

  public XmlElement getProfile(XmlElement body) {
    MediaModel m = state.model();
    MediaProfile p = state.profile(API, token(body, "ProfileToken"));
    return response("GetProfile").child(Media1Xml.profile("Profile", m, p, state.camera())).build();
  }

  public XmlElement createProfile(XmlElement body) {
    String name = RequestValues.text(body, TRT, "Name");
    if (name == null) {
      throw MediaFaults.invalidArgVal("Name is missing");
    }
    String token = RequestValues.optionalToken(body, TRT, "Token");
    MediaProfile p = state.createProfile(API, name, token, List.of());
    return response("CreateProfile")
        .child(Media1Xml.profile("Profile", state.model(), p, state.camera()))
        .build();
  }

  public XmlElement deleteProfile(XmlElement body) {
    state.deleteProfile(API, token(body, "ProfileToken"));
    return response("DeleteProfile").build();
  }

  private XmlElement add(XmlElement body, String operation, ConfigurationType type) {
    String profile = token(body, "ProfileToken");
    String config = token(body, "ConfigurationToken");
    state.addConfigurations(API, profile, null, List.of(new ConfigurationRef(type, config)));
    return response(operation).build();
  }

  private XmlElement remove(XmlElement body, String operation, ConfigurationType type) {
    state.removeConfigurations(
        API, token(body, "ProfileToken"), List.of(new ConfigurationRef(type, null)));
    return response(operation).build();
  }

  public XmlElement addVideoSourceConfiguration(XmlElement body) {
    return add(body, "AddVideoSourceConfiguration", ConfigurationType.VIDEO_SOURCE);
  }

  public XmlElement removeVideoSourceConfiguration(XmlElement body) {
    return remove(body, "RemoveVideoSourceConfiguration", ConfigurationType.VIDEO_SOURCE);
  }

  public XmlElement addVideoEncoderConfiguration(XmlElement body) {
    return add(body, "AddVideoEncoderConfiguration", ConfigurationType.VIDEO_ENCODER);
  }

  public XmlElement removeVideoEncoderConfiguration(XmlElement body) {
    return remove(body, "RemoveVideoEncoderConfiguration", ConfigurationType.VIDEO_ENCODER);
  }

  public XmlElement addMetadataConfiguration(XmlElement body) {
    return add(body, "AddMetadataConfiguration", ConfigurationType.METADATA);
  }

  public XmlElement removeMetadataConfiguration(XmlElement body) {
    return remove(body, "RemoveMetadataConfiguration", ConfigurationType.METADATA);
  }

  // ---- video sources ----

  public XmlElement getVideoSources(XmlElement body) {
    XmlElement.Builder r = response("GetVideoSources");
    for (VideoSource s : state.model().videoSources()) {
      r.child(TtXml.videoSource(TRT, "VideoSources", s));
    }
    return r.build();
  }

  public XmlElement getVideoSourceConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetVideoSourceConfigurations");
    for (VideoSourceConfiguration c : m.videoSourceConfigurations()) {
      r.child(vsc(m, "Configurations", c));
    }
    return r.build();
  }

  public XmlElement getVideoSourceConfiguration(XmlElement body) {
    MediaModel m = state.model();
    VideoSourceConfiguration c = state.videoSourceConfiguration(token(body, "ConfigurationToken"));
    return response("GetVideoSourceConfiguration").child(vsc(m, "Configuration", c)).build();
  }

  public XmlElement getCompatibleVideoSourceConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetCompatibleVideoSourceConfigurations");
    for (VideoSourceConfiguration c :
        state.compatibleVideoSourceConfigurations(API, token(body, "ProfileToken"))) {
      r.child(vsc(m, "Configurations", c));
    }
    return r.build();
  }

  public XmlElement getVideoSourceConfigurationOptions(XmlElement body) {
    MediaModel m = state.model();
    VideoSourceConfiguration c = sourceConfigurationFor(body);
    return response("GetVideoSourceConfigurationOptions")
        .child(TtXml.videoSourceConfigurationOptions(TRT, m, c))
        .build();
  }

  public XmlElement setVideoSourceConfiguration(XmlElement body) {
    XmlElement conf = configurationElement(body);
    VideoSourceConfiguration current = state.videoSourceConfiguration(configToken(conf));
    state.setVideoSourceConfiguration(ConfigurationReader.videoSource(conf, current));
    return response("SetVideoSourceConfiguration").build();
  }

  private static XmlElement vsc(MediaModel m, String name, VideoSourceConfiguration c) {
    return TtXml.videoSourceConfiguration(
        TRT, name, c, m.useCount(ConfigurationType.VIDEO_SOURCE, c.token()));
  }

  /** The source configuration an options request is about: by token, by profile, or none. */
  private VideoSourceConfiguration sourceConfigurationFor(XmlElement body) {
    String config = RequestValues.optionalToken(body, TRT, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TRT, "ProfileToken");
    VideoSourceConfiguration c = config == null ? null : state.videoSourceConfiguration(config);
    if (profile != null) {
      MediaProfile p = state.profile(API, profile);
      if (c == null && p.videoSource() != null) {
        c = state.model().videoSourceConfiguration(p.videoSource());
      }
    }
    return c;
  }

  // ---- video encoders ----

  public XmlElement getVideoEncoderConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetVideoEncoderConfigurations");
    for (VideoEncoderConfiguration c : m.videoEncoderConfigurations(API)) {
      r.child(vec(m, "Configurations", c));
    }
    return r.build();
  }

  public XmlElement getVideoEncoderConfiguration(XmlElement body) {
    MediaModel m = state.model();
    VideoEncoderConfiguration c =
        state.videoEncoderConfiguration(API, token(body, "ConfigurationToken"));
    return response("GetVideoEncoderConfiguration").child(vec(m, "Configuration", c)).build();
  }

  public XmlElement getCompatibleVideoEncoderConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetCompatibleVideoEncoderConfigurations");
    for (VideoEncoderConfiguration c :
        state.compatibleVideoEncoderConfigurations(API, token(body, "ProfileToken"))) {
      r.child(vec(m, "Configurations", c));
    }
    return r.build();
  }

  public XmlElement getVideoEncoderConfigurationOptions(XmlElement body) {
    MediaModel m = state.model();
    String config = RequestValues.optionalToken(body, TRT, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TRT, "ProfileToken");
    VideoEncoderConfiguration c =
        config == null ? null : state.videoEncoderConfiguration(API, config);
    String source = c == null ? null : c.sourceToken();
    if (profile != null) {
      MediaProfile p = state.profile(API, profile);
      VideoSource vs = m.videoSourceOf(p);
      if (c == null && p.videoEncoder() != null) {
        c = m.videoEncoderConfiguration(p.videoEncoder());
      }
      if (source == null && vs != null) {
        source = vs.token();
      }
    }
    VideoSourceOptions src =
        source == null ? m.persona().sources().get(0) : m.persona().source(source);
    return response("GetVideoEncoderConfigurationOptions")
        .child(Media1Xml.videoEncoderOptions(src, c == null ? null : c.encoding()))
        .build();
  }

  public XmlElement setVideoEncoderConfiguration(XmlElement body) {
    XmlElement conf = configurationElement(body);
    VideoEncoderConfiguration current = state.videoEncoderConfiguration(API, configToken(conf));
    state.setVideoEncoderConfiguration(
        API, ConfigurationReader.media1Encoder(conf, current, state.persona()));
    return response("SetVideoEncoderConfiguration").build();
  }

  public XmlElement getGuaranteedNumberOfVideoEncoderInstances(XmlElement body) {
    MediaModel m = state.model();
    VideoSourceConfiguration c = state.videoSourceConfiguration(token(body, "ConfigurationToken"));
    int total = 0;
    for (VideoEncoderConfiguration e : m.videoEncoderConfigurations()) {
      if (e.sourceToken().equals(c.sourceToken())) {
        total++;
      }
    }
    VideoSourceOptions src = m.persona().source(c.sourceToken());
    XmlElement.Builder r =
        response("GetGuaranteedNumberOfVideoEncoderInstances")
            .child(XmlElement.of(TRT, "TotalNumber", String.valueOf(total)));
    if (src.options(VideoEncoding.JPEG) != null) {
      r.child(XmlElement.of(TRT, "JPEG", String.valueOf(total)));
    }
    if (src.options(VideoEncoding.H264) != null) {
      r.child(XmlElement.of(TRT, "H264", String.valueOf(total)));
    }
    return r.build();
  }

  private static XmlElement vec(MediaModel m, String name, VideoEncoderConfiguration c) {
    return Media1Xml.videoEncoderConfiguration(
        TRT, name, c, m.useCount(ConfigurationType.VIDEO_ENCODER, c.token()));
  }

  // ---- metadata ----

  public XmlElement getMetadataConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetMetadataConfigurations");
    for (MetadataConfiguration c : m.metadataConfigurations()) {
      r.child(md(m, "Configurations", c));
    }
    return r.build();
  }

  public XmlElement getMetadataConfiguration(XmlElement body) {
    MediaModel m = state.model();
    MetadataConfiguration c = state.metadataConfiguration(token(body, "ConfigurationToken"));
    return response("GetMetadataConfiguration").child(md(m, "Configuration", c)).build();
  }

  public XmlElement getCompatibleMetadataConfigurations(XmlElement body) {
    MediaModel m = state.model();
    XmlElement.Builder r = response("GetCompatibleMetadataConfigurations");
    for (MetadataConfiguration c :
        state.compatibleMetadataConfigurations(API, token(body, "ProfileToken"))) {
      r.child(md(m, "Configurations", c));
    }
    return r.build();
  }

  public XmlElement getMetadataConfigurationOptions(XmlElement body) {
    String config = RequestValues.optionalToken(body, TRT, "ConfigurationToken");
    String profile = RequestValues.optionalToken(body, TRT, "ProfileToken");
    if (config != null) {
      state.metadataConfiguration(config);
    }
    if (profile != null) {
      state.profile(API, profile);
    }
    return response("GetMetadataConfigurationOptions")
        .child(TtXml.metadataConfigurationOptions(TRT, state.model().persona().hasPtz()))
        .build();
  }

  public XmlElement setMetadataConfiguration(XmlElement body) {
    XmlElement conf = configurationElement(body);
    MetadataConfiguration current = state.metadataConfiguration(configToken(conf));
    state.setMetadataConfiguration(ConfigurationReader.metadata(conf, current));
    return response("SetMetadataConfiguration").build();
  }

  private static XmlElement md(MediaModel m, String name, MetadataConfiguration c) {
    return TtXml.metadataConfiguration(
        TRT, name, c, m.useCount(ConfigurationType.METADATA, c.token()));
  }

  // ---- request helpers ----

  private static XmlElement configurationElement(XmlElement body) {
    XmlElement conf = RequestValues.child(body, TRT, "Configuration");
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
