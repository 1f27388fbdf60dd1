package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.Persona;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import java.util.EnumSet;
import java.util.Set;

/**
 * Identity and system operations: GetDeviceInformation, GetWsdlUrl, GetEndpointReference,
 * GetSystemLog, SystemReboot, SetSystemFactoryDefault.
 */
final class DeviceInfoHandler implements ServiceHandler {

  static final String WSDL_URL = "https://www.onvif.org/profiles/specifications/";

  private final DeviceFeatures features;

  DeviceInfoHandler(DeviceFeatures features) {
    this.features = features;
  }

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.GET_DEVICE_INFORMATION,
        Operation.GET_WSDL_URL,
        Operation.GET_ENDPOINT_REFERENCE,
        Operation.GET_SYSTEM_LOG,
        Operation.SYSTEM_REBOOT,
        Operation.SET_SYSTEM_FACTORY_DEFAULT);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    VirtualCamera camera = ctx.camera();
    switch (ctx.operation()) {
      case GET_DEVICE_INFORMATION -> {
        Persona p = camera.persona();
        r.child(TDS, "Manufacturer", p.manufacturer())
            .child(TDS, "Model", p.model())
            .child(TDS, "FirmwareVersion", p.firmwareVersion())
            .child(TDS, "SerialNumber", p.serialNumber())
            .child(TDS, "HardwareId", p.hardwareId());
      }
      case GET_WSDL_URL -> r.child(TDS, "WsdlUrl", WSDL_URL);
      case GET_ENDPOINT_REFERENCE -> r.child(TDS, "GUID", camera.endpointReference());
      case GET_SYSTEM_LOG -> r.child(systemLog(ctx));
      case SYSTEM_REBOOT -> {
        camera.log("SystemReboot by " + ctx.caller().username());
        camera.reboot(features.rebootDowntime());
        r.child(
            TDS,
            "Message",
            "Rebooting in " + Math.max(1, features.rebootDowntime().toSeconds()) + " seconds");
      }
      case SET_SYSTEM_FACTORY_DEFAULT -> {
        String kind = Args.requiredText(ctx.body(), TDS, "FactoryDefault");
        boolean hard =
            switch (kind) {
              case "Hard" -> true;
              case "Soft" -> false;
              default ->
                  throw DeviceFaults.invalidArgVal(
                      null,
                      "FactoryDefault must be Hard or Soft, not '" + Args.shorten(kind) + "'");
            };
        camera.factoryDefault(hard);
        camera.reboot(features.rebootDowntime());
      }
      default -> throw new IllegalStateException("not handled here: " + ctx.operation());
    }
    return r.build();
  }

  private static XmlElement systemLog(RequestContext ctx) {
    String type = Args.requiredText(ctx.body(), TDS, "LogType");
    switch (type) {
      case "System" -> {
        String text = String.join("\n", ctx.camera().systemLog());
        return XmlElement.builder(TDS, "SystemLog").child(TT, "String", text).build();
      }
      case "Access" ->
          throw DeviceFaults.invalidArgs("AccesslogUnavailable", "this camera keeps no access log");
      default ->
          throw DeviceFaults.invalidArgVal(
              null, "LogType must be System or Access, not '" + Args.shorten(type) + "'");
    }
  }
}
