package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.model.Capabilities;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.DeviceServiceCapabilities;
import dev.jonvif.core.model.DiscoveryMode;
import dev.jonvif.core.model.DnsInformation;
import dev.jonvif.core.model.FactoryDefaultType;
import dev.jonvif.core.model.HostnameInformation;
import dev.jonvif.core.model.NetworkGateway;
import dev.jonvif.core.model.NetworkHost;
import dev.jonvif.core.model.NetworkInterface;
import dev.jonvif.core.model.NetworkInterfaceSettings;
import dev.jonvif.core.model.NetworkProtocol;
import dev.jonvif.core.model.NtpInformation;
import dev.jonvif.core.model.Scope;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.model.SystemLog;
import dev.jonvif.core.model.User;
import dev.jonvif.core.types.OnvifDateTime;
import dev.jonvif.core.types.SetDateTimeType;
import dev.jonvif.core.types.SystemDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The device management service ({@code tds}): identity, clock, capabilities, scopes, network,
 * users and system operations. Every method is one SOAP call through {@code transport}.
 *
 * @param transport the transport (authentication included)
 * @param endpoint the device service address
 * @see <a href="https://www.onvif.org/ver10/device/wsdl/devicemgmt.wsdl">devicemgmt.wsdl</a>
 */
public record DeviceClient(SoapTransport transport, URI endpoint) {

  public DeviceClient {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(endpoint, "endpoint");
  }

  private XmlElement call(XmlElement body) {
    return Soap.call(transport, endpoint, body);
  }

  private static XmlElement.Builder op(String name) {
    return XmlElement.builder(TDS, name);
  }

  /** GetDeviceInformation. */
  public DeviceInformation deviceInformation() {
    return DeviceInformation.fromElement(call(op("GetDeviceInformation").build()));
  }

  /** GetSystemDateAndTime. */
  public SystemDateTime systemDateAndTime() {
    XmlElement r = call(op("GetSystemDateAndTime").build());
    XmlElement sdt = r.childLenient(TDS, "SystemDateAndTime");
    return SystemDateTime.fromElement(sdt == null ? r : sdt);
  }

  /**
   * SetSystemDateAndTime.
   *
   * @param type Manual or NTP
   * @param daylightSavings whether daylight saving is in force
   * @param posixTimeZone the POSIX TZ string, or {@code null} to leave it unchanged
   * @param utc the UTC time for Manual (required then), or {@code null} for NTP
   */
  public void setSystemDateAndTime(
      SetDateTimeType type, boolean daylightSavings, String posixTimeZone, Instant utc) {
    if (type == SetDateTimeType.MANUAL && utc == null) {
      throw new IllegalArgumentException("a Manual time needs the UTC date and time");
    }
    XmlElement.Builder b =
        op("SetSystemDateAndTime")
            .child(TDS, "DateTimeType", type.wireValue())
            .child(TDS, "DaylightSavings", daylightSavings);
    if (posixTimeZone != null) {
      b.child(XmlElement.builder(TDS, "TimeZone").child(TT, "TZ", posixTimeZone).build());
    }
    if (utc != null) {
      b.child(OnvifDateTime.ofUtc(utc).toElement(TDS, "UTCDateTime"));
    }
    call(b.build());
  }

  /** GetCapabilities for all categories. */
  public Capabilities capabilities() {
    return Capabilities.fromResponse(
        call(op("GetCapabilities").child(TDS, "Category", "All").build()));
  }

  /** GetServices. */
  public List<Service> services(boolean includeCapability) {
    return Service.listFromResponse(
        call(op("GetServices").child(TDS, "IncludeCapability", includeCapability).build()));
  }

  /** GetServiceCapabilities of the device service. */
  public DeviceServiceCapabilities serviceCapabilities() {
    return DeviceServiceCapabilities.fromElement(call(op("GetServiceCapabilities").build()));
  }

  /** GetScopes. */
  public List<Scope> scopes() {
    return Scope.listFromResponse(call(op("GetScopes").build()));
  }

  /** SetScopes: replaces the configurable scopes. */
  public void setScopes(List<String> scopes) {
    XmlElement.Builder b = op("SetScopes");
    requireNonEmpty(scopes, "scopes").forEach(s -> b.child(TDS, "Scopes", s));
    call(b.build());
  }

  /** AddScopes. */
  public void addScopes(List<String> scopes) {
    XmlElement.Builder b = op("AddScopes");
    requireNonEmpty(scopes, "scopes").forEach(s -> b.child(TDS, "ScopeItem", s));
    call(b.build());
  }

  /** RemoveScopes; returns the scopes the device removed. */
  public List<String> removeScopes(List<String> scopes) {
    XmlElement.Builder b = op("RemoveScopes");
    requireNonEmpty(scopes, "scopes").forEach(s -> b.child(TDS, "ScopeItem", s));
    XmlElement r = call(b.build());
    return r.childrenLenient("ScopeItem").stream().map(XmlElement::textTrim).toList();
  }

  /** GetDiscoveryMode; {@code null} when the device sends an unknown value. */
  public DiscoveryMode discoveryMode() {
    return DiscoveryMode.fromWire(
        call(op("GetDiscoveryMode").build()).childTextLenient("DiscoveryMode"));
  }

  /** SetDiscoveryMode. */
  public void setDiscoveryMode(DiscoveryMode mode) {
    call(op("SetDiscoveryMode").child(TDS, "DiscoveryMode", mode.wireValue()).build());
  }

