package dev.jonvif.core.model;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;

/**
 * A stream or snapshot URI (Media1 {@code tt:MediaUri}, Media2 {@code tr2:Uri}).
 *
 * @param uri the URI as the device sent it (a client may rewrite its host for NAT)
 * @param invalidAfterConnect whether the URI works only once
 * @param invalidAfterReboot whether the URI stops working after a reboot
 * @param timeout how long the URI stays valid, or {@code null} (Media2 sends none; zero or absent
 *     means forever)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, MediaUri</a>
 */
public record MediaUri(
    String uri, boolean invalidAfterConnect, boolean invalidAfterReboot, Duration timeout) {

  public MediaUri {
    uri = uri == null ? "" : uri.strip();
  }

  /** A URI with only the address known (Media2). */
  public static MediaUri of(String uri) {
    return new MediaUri(uri, false, false, null);
  }

  /** The same metadata with another address. */
  public MediaUri withUri(String newUri) {
    return new MediaUri(newUri, invalidAfterConnect, invalidAfterReboot, timeout);
  }

  /**
   * Reads a GetStreamUriResponse or GetSnapshotUriResponse of either Media version: a {@code
   * MediaUri} child (Media1) or a {@code Uri} child (Media2).
   *
   * @throws MalformedMessageException when there is no URI at all
   */
  public static MediaUri fromResponse(XmlElement response) {
    String tt = Namespaces.TT;
    XmlElement media = Values.child(response, Namespaces.TRT, "MediaUri");
    if (media != null) {
      String uri = Values.text(media, tt, "Uri");
      if (uri != null && !uri.isEmpty()) {
        return new MediaUri(
            uri,
            Values.boolChild(media, tt, "InvalidAfterConnect", false),
            Values.boolChild(media, tt, "InvalidAfterReboot", false),
            Values.durationChild(media, tt, "Timeout"));
      }
    }
    String uri = Values.text(response, Namespaces.TR2, "Uri");
    if (uri == null || uri.isEmpty()) {
      throw new MalformedMessageException(response.localName() + " holds no URI");
    }
    return of(uri);
  }
}
