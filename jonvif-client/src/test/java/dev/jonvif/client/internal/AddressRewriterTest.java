package dev.jonvif.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.AddressRewritePolicy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AddressRewriterTest {

  private static AddressRewriter behindNat(AddressRewritePolicy policy) {
    AddressRewriter r =
        new AddressRewriter(URI.create("http://cam.example.com:8080/onvif/device_service"), policy);
    r.learnDeviceAddress("http://192.168.1.64/onvif/device_service");
    return r;
  }

  @Test
  void autoRewritesTheCamerasOwnAddressesWebPortIncluded() {
    AddressRewriter r = behindNat(AddressRewritePolicy.AUTO);
    assertThat(r.natDetected()).isTrue();
    assertThat(r.rewrite("http://192.168.1.64/onvif/Media"))
        .isEqualTo("http://cam.example.com:8080/onvif/Media");
    assertThat(r.rewrite("http://192.168.1.64:80/onvif-http/snapshot?Profile_1"))
        .isEqualTo("http://cam.example.com:8080/onvif-http/snapshot?Profile_1");
    assertThat(r.rewrite("rtsp://192.168.1.64:554/Streaming/Channels/101"))
        .isEqualTo("rtsp://cam.example.com:554/Streaming/Channels/101");
    // A second web server of the camera on another port keeps its port.
    assertThat(r.rewrite("http://192.168.1.64:85/images/snapshot.jpg"))
        .isEqualTo("http://cam.example.com:85/images/snapshot.jpg");
  }

  @Test
  void autoLeavesOtherHostsAlone() {
    AddressRewriter r = behindNat(AddressRewritePolicy.AUTO);
    assertThat(r.rewrite("rtsp://10.0.0.9/stream")).isEqualTo("rtsp://10.0.0.9/stream");
  }

  @Test
  void autoRewritesUnusableHostsEvenWithoutNat() {
    AddressRewriter r =
        new AddressRewriter(
            URI.create("http://10.1.1.5/onvif/device_service"), AddressRewritePolicy.AUTO);
    r.learnDeviceAddress("http://10.1.1.5/onvif/device_service");
    assertThat(r.natDetected()).isFalse();
    assertThat(r.rewrite("http://0.0.0.0/onvif/media")).isEqualTo("http://10.1.1.5/onvif/media");
    assertThat(r.rewrite("http://10.1.1.5/onvif/media")).isEqualTo("http://10.1.1.5/onvif/media");
  }

  @Test
  void alwaysAndNever() {
    assertThat(behindNat(AddressRewritePolicy.ALWAYS).rewrite("rtsp://10.0.0.9/stream"))
        .isEqualTo("rtsp://cam.example.com/stream");
    assertThat(behindNat(AddressRewritePolicy.NEVER).rewrite("http://192.168.1.64/onvif/Media"))
        .isEqualTo("http://192.168.1.64/onvif/Media");
  }

  @Test
  void userInfoIpv6AndOddTextSurvive() {
    AddressRewriter r =
        new AddressRewriter(
            URI.create("http://[2001:db8::5]:8000/onvif/device_service"),
            AddressRewritePolicy.AUTO);
    r.learnDeviceAddress("http://[fe80::1]/onvif/device_service");
    assertThat(r.rewrite("rtsp://admin:pw@[fe80::1]:554/user=admin_password=_channel=1 x.sdp"))
        .isEqualTo("rtsp://admin:pw@[2001:db8::5]:554/user=admin_password=_channel=1 x.sdp");
    assertThat(r.rewrite("not a uri")).isEqualTo("not a uri");
  }
}