  /** GetHostname. */
  public HostnameInformation hostname() {
    return HostnameInformation.fromElement(call(op("GetHostname").build()));
  }

  /** SetHostname. */
  public void setHostname(String name) {
    call(op("SetHostname").child(TDS, "Name", Objects.requireNonNull(name, "name")).build());
  }

  /** GetNetworkInterfaces. */
  public List<NetworkInterface> networkInterfaces() {
    return NetworkInterface.listFromResponse(call(op("GetNetworkInterfaces").build()));
  }

  /** SetNetworkInterfaces; returns whether the device must reboot to apply it. */
  public boolean setNetworkInterface(String interfaceToken, NetworkInterfaceSettings settings) {
    XmlElement r =
        call(
            op("SetNetworkInterfaces")
                .child(TDS, "InterfaceToken", interfaceToken)
                .child(settings.toElement(TDS, "NetworkInterface"))
                .build());
    return "true".equalsIgnoreCase(r.childTextLenient("RebootNeeded"));
  }

  /** GetNetworkProtocols. */
  public List<NetworkProtocol> networkProtocols() {
    return NetworkProtocol.listFromResponse(call(op("GetNetworkProtocols").build()));
  }

  /** SetNetworkProtocols. */
  public void setNetworkProtocols(List<NetworkProtocol> protocols) {
    XmlElement.Builder b = op("SetNetworkProtocols");
    requireNonEmpty(protocols, "protocols")
        .forEach(p -> b.child(p.toElement(TDS, "NetworkProtocols")));
    call(b.build());
  }

  /** GetDNS. */
  public DnsInformation dns() {
    return DnsInformation.fromElement(call(op("GetDNS").build()));
  }

  /** SetDNS. */
  public void setDns(boolean fromDhcp, List<String> searchDomains, List<NetworkHost> servers) {
    XmlElement.Builder b = op("SetDNS").child(TDS, "FromDHCP", fromDhcp);
    searchDomains.forEach(d -> b.child(TDS, "SearchDomain", d));
    servers.forEach(s -> b.child(s.toIpAddressElement(TDS, "DNSManual")));
    call(b.build());
  }

  /** GetNTP. */
  public NtpInformation ntp() {
    return NtpInformation.fromElement(call(op("GetNTP").build()));
  }

  /** SetNTP. */
  public void setNtp(boolean fromDhcp, List<NetworkHost> servers) {
    XmlElement.Builder b = op("SetNTP").child(TDS, "FromDHCP", fromDhcp);
    servers.forEach(s -> b.child(s.toNetworkHostElement(TDS, "NTPManual")));
    call(b.build());
  }

  /** GetNetworkDefaultGateway. */
  public NetworkGateway defaultGateway() {
    return NetworkGateway.fromElement(call(op("GetNetworkDefaultGateway").build()));
  }

  /** SetNetworkDefaultGateway. */
  public void setDefaultGateway(List<String> ipv4, List<String> ipv6) {
    XmlElement.Builder b = op("SetNetworkDefaultGateway");
    ipv4.forEach(a -> b.child(TDS, "IPv4Address", a));
    ipv6.forEach(a -> b.child(TDS, "IPv6Address", a));
    call(b.build());
  }

  /** GetUsers. */
  public List<User> users() {
    return User.listFromResponse(call(op("GetUsers").build()));
  }

  /** CreateUsers; each user needs a password. */
  public void createUsers(List<User> users) {
    XmlElement.Builder b = op("CreateUsers");
    requireNonEmpty(users, "users").forEach(u -> b.child(u.toElement(TDS, "User")));
    call(b.build());
  }

  /** DeleteUsers. */
  public void deleteUsers(List<String> usernames) {
    XmlElement.Builder b = op("DeleteUsers");
    requireNonEmpty(usernames, "usernames").forEach(u -> b.child(TDS, "Username", u));
    call(b.build());
  }

  /** SetUser: changes passwords and levels of existing users. */
  public void setUsers(List<User> users) {
    XmlElement.Builder b = op("SetUser");
    requireNonEmpty(users, "users").forEach(u -> b.child(u.toElement(TDS, "User")));
    call(b.build());
  }

  /** SystemReboot; returns the device's message (e.g. "Rebooting in 30 seconds"). */
  public String reboot() {
    String m = call(op("SystemReboot").build()).childTextLenient("Message");
    return m == null ? "" : m;
  }

  /** SetSystemFactoryDefault. */
  public void factoryDefault(FactoryDefaultType type) {
    call(op("SetSystemFactoryDefault").child(TDS, "FactoryDefault", type.wireValue()).build());
  }

  /** GetSystemLog. */
  public SystemLog systemLog(SystemLog.Type type) {
    return SystemLog.fromResponse(
        call(op("GetSystemLog").child(TDS, "LogType", type.wireValue()).build()));
  }

  /** GetWsdlUrl. */
  public String wsdlUrl() {
    String u = call(op("GetWsdlUrl").build()).childTextLenient("WsdlUrl");
    return u == null ? "" : u;
  }

  /** GetEndpointReference: the device's WS-Discovery endpoint GUID. */
  public String endpointReference() {
    String g = call(op("GetEndpointReference").build()).childTextLenient("GUID");
    return g == null ? "" : g;
  }

  private static <T> List<T> requireNonEmpty(List<T> list, String what) {
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return list;
  }
}
