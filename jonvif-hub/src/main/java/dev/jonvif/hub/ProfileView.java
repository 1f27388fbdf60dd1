package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A media profile as the API shows it. */
record ProfileView(
    String token,
    String name,
    String encoding,
    Integer width,
    Integer height,
    Double fps,
    String streamUri,
    String snapshotUri,
    boolean ptz) {

  /** Every profile of {@code camera} with its stream and snapshot URIs (user-info removed). */
  static List<ProfileView> of(OnvifCamera camera, List<MediaProfile> profiles) {
    List<ProfileView> out = new ArrayList<>(profiles.size());
    for (MediaProfile p : profiles) {
      VideoEncoderConfiguration v = p.videoEncoder();
      out.add(
          new ProfileView(
              p.token(),
              p.name(),
              v == null ? null : v.encoding(),
              v == null || v.resolution() == null ? null : v.resolution().width(),
              v == null || v.resolution() == null ? null : v.resolution().height(),
              v == null || v.rateControl() == null ? null : v.rateControl().frameRateLimit(),
              orNull(() -> camera.media().streamUri(p.token(), StreamTransport.UDP).uri()),
              orNull(() -> camera.media().snapshotUri(p.token()).uri()),
              p.ptz() != null));
    }
    return out;
  }

  private static String orNull(java.util.function.Supplier<String> uri) {
    try {
      return withoutUserInfo(uri.get());
    } catch (RuntimeException e) {
      return null; // the camera does not offer it for this profile
    }
  }

  /** {@code uri} with any user-info removed. */
  static String withoutUserInfo(String uri) {
    if (uri == null || uri.indexOf('@') < 0) {
      return uri;
    }
    try {
      URI u = URI.create(uri);
      if (u.getRawUserInfo() == null) {
        return uri;
      }
      return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), null)
          .toString();
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      return uri.replaceAll("//[^/@]*@", "//");
    }
  }
}
