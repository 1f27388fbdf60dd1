package dev.jonvif.client;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import dev.jonvif.core.model.VideoEncoderOptions;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * Media2 when the camera offers it and it works, Media1 otherwise. The first call decides: if
 * Media2 answers with a fault, an HTTP error or garbage (D-Link DCS-8635LH advertises Media2 and
 * fails it), the call is repeated over Media1 and Media1 is used from then on. Authentication
 * failures and timeouts are not a reason to switch: they would fail over Media1 too.
 */
final class AdaptiveMediaClient implements MediaClient {

  private static final System.Logger LOG = System.getLogger("dev.jonvif.client");

  private final Media2Client media2;
  private final Media1Client media1;
  private volatile MediaClient chosen;

  AdaptiveMediaClient(Media2Client media2, Media1Client media1) {
    if (media2 == null && media1 == null) {
      throw new IllegalArgumentException("no media service");
    }
    this.media2 = media2;
    this.media1 = media1;
    this.chosen = media2 == null ? media1 : media1 == null ? media2 : null;
  }

  /** The client in use, or {@code null} before the first call decided. */
  MediaClient chosen() {
    return chosen;
  }

  private <T> T run(Function<MediaClient, T> op) {
    MediaClient c = chosen;
    if (c != null) {
      return op.apply(c);
    }
    try {
      T result = op.apply(media2);
      chosen = media2;
      return result;
    } catch (OnvifException e) {
      if (!isMedia2Broken(e)) {
        throw e;
      }
      LOG.log(
          Level.DEBUG, "Media2 at {0} failed ({1}); using Media1", media2.endpoint(), e.reason());
      T result = op.apply(media1);
      chosen = media1;
      return result;
    }
  }

  private static boolean isMedia2Broken(OnvifException e) {
    return switch (e) {
      case SoapFaultException f -> true;
      case MalformedMessageException m -> true;
      case TransportException t -> t.httpStatus() > 0;
      case AuthenticationException a -> false;
    };
  }

  @Override
  public int version() {
    MediaClient c = chosen;
    return c == null ? media2.version() : c.version();
  }

  @Override
  public URI endpoint() {
    MediaClient c = chosen;
    return c == null ? media2.endpoint() : c.endpoint();
  }

  @Override
  public List<MediaProfile> profiles() {
    return run(MediaClient::profiles);
  }

  @Override
  public MediaProfile profile(String token) {
    return run(c -> c.profile(token));
  }

  @Override
  public MediaUri streamUri(String profileToken, StreamTransport transport) {
    return run(c -> c.streamUri(profileToken, transport));
  }

  @Override
  public MediaUri snapshotUri(String profileToken) {
    return run(c -> c.snapshotUri(profileToken));
  }

  @Override
  public List<VideoEncoderConfiguration> videoEncoderConfigurations() {
    return run(MediaClient::videoEncoderConfigurations);
  }

  @Override
  public VideoEncoderConfiguration videoEncoderConfiguration(String token) {
    return run(c -> c.videoEncoderConfiguration(token));
  }

  @Override
  public List<VideoEncoderOptions> videoEncoderOptions(
      String configurationToken, String profileToken) {
    return run(c -> c.videoEncoderOptions(configurationToken, profileToken));
  }

  @Override
  public void setVideoEncoder(VideoEncoderConfiguration configuration) {
    run(
        c -> {
          c.setVideoEncoder(configuration);
          return null;
        });
  }
}
