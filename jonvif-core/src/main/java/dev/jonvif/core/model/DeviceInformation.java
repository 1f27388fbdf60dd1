package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * What GetDeviceInformation returns. Every field is "" when the device left it out (several OEM
 * firmwares send an empty Manufacturer).
 *
 * @param manufacturer the manufacturer's name
 * @param model the model name
 * @param firmwareVersion the firmware version
 * @param serialNumber the serial number
 * @param hardwareId the hardware id
 * @see <a href="https://www.onvif.org/ver10/device/wsdl/devicemgmt.wsdl">devicemgmt.wsdl,
 *     GetDeviceInformationResponse</a>
 */
public record DeviceInformation(
    String manufacturer,
    String model,
    String firmwareVersion,
    String serialNumber,
    String hardwareId) {

  public DeviceInformation {
    manufacturer = nonNull(manufacturer);
    model = nonNull(model);
    firmwareVersion = nonNull(firmwareVersion);
    serialNumber = nonNull(serialNumber);
    hardwareId = nonNull(hardwareId);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** Reads a GetDeviceInformationResponse element. */
  public static DeviceInformation fromElement(XmlElement response) {
    String ns = Namespaces.TDS;
    return new DeviceInformation(
        Values.text(response, ns, "Manufacturer"),
        Values.text(response, ns, "Model"),
        Values.text(response, ns, "FirmwareVersion"),
        Values.text(response, ns, "SerialNumber"),
        Values.text(response, ns, "HardwareId"));
  }

  /** This value as a GetDeviceInformationResponse element. */
  public XmlElement toElement() {
    String ns = Namespaces.TDS;
    return XmlElement.builder(ns, "GetDeviceInformationResponse")
        .child(ns, "Manufacturer", manufacturer)
        .child(ns, "Model", model)
        .child(ns, "FirmwareVersion", firmwareVersion)
        .child(ns, "SerialNumber", serialNumber)
        .child(ns, "HardwareId", hardwareId)
        .build();
  }
}
