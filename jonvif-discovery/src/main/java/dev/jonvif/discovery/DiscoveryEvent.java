package dev.jonvif.discovery;

/** What a {@link DiscoveryListener} reports: a device arrived (Hello) or left (Bye). */
public sealed interface DiscoveryEvent {

  /** The endpoint reference of the device concerned. */
  String endpointReference();

  /**
   * A Hello: the device joined the network, restarted, or changed its metadata (scopes, types).
   *
   * @param device the device as the Hello describes it
   * @param instanceId the AppSequence InstanceId (a new one means the device restarted), or -1
   */
  record Arrived(DiscoveredDevice device, long instanceId) implements DiscoveryEvent {
    @Override
    public String endpointReference() {
      return device.endpointReference();
    }
  }

  /**
   * A Bye: the device is leaving the network.
   *
   * @param endpointReference the leaving device
   * @param interfaceName where the Bye arrived, e.g. {@code eth0/IPv4}
   * @param source the address it came from
   */
  record Left(String endpointReference, String interfaceName, String source)
      implements DiscoveryEvent {}
}
