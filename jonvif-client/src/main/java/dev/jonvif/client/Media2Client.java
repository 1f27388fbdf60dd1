package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TR2;

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
 * The Media2 service ({@code tr2}): H.265 and the Profile T media model.
 *
 * @param transport the transport (authentication included)
 * @param endpoint the Media2 service address
 * @param uriRewriter applied to every URI the service returns (NAT rewrite)
 * @see <a href="https://www.onvif.org/ver20/media/wsdl/media.wsdl">Media2 media.wsdl</a>
 */
public record Media2Client(SoapTransport transport, URI endpoint, UnaryOperator<String> uriRewriter)
    implements MediaClient {

  public Media2Client {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(endpoint, "endpoint");
    uriRewriter = uriRewriter == null ? UnaryOperator.identity() : uriRewriter;
  }

  private XmlElement call(XmlElement body) {
    return Soap.call(transport, endpoint, body);
  }

  private static XmlElement.Builder op(String name) {
    return XmlElement.builder(TR2, name);
  }

  @Override
  public int version() {
    return 2;
  }

  /**
   * GetProfiles with {@code Type=All}: without it Media2 returns profiles without configurations.
   */
  @Override
  public List<MediaProfile> profiles() {
    return MediaResponses.profiles(call(op("GetProfiles").child(TR2, "Type", "All").build()));
  }

  @Override
  public MediaProfile profile(String token) {
    List<MediaProfile> found =
        MediaResponses.profiles(
            call(op("GetProfiles").child(TR2, "Token", token).child(TR2, "Type", "All").build()));
    for (MediaProfile p : found) {
      if (p.token().equals(token)) {
        return p;
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new MalformedMessageException("GetProfiles returned no profile with token " + token);
  }

  @Override
  public MediaUri streamUri(String profileToken, StreamTransport transport) {
    XmlElement r =
        call(
            op("GetStreamUri")
                .child(TR2, "Protocol", transport.media2Protocol())
                .child(TR2, "ProfileToken", profileToken)
                .build());
    MediaUri uri = MediaUri.fromResponse(r);
    return uri.withUri(uriRewriter.apply(uri.uri()));
  }

  @Override
  public MediaUri snapshotUri(String profileToken) {
    MediaUri uri =
        MediaUri.fromResponse(
            call(op("GetSnapshotUri").child(TR2, "ProfileToken", profileToken).build()));
    return uri.withUri(uriRewriter.apply(uri.uri()));
  }

  @Override
  public List<VideoEncoderConfiguration> videoEncoderConfigurations() {
    return MediaResponses.videoEncoderConfigurations(
        call(op("GetVideoEncoderConfigurations").build()));
  }

  @Override
  public VideoEncoderConfiguration videoEncoderConfiguration(String token) {
    List<VideoEncoderConfiguration> found =
        MediaResponses.videoEncoderConfigurations(
            call(
                op("GetVideoEncoderConfigurations")
                    .child(TR2, "ConfigurationToken", token)
                    .build()));
    for (VideoEncoderConfiguration c : found) {
      if (c.token().equals(token)) {
        return c;
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    throw new MalformedMessageException(
        "GetVideoEncoderConfigurations returned no configuration with token " + token);
  }

  @Override
  public List<VideoEncoderOptions> videoEncoderOptions(
      String configurationToken, String profileToken) {
    return VideoEncoderOptions.listFromResponse(
        call(
            op("GetVideoEncoderConfigurationOptions")
                .child(TR2, "ConfigurationToken", configurationToken)
                .child(TR2, "ProfileToken", profileToken)
                .build()));
  }

  @Override
  public void setVideoEncoder(VideoEncoderConfiguration configuration) {
    call(
        op("SetVideoEncoderConfiguration")
            .child(configuration.toMedia2Element(TR2, "Configuration"))
            .build());
  }
}
