package dev.jonvif.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DeviceAddressTest {

  @Test
  void hostAloneGetsTheFixedEntryPoint() {
    assertThat(DeviceAddress.parse("192.168.1.64").uri())
        .isEqualTo(URI.create("http://192.168.1.64/onvif/device_service"));
    assertThat(DeviceAddress.parse("cam:8080").uri())
        .isEqualTo(URI.create("http://cam:8080/onvif/device_service"));
    assertThat(DeviceAddress.parse("[::1]:80").uri())
        .isEqualTo(URI.create("http://[::1]:80/onvif/device_service"));
    assertThat(DeviceAddress.parse("fe80::1").uri())
        .isEqualTo(URI.create("http://[fe80::1]/onvif/device_service"));
  }

  @Test
  void fullUrlKeepsItsPathAndLosesItsUserInfo() {
    DeviceAddress a = DeviceAddress.parse("https://admin:p%40ss%3Aword@cam:8443/onvif/device");
    assertThat(a.uri()).isEqualTo(URI.create("https://cam:8443/onvif/device"));
    assertThat(a.credentials().username()).isEqualTo("admin");
    assertThat(a.credentials().password()).isEqualTo("p@ss:word");
  }

  @Test
  void nonsenseIsRefusedClearly() {
    assertThatThrownBy(() -> DeviceAddress.parse("ftp://cam"))
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> DeviceAddress.parse(" ")).hasMessageContaining("no camera address");
  }
}
