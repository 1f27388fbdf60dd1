package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.RequestContext;

/**
 * The Device service's capabilities, in both forms: {@code tds:Capabilities} (GetServices,
 * GetServiceCapabilities) and {@code tt:Device} (GetCapabilities). Both are built from the same
 * {@link DeviceFeatures}, so they always agree (DEVICE-1-1-30).
 */
final class DeviceCapabilities {

  private DeviceCapabilities() {}

  static XmlElement serviceCapabilities(DeviceFeatures f, RequestContext ctx) {
    return XmlElement.builder(TDS, "Capabilities")
        .child(
            XmlElement.builder(TDS, "Network")
                .attribute("IPFilter", false)
                .attribute("ZeroConfiguration", false)
                .attribute("IPVersion6", false)
                .attribute("DynDNS", false)
                .attribute("Dot11Configuration", false)
                .attribute("HostnameFromDHCP", false)
                .attribute("NTP", DeviceFeatures.MAX_NTP_SERVERS)
                .attribute("DHCPv6", false)
                .build())
        .child(
            XmlElement.builder(TDS, "Security")
                .attribute("TLS1.0", false)
                .attribute("TLS1.1", false)
                .attribute("TLS1.2", f.https())
                .attribute("OnboardKeyGeneration", false)
                .attribute("AccessPolicyConfig", false)
                .attribute("DefaultAccessPolicy", true)
                .attribute("Dot1X", false)
                .attribute("RemoteUserHandling", false)
                .attribute("X.509Token", false)
                .attribute("SAMLToken", false)
                .attribute("KerberosToken", false)
                .attribute("UsernameToken", f.usernameToken())
                .attribute("HttpDigest", f.httpDigest())
                .attribute("RELToken", false)
                .attribute("MaxUsers", DeviceFeatures.MAX_USERS)
                .attribute("MaxUserNameLength", DeviceFeatures.MAX_USERNAME_LENGTH)
                .attribute("MaxPasswordLength", DeviceFeatures.MAX_PASSWORD_LENGTH)
                .build())
        .child(
            XmlElement.builder(TDS, "System")
                .attribute("DiscoveryResolve", f.discovery())
                .attribute("DiscoveryBye", f.discovery())
                .attribute("RemoteDiscovery", false)
                .attribute("SystemBackup", false)
                .attribute("SystemLogging", true)
                .attribute("FirmwareUpgrade", false)
                .attribute("HttpFirmwareUpgrade", false)
                .attribute("HttpSystemBackup", false)
                .attribute("HttpSystemLogging", false)
                .attribute("HttpSupportInformation", false)
                .attribute("StorageConfiguration", false)
                .attribute("DiscoveryNotSupported", !f.discovery())
                .build())
        .build();
  }

  static XmlElement legacy(DeviceFeatures f, RequestContext ctx) {
    return XmlElement.builder(TT, "Device")
        .child(TT, "XAddr", ctx.xaddr(OnvifService.DEVICE))
        .child(
            XmlElement.builder(TT, "Network")
                .child(TT, "IPFilter", false)
                .child(TT, "ZeroConfiguration", false)
                .child(TT, "IPVersion6", false)
                .child(TT, "DynDNS", false)
                .child(
                    XmlElement.builder(TT, "Extension")
                        .child(TT, "Dot11Configuration", false)
                        .build())
                .build())
        .child(
            XmlElement.builder(TT, "System")
                .child(TT, "DiscoveryResolve", f.discovery())
                .child(TT, "DiscoveryBye", f.discovery())
                .child(TT, "RemoteDiscovery", false)
                .child(TT, "SystemBackup", false)
                .child(TT, "SystemLogging", true)
                .child(TT, "FirmwareUpgrade", false)
                .child(version(2, 60))
                .child(version(2, 0))
                .child(
                    XmlElement.builder(TT, "Extension")
                        .child(TT, "HttpFirmwareUpgrade", false)
                        .child(TT, "HttpSystemBackup", false)
                        .child(TT, "HttpSystemLogging", false)
                        .child(TT, "HttpSupportInformation", false)
                        .build())
                .build())
        .child(
            XmlElement.builder(TT, "IO")
                .child(TT, "InputConnectors", io(ctx).digitalInputs())
                .child(TT, "RelayOutputs", io(ctx).relayOutputs())
                .build())
        .child(
            XmlElement.builder(TT, "Security")
                .child(TT, "TLS1.1", false)
                .child(TT, "TLS1.2", f.https())
                .child(TT, "OnboardKeyGeneration", false)
                .child(TT, "AccessPolicyConfig", false)
                .child(TT, "X.509Token", false)
                .child(TT, "SAMLToken", false)
                .child(TT, "KerberosToken", false)
                .child(TT, "RELToken", false)
                .child(
                    XmlElement.builder(TT, "Extension")
                        .child(TT, "TLS1.0", false)
                        .child(
                            XmlElement.builder(TT, "Extension")
                                .child(TT, "Dot1X", false)
                                .child(TT, "RemoteUserHandling", false)
                                .build())
                        .build())
                .build())
        .build();
  }

  /** The camera's I/O connectors, when a DeviceIO module answers for them. */
  private static Persona.IoPorts io(RequestContext ctx) {
    return ctx.offers(OnvifService.DEVICEIO) ? ctx.camera().persona().io() : Persona.IoPorts.NONE;
  }

  private static XmlElement version(int major, int minor) {
    return XmlElement.builder(TT, "SupportedVersions")
        .child(TT, "Major", major)
        .child(TT, "Minor", minor)
        .build();
  }
}
