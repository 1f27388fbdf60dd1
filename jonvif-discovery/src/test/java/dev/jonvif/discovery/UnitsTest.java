package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host ranges, XAddr formatting, endpoint references and interface selection. */
class UnitsTest {

  @Test
  void cidrRangesLeaveOutNetworkAndBroadcast() throws Exception {
    assertThat(HostRange.parse("192.0.2.0/30"))
        .containsExactly(InetAddress.getByName("192.0.2.1"), InetAddress.getByName("192.0.2.2"));
    assertThat(HostRange.parse("192.0.2.7/32")).containsExactly(InetAddress.getByName("192.0.2.7"));
    assertThat(HostRange.parse("192.0.2.130/24"))
        .hasSize(254)
        .first()
        .isEqualTo(InetAddress.getByName("192.0.2.1"));
    assertThat(HostRange.parse("10.0.0.0/16")).hasSize(65_534);
    assertThat(HostRange.parse("fd00::/126"))
        .hasSize(4)
        .first()
        .isEqualTo(InetAddress.getByName("fd00::"));
    assertThat(HostRange.parse("127.0.0.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
  }

  @Test
  void badRangesAreRefused() {
    assertThatThrownBy(() -> HostRange.parse("10.0.0.0/15"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostRange.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostRange.parse("camera.local/24"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostRange.parse("10.0.0.0/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deviceServiceXAddrs() throws Exception {
    assertThat(DiscoveryTarget.deviceService(80).apply(InetAddress.getByName("192.0.2.5")))
        .containsExactly(URI.create("http://192.0.2.5/onvif/device_service"));
    assertThat(DiscoveryTarget.deviceService(8080).apply(InetAddress.getByName("::1")))
        .containsExactly(URI.create("http://[::1]:8080/onvif/device_service"));
    assertThat(
            DiscoveryTarget.deviceService("https", 443)
                .apply(InetAddress.getByName("fd00:0:0:1::20")))
        .containsExactly(URI.create("https://[fd00:0:0:1::20]/onvif/device_service"));
    assertThat(HostFormat.compress(InetAddress.getByName("2001:db8:0:0:1:0:0:1").getAddress()))
        .isEqualTo("2001:db8::1:0:0:1");
    assertThat(HostFormat.compress(InetAddress.getByName("::").getAddress())).isEqualTo("::");
    assertThat(HostFormat.compress(InetAddress.getByName("1:0:2:0:3:0:4:0").getAddress()))
        .isEqualTo("1:0:2:0:3:0:4:0");
  }

  @Test
  void endpointReferencesAreStablePerSeedAndTargetsAreValidated() {
    String epr = DiscoveryTarget.endpointReferenceFor("serial-0001");
    assertThat(epr)
        .startsWith("urn:uuid:")
        .isEqualTo(DiscoveryTarget.endpointReferenceFor("serial-0001"));
    assertThat(epr).isNotEqualTo(DiscoveryTarget.endpointReferenceFor("serial-0002"));
    assertThatThrownBy(() -> DiscoveryTarget.onvifDevice(" ", List.of(), a -> List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DiscoveryTarget.onvifDevice(epr, List.of("a b"), a -> List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void repeatsAreRecognisedOnlyWithinTheWindow() {
    long[] now = {0};
    RecentIds ids = new RecentIds(2, java.time.Duration.ofSeconds(2), () -> now[0]);
    assertThat(ids.firstTime("a")).isTrue();
    assertThat(ids.firstTime("a")).isFalse();
    now[0] = java.time.Duration.ofSeconds(3).toNanos();
    assertThat(ids.firstTime("a")).as("same MessageID, seconds later: a new probe").isTrue();
    assertThat(ids.firstTime("b")).isTrue();
    assertThat(ids.firstTime("c")).isTrue();
    assertThat(ids.firstTime("a")).as("evicted").isTrue();
  }

  @Test
  void pinningSelectsOnlyTheLoopbackInterface() throws Exception {
    String lo = ResponderOptions.loopbackName();
    List<Binding> byName = Binding.select(lo, true, false);
    assertThat(byName).hasSize(1);
    assertThat(byName.get(0).nif().isLoopback()).isTrue();
    assertThat(byName.get(0).primary().isLoopbackAddress()).isTrue();
    List<Binding> byAddress = Binding.select("127.0.0.1", true, true);
    assertThat(byAddress).extracting(Binding::label).containsExactly(lo + "/IPv4");
    assertThat(byAddress.get(0).addresses()).containsExactly(InetAddress.getByName("127.0.0.1"));
    assertThatThrownBy(() -> Binding.select("no-such-if0", true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(lo);
  }
}
