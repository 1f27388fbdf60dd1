package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for Media1 and Media2 answers that hold lists. Each reader accepts either version and
 * tells them apart by structure, since vendors mix the namespaces.
 */
public final class MediaResponses {

  private MediaResponses() {}

  /**
   * Reads a GetProfilesResponse of either version. A Media2 profile is recognised by its {@code
   * Configurations} child or by the response's namespace.
   */
  public static List<MediaProfile> profiles(XmlElement response) {
    boolean media2Response = response.namespace().equals(Namespaces.TR2);
    List<MediaProfile> out = new ArrayList<>();
    for (XmlElement p : response.childrenLenient("Profiles")) {
      boolean media2 =
          p.childLenient("Configurations") != null
              || (media2Response && p.childLenient("VideoSourceConfiguration") == null);
      out.add(media2 ? MediaProfile.fromMedia2Element(p) : MediaProfile.fromMedia1Element(p));
    }
    return List.copyOf(out);
  }

  /** Reads a GetProfileResponse (Media1, one {@code Profile}). */
  public static MediaProfile profile(XmlElement response) {
    XmlElement p = Values.child(response, Namespaces.TRT, "Profile");
    if (p == null) {
      throw new dev.jonvif.core.MalformedMessageException("GetProfileResponse holds no Profile");
    }
    return MediaProfile.fromMedia1Element(p);
  }

  /**
   * Reads a GetVideoEncoderConfigurationsResponse of either version ({@code Configurations}
   * elements; Media2 ones are recognised by an {@code Encoding} that is not a Media1 enum value or
   * by the response namespace).
   */
  public static List<VideoEncoderConfiguration> videoEncoderConfigurations(XmlElement response) {
    boolean media2 = response.namespace().equals(Namespaces.TR2);
    List<VideoEncoderConfiguration> out = new ArrayList<>();
    for (XmlElement c : response.childrenLenient("Configurations")) {
      out.add(
          media2
              ? VideoEncoderConfiguration.fromMedia2Element(c)
              : VideoEncoderConfiguration.fromMedia1Element(c));
    }
    return List.copyOf(out);
  }
}
