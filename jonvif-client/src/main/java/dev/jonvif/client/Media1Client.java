package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TRT;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaResponses;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import dev.jonvif.core.model.VideoEncoderOptions;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The Media (version 1) service ({@code trt}).
 *
 * @param transport the transport (authentication included)
 * @param endpoint the media service address
 * @param uriRewriter applied to every URI the service returns (NAT rewrite)
 * @see <a href="https://www.onvif.org/ver10/media/wsdl/media.wsdl">Media media.wsdl</a>
 */
public record Media1Client(SoapTransport transport, URI endpoint, UnaryOperator<String> uriRewriter)
    implements MediaClient {

  public Media1Client {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(endpoint, "endpoint");
    uriRewriter = uriRewriter == null ? UnaryOperator.identity() : uriRewriter;
  }

  private XmlElement call(XmlElement body) {
    return Soap.call(transport, endpoint, body);
  }

  private static XmlElement.Builder op(String name) {
    return XmlElement.builder(TRT, name);
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<MediaProfile> profiles() {
    return MediaResponses.profiles(call(op("GetProfiles").build()));
  }

  @Override
  public MediaProfile profile(String token) {
    return MediaResponses.profile(call(op("GetProfile").child(TRT, "ProfileToken", token).build()));
  }

  @Override
  public MediaUri streamUri(String profileToken, StreamTransport transport) {
    XmlElement setup =
        XmlElement.builder(TRT, "StreamSetup")
            .child(TT, "Stream", transport.media1Stream())
            .child(
                XmlElement.builder(TT, "Transport")
                    .child(TT, "Protocol", transport.media1Protocol())
                    .build())
            .build();
    XmlElement r =
        call(op("GetStreamUri").child(setup).child(TRT, "ProfileToken", profileToken).build());
    MediaUri uri = MediaUri.fromResponse(r);
    return uri.withUri(uriRewriter.apply(uri.uri()));
  }

  @Override
  public MediaUri snapshotUri(String profileToken) {
    MediaUri uri =
        MediaUri.fromResponse(
            call(op("GetSnapshotUri").child(TRT, "ProfileToken", profileToken).build()));
    return uri.withUri(uriRewriter.apply(uri.uri()));
  }

  @Override
  public List<VideoEncoderConfiguration> videoEncoderConfigurations() {
    return MediaResponses.videoEncoderConfigurations(
        call(op("GetVideoEncoderConfigurations").build()));
  }

  @Override
  public VideoEncoderConfiguration videoEncoderConfiguration(String token) {
    XmlElement r =
        call(op("GetVideoEncoderConfiguration").child(TRT, "ConfigurationToken", token).build());
    XmlElement c = r.childLenient(TRT, "Configuration");
    if (c == null) {
      throw new MalformedMessageException(
          "GetVideoEncoderConfigurationResponse holds no Configuration");
    }
    return VideoEncoderConfiguration.fromMedia1Element(c);
  }

  @Override
  public List<VideoEncoderOptions> videoEncoderOptions(
      String configurationToken, String profileToken) {
    return VideoEncoderOptions.listFromResponse(
        call(
            op("GetVideoEncoderConfigurationOptions")
                .child(TRT, "ConfigurationToken", configurationToken)
                .child(TRT, "ProfileToken", profileToken)
                .build()));
  }

  @Override
  public void setVideoEncoder(VideoEncoderConfiguration configuration) {
    call(
        op("SetVideoEncoderConfiguration")
            .child(configuration.toMedia1Element(TRT, "Configuration"))
            .child(TRT, "ForcePersistence", true)
            .build());
  }
}
