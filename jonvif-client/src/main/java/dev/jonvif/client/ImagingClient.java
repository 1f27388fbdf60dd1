package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TIMG;

import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.model.FocusMove;
import dev.jonvif.core.model.FocusMoveOptions;
import dev.jonvif.core.model.FocusStatus;
import dev.jonvif.core.model.ImagingOptions;
import dev.jonvif.core.model.ImagingSettings;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.util.Objects;

/**
 * The imaging service ({@code timg}) of each video source: settings, their options, and the focus
 * motor. Every method is one SOAP call.
 *
 * @param transport the transport (authentication included)
 * @param endpoint the imaging service address
 * @see <a href="https://www.onvif.org/ver20/imaging/wsdl/imaging.wsdl">imaging.wsdl</a>
 */
public record ImagingClient(SoapTransport transport, URI endpoint) {

  public ImagingClient {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  private XmlElement call(XmlElement body) {
    return Soap.call(transport, endpoint, body);
  }

  private static XmlElement.Builder op(String name, String videoSourceToken) {
    return XmlElement.builder(TIMG, name)
        .child(
            TIMG, "VideoSourceToken", Objects.requireNonNull(videoSourceToken, "videoSourceToken"));
  }

  /** GetImagingSettings. */
  public ImagingSettings settings(String videoSourceToken) {
    return ImagingSettings.fromElement(
        required(call(op("GetImagingSettings", videoSourceToken).build()), "ImagingSettings"));
  }

  /**
   * SetImagingSettings: the fields of {@code settings} that are set change, the others stay.
   *
   * @param forcePersistence whether the change survives a reboot
   */
  public void setSettings(
      String videoSourceToken, ImagingSettings settings, boolean forcePersistence) {
    call(
        op("SetImagingSettings", videoSourceToken)
            .child(settings.toElement(TIMG, "ImagingSettings"))
            .child(TIMG, "ForcePersistence", forcePersistence)
            .build());
  }

  /** GetOptions: the ranges and modes the settings accept. */
  public ImagingOptions options(String videoSourceToken) {
    return ImagingOptions.fromElement(
        required(call(op("GetOptions", videoSourceToken).build()), "ImagingOptions"));
  }

  /** GetMoveOptions: the focus moves the source supports. */
  public FocusMoveOptions moveOptions(String videoSourceToken) {
    return FocusMoveOptions.fromElement(
        required(call(op("GetMoveOptions", videoSourceToken).build()), "MoveOptions"));
  }

  /** Move: one focus move. */
  public void move(String videoSourceToken, FocusMove move) {
    call(op("Move", videoSourceToken).child(move.toElement(TIMG, "Focus")).build());
  }

  /** Stop: stops the focus motor. */
  public void stop(String videoSourceToken) {
    call(op("Stop", videoSourceToken).build());
  }

  /** GetStatus: the focus position and whether it moves. */
  public FocusStatus status(String videoSourceToken) {
    return FocusStatus.fromElement(
        required(call(op("GetStatus", videoSourceToken).build()), "Status"));
  }

  private static XmlElement required(XmlElement response, String child) {
    XmlElement c = response.childLenient(TIMG, child);
    if (c == null) {
      throw new MalformedMessageException(response.localName() + " holds no " + child);
    }
    return c;
  }
}
