package dev.jonvif.device.media;

import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.ClientEndpoint;

/**
 * The streaming side of Media (ver10): stream and snapshot URIs, synchronization points, and the
 * audio operations a camera without audio answers with empty lists.
 */
final class Media1Streaming {

  private static final MediaApi API = MediaApi.MEDIA1;
  private static final RequestValues ARGS = RequestValues.FOR_ARGS;

  private final MediaState state;
  private final StreamUris uris;

  public Media1Streaming(MediaState state, StreamUris uris) {
    this.state = state;
    this.uris = uris;
  }

  private static XmlElement.Builder response(String operation) {
    return XmlElement.builder(TRT, operation + "Response");
  }

  private static String token(XmlElement body, String name) {
    return ARGS.required(body, TRT, name);
  }

  // ---- streaming ----

  /**
   * GetStreamUri: RTP-Unicast over UDP or RTSP gives the RTSP URI, over HTTP the RTSP-over-HTTP
   * URI. RTP-Multicast and plain RTP over TCP are not offered (ter:InvalidStreamSetup).
   */
  public XmlElement getStreamUri(XmlElement body, ClientEndpoint client) {
    XmlElement setup = RequestValues.child(body, TRT, "StreamSetup");
    String stream = RequestValues.text(setup, TT, "Stream");
    String protocol =
        RequestValues.text(RequestValues.child(setup, TT, "Transport"), TT, "Protocol");
    if (stream == null || protocol == null) {
      throw MediaFaults.invalidStreamSetup("StreamSetup needs Stream and Transport/Protocol");
    }
    if (!stream.equals("RTP-Unicast")) {
      throw MediaFaults.invalidStreamSetup(
          "Stream " + MediaFaults.clip(stream) + " is not supported (RTP-Unicast only)");
    }
    MediaProfile p = streamableProfile(token(body, "ProfileToken"));
    String uri =
        switch (protocol) {
          case "UDP", "RTSP" -> uris.rtsp(client, p.token());
          case "HTTP" -> uris.rtspOverHttp(client, p.token());
          default ->
              throw MediaFaults.invalidStreamSetup(
                  "Transport "
                      + MediaFaults.clip(protocol)
                      + " is not supported (UDP, RTSP, HTTP)");
        };
    return response("GetStreamUri").child(TtXml.mediaUri(TRT, uri)).build();
  }

  public XmlElement getSnapshotUri(XmlElement body, ClientEndpoint client) {
    MediaProfile p = streamableProfile(token(body, "ProfileToken"));
    String uri = uris.snapshot(client, p.token());
    return response("GetSnapshotUri").child(TtXml.mediaUri(TRT, uri)).build();
  }

  /** SetSynchronizationPoint: the profile's live stream sends a key frame next. */
  public XmlElement setSynchronizationPoint(XmlElement body) {
    MediaProfile p = state.profile(API, token(body, "ProfileToken"));
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

  public XmlElement getAudioSources(XmlElement body) {
    return response("GetAudioSources").build();
  }

  public XmlElement getAudioSourceConfigurations(XmlElement body) {
    return response("GetAudioSourceConfigurations").build();
  }

  public XmlElement getAudioEncoderConfigurations(XmlElement body) {
    return response("GetAudioEncoderConfigurations").build();
  }

  public XmlElement getAudioOutputs(XmlElement body) {
    return response("GetAudioOutputs").build();
  }
}
