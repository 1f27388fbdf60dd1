package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TMD;

import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.model.DigitalInput;
import dev.jonvif.core.model.RelayLogicalState;
import dev.jonvif.core.model.RelayOutput;
import dev.jonvif.core.model.RelayOutputOptions;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Relay outputs and digital inputs: the DeviceIO service ({@code tmd}) when the camera offers it,
 * else the relay operations of the device service ({@code tds}).
 *
 * @param transport the transport (authentication included)
 * @param endpoint the DeviceIO service address, or {@code null} when the camera has none
 * @param deviceEndpoint the device service address
 * @see <a href="https://www.onvif.org/ver10/deviceio.wsdl">deviceio.wsdl</a>
 */
public record DeviceIoClient(SoapTransport transport, URI endpoint, URI deviceEndpoint) {

  public DeviceIoClient {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(deviceEndpoint, "deviceEndpoint");
  }

  /** Whether the camera offers the DeviceIO service (digital inputs and relay options need it). */
  public boolean hasDeviceIoService() {
    return endpoint != null;
  }

  /** GetRelayOutputs (the same tds request on either service). */
  public List<RelayOutput> relayOutputs() {
    return RelayOutput.listFromResponse(relayCall(XmlElement.builder(TDS, "GetRelayOutputs")));
  }

  /** SetRelayOutputState: switches a relay. */
  public void setRelayState(String relayToken, RelayLogicalState state) {
    relayCall(
        XmlElement.builder(TDS, "SetRelayOutputState")
            .child(TDS, "RelayOutputToken", relayToken)
            .child(TDS, "LogicalState", state.wireValue()));
  }

  /** SetRelayOutputSettings: mode, delay time and idle state of {@code relay}. */
  public void setRelaySettings(RelayOutput relay) {
    if (endpoint != null) {
      Soap.call(
          transport,
          endpoint,
          XmlElement.builder(TMD, "SetRelayOutputSettings")
              .child(
                  XmlElement.builder(TMD, "RelayOutput")
                      .attribute("token", relay.token())
                      .child(relay.propertiesElement(dev.jonvif.core.Namespaces.TT, "Properties"))
                      .build())
              .build());
    } else {
      Soap.call(
          transport,
          deviceEndpoint,
          XmlElement.builder(TDS, "SetRelayOutputSettings")
              .child(TDS, "RelayOutputToken", relay.token())
              .child(relay.propertiesElement(TDS, "Properties"))
              .build());
    }
  }

  /** GetRelayOutputOptions, for one relay or ({@code null}) all. */
  public List<RelayOutputOptions> relayOptions(String relayToken) {
    return RelayOutputOptions.listFromResponse(
        deviceIo(
            XmlElement.builder(TMD, "GetRelayOutputOptions")
                .child(TMD, "RelayOutputToken", relayToken)));
  }

  /** GetDigitalInputs. */
  public List<DigitalInput> digitalInputs() {
    return DigitalInput.listFromResponse(deviceIo(XmlElement.builder(TMD, "GetDigitalInputs")));
  }

  /** GetVideoSources of the DeviceIO service: the video source tokens. */
  public List<String> videoSources() {
    return deviceIo(XmlElement.builder(TMD, "GetVideoSources")).childrenLenient("Token").stream()
        .map(XmlElement::textTrim)
        .toList();
  }

  /**
   * A relay request: to the DeviceIO service, whose operations GetRelayOutputs and
   * SetRelayOutputState take the device service's elements, with the DeviceIO action; else to the
   * device service.
   */
  private XmlElement relayCall(XmlElement.Builder body) {
    XmlElement b = body.build();
    if (endpoint != null) {
      return Soap.call(transport, endpoint, b, TMD + "/" + b.localName());
    }
    return Soap.call(transport, deviceEndpoint, b);
  }

  private XmlElement deviceIo(XmlElement.Builder body) {
    if (endpoint == null) {
      throw new IllegalStateException(
          "the camera offers no DeviceIO service, so it has no " + body.build().localName());
    }
    return Soap.call(transport, endpoint, body.build());
  }
}
