package dev.jonvif.client.captures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.model.Capabilities;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.DeviceServiceCapabilities;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaResponses;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.OnvifVersion;
import dev.jonvif.core.model.Resolution;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.soap.SoapResponses;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key values (model, profile tokens and resolutions, URIs) read from real captures of many vendors.
 * Each test names the device and firmware the capture came from.
 */
class VendorKeyValuesTest {

  private static final String NVT = "hawkeye64__onvif-nvt/test/data/xml/";
  private static final String EASY =
      "faithoflifedev__easy_onvif_workspace/packages/easy_onvif/test/xml/";
  private static final String KOTLIN =
      "sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/";

  private static XmlElement body(String path) {
    return SoapResponses.interpret(200, Captures.read(path), dev.jonvif.core.ErrorContext.NONE)
        .bodyElement();
  }

  private static DeviceInformation info(String path) {
    return DeviceInformation.fromElement(body(path));
  }

  private static List<MediaProfile> profiles(String path) {
    return MediaResponses.profiles(body(path));
  }

  private static MediaUri uri(String path) {
    return MediaUri.fromResponse(body(path));
  }

  /** Axis AXIS Q6045-E PTZ, firmware 5.55.1.2 (onvif-nvt). */
  @Test
  void axisQ6045() {
    assertThat(info(NVT + "axis/core/GetDeviceInformation.Response.xml"))
        .extracting(DeviceInformation::manufacturer, DeviceInformation::model)
        .containsExactly("AXIS", "AXIS Q6045-E");
    assertThat(profiles(NVT + "axis/media/GetProfiles.Response.xml"))
        .extracting(
            p -> p.token(), p -> p.videoEncoder().encoding(), p -> p.videoEncoder().resolution())
        .containsExactly(
            tuple("profile_1_h264", "H264", new Resolution(1280, 720)),
            tuple("profile_1_jpeg", "JPEG", new Resolution(1280, 720)));
    assertThat(uri(NVT + "axis/media/GetStreamUri.Response.xml").uri())
        .isEqualTo(
            "rtsp://192.168.0.19/onvif-media/media.amp?profile=profile_1_jpeg&sessiontimeout=60&streamtype=unicast");
    assertThat(uri(NVT + "axis/media/GetSnapshotUri.Response.xml").uri())
        .isEqualTo(
            "http://192.168.0.19/onvif-cgi/jpg/image.cgi?resolution=1280x720&compression=20");
    Capabilities caps =
        Capabilities.fromResponse(body(NVT + "axis/core/GetCapabilities.Response.xml"));
    assertThat(caps.xaddr(Namespaces.TRT)).isEqualTo("http://192.168.0.19/onvif/services");
    assertThat(caps.rtpRtspTcp()).isTrue();
  }

  /** Hikvision DS-2DF7276-AEL PTZ, firmware V5.1.6 build 140401 (onvif-nvt). */
  @Test
  void hikvisionDs2df7276() {
    assertThat(info(NVT + "hikvision/core/GetDeviceInformation.Response.xml").model())
        .isEqualTo("DS-2DF7276-AEL");
    List<MediaProfile> p = profiles(NVT + "hikvision/media/GetProfiles.Response.xml");
    assertThat(p)
        .extracting(MediaProfile::token)
        .containsExactly("Profile_1", "Profile_2", "Profile_3");
    assertThat(p.get(0).videoEncoder().resolution()).isEqualTo(new Resolution(1280, 720));
    assertThat(p.get(0).ptz()).isNotNull();
    List<Service> services =
        Service.listFromResponse(body(NVT + "hikvision/core/GetServices.Response.xml"));
    assertThat(services)
        .filteredOn(s -> s.namespace().equals(Namespaces.TPTZ))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.xaddr()).isEqualTo("http://10.10.1.60/onvif/PTZ");
              assertThat(s.version()).isEqualTo(new OnvifVersion(2, 10));
            });
    assertThat(uri(NVT + "hikvision/media/GetStreamUri.Response.xml"))
        .isEqualTo(
            new MediaUri(
                "rtsp://10.10.1.60:554/Streaming/Channels/3?transportmode=unicast&profile=Profile_3",
                false,
                false,
                Duration.ofMinutes(1)));
  }

  /** Hikvision DS-2CD2012-I, firmware V5.2.0 build 140721 (onvif-nvt "hikvision-fixed"). */
  @Test
  void hikvisionDs2cd2012() {
    assertThat(
            info(NVT + "hikvision-fixed/core/GetDeviceInformation.Response.xml").firmwareVersion())
        .isEqualTo("V5.2.0 build 140721");
    assertThat(profiles(NVT + "hikvision-fixed/media/GetProfiles.Response.xml"))
        .extracting(MediaProfile::token, q -> q.videoEncoder().resolution())
        .containsExactly(
            tuple("Profile_1", new Resolution(1280, 720)),
            tuple("Profile_2", new Resolution(352, 240)));
    assertThat(uri(NVT + "hikvision-fixed/media/GetSnapshotUri.Response.xml").uri())
        .isEqualTo("http://10.10.1.65/onvif-http/snapshot");
  }

  /** Pelco D6230L PTZ, firmware 2.9.0.4.9340-A0.0 (onvif-nvt): numeric profile tokens. */
  @Test
  void pelcoD6230() {
    assertThat(info(NVT + "pelco/core/GetDeviceInformation.Response.xml").model())
        .isEqualTo("D6230L");
    List<MediaProfile> p = profiles(NVT + "pelco/media/GetProfiles.Response.xml");
    assertThat(p)
        .extracting(MediaProfile::token, MediaProfile::name)
        .containsExactly(tuple("0", "Primary"), tuple("1", "Secondary"));
    assertThat(p.get(0).videoEncoder().rateControl().bitrateLimit()).isEqualTo(6000);
    assertThat(p.get(0).videoEncoder().govLength()).isEqualTo(30);
    assertThat(p.get(0).videoEncoder().profile()).isEqualTo("High");
    assertThat(p.get(1).videoEncoder().encoding()).isEqualTo("JPEG");
    assertThat(p.get(0).ptz().nodeToken()).isEqualTo("PTZID-0");
    MediaUri stream = uri(NVT + "pelco/media/GetStreamUri.Response.xml");
    assertThat(stream.uri()).isEqualTo("rtsp://10.10.1.66/stream2_v");
    assertThat(stream.timeout()).isEqualTo(Duration.ofMinutes(15));
    // Pelco lists vendor services beside the standard ones.
    assertThat(Service.listFromResponse(body(NVT + "pelco/core/GetServices.Response.xml")))
        .extracting(Service::namespace)
        .contains(Namespaces.TDS, Namespaces.TRT, "urn:schemas-pelco-com:onvif:device:1");
  }

  /** TRENDnet TV-IP320PI, firmware V5.3.4 build 160830 (onvif-nvt). */
  @Test
  void trendnetTvIp320pi() {
    assertThat(info(NVT + "trendnet/core/GetDeviceInformation.Response.xml").manufacturer())
        .isEqualTo("TRENDnet");
    assertThat(profiles(NVT + "trendnet/media/GetProfiles.Response.xml"))
        .extracting(MediaProfile::token, q -> q.videoEncoder().encoding())
        .containsExactly(tuple("Profile_1", "H264"), tuple("Profile_2", "JPEG"));
    assertThat(uri(NVT + "trendnet/media/GetStreamUri.Response.xml").uri())
        .isEqualTo(
            "rtsp://10.10.1.67:554/Streaming/Channels/102?transportmode=unicast&profile=Profile_2");
  }

  /** D-Link DCS-6511, firmware 1.16.00 (easy_onvif). */
  @Test
  void dlinkDcs6511() {
    assertThat(info(EASY + "DCS-6511/device_management/GetDeviceInformationResponse.xml"))
        .extracting(DeviceInformation::manufacturer, DeviceInformation::model)
        .containsExactly("D-Link Corporation", "DCS-6511");
    assertThat(profiles(EASY + "DCS-6511/media1/GetProfilesResponse.xml"))
        .extracting(MediaProfile::token, q -> q.videoEncoder().resolution())
        .containsExactly(
            tuple("Profile1", new Resolution(1280, 1024)),
            tuple("Profile2", new Resolution(640, 480)));
    MediaUri snap = uri(EASY + "DCS-6511/media1/GetSnapshotUriResponse.xml");
    assertThat(snap.uri()).isEqualTo("http://192.168.1.33/dms?nowprofileid=1");
    assertThat(snap.timeout()).isEqualTo(Duration.ofSeconds(15));
  }

  /** OEM "ONVIF" ENP1A14-IR/25X, firmware V5.5.3 build 180822: H.265 in a Media1 profile. */
  @Test
  void enp1a14H265InMedia1() {
    List<MediaProfile> p = profiles(EASY + "ENP1A14-IR_25X/media1/GetProfilesResponse.xml");
    assertThat(p)
        .extracting(MediaProfile::token)
        .containsExactly("Profile_1", "Profile_2", "Profile_3");
    assertThat(p.get(0).videoEncoder().encoding()).isEqualTo("H265");
    assertThat(p.get(0).videoEncoder().resolution()).isEqualTo(new Resolution(2560, 1440));
    assertThat(uri(EASY + "ENP1A14-IR_25X/media2/GetStreamUriResponse.xml").uri())
        .isEqualTo(
            "rtsp://192.168.1.182/Streaming/Channels/101?transportmode=unicast&profile=Profile_1");
    assertThat(profiles(EASY + "ENP1A14-IR_25X/media2/GetProfilesResponse.xml"))
        .extracting(MediaProfile::token, MediaProfile::name, MediaProfile::fixed)
        .startsWith(tuple("Profile_1", "mainStream", true));
  }

  /** OEM "NONE" GX728MF-IR28: 4K main stream, snapshots on port 85. */
  @Test
  void gx728mf() {
    assertThat(
            profiles(EASY + "GX728MF-IR28/media1/GetProfilesResponse.xml")
                .get(0)
                .videoEncoder()
                .resolution())
        .isEqualTo(new Resolution(3840, 2160));
    assertThat(uri(EASY + "GX728MF-IR28/media1/GetSnapshotUriResponse.xml").uri())
        .isEqualTo("http://192.168.1.127:85/images/snapshot.jpg");
  }

  /** IPD-H4K8M05-BS, firmware V1.04.10-190309: empty Manufacturer, web service on port 8999. */
  @Test
  void ipdH4k8m05EmptyManufacturer() {
    DeviceInformation info =
        info(EASY + "IPD-H4K8M05-BS/device_management/GetDeviceInformationResponse.xml");
    assertThat(info.manufacturer()).isEmpty();
    assertThat(info.model()).isEqualTo("IPD-H4K8M05-BS");
    assertThat(profiles(EASY + "IPD-H4K8M05-BS/media1/GetProfilesResponse.xml"))
        .extracting(MediaProfile::token, q -> q.videoEncoder().resolution())
        .containsExactly(
            tuple("MainStream", new Resolution(2592, 1944)),
            tuple("SubStream", new Resolution(640, 480)));
    assertThat(uri(EASY + "IPD-H4K8M05-BS/media1/GetStreamUriResponse.xml").uri())
        .isEqualTo("rtsp://192.168.15.40:554/1/h264major");
    assertThat(
            Service.listFromResponse(
                body(EASY + "IPD-H4K8M05-BS/device_management/GetServicesResponse.xml")))
        .filteredOn(s -> s.namespace().equals(Namespaces.TRT))
        .extracting(Service::xaddr)
        .containsExactly("http://192.168.15.40:8999/onvif/media_service");
  }

  /** "ONVIF_IPNC" IPG-8150PSS PTZ, firmware 1.3.0-20210203CN-PT. */
  @Test
  void ipg8150pss() {
    assertThat(profiles(EASY + "IPG-8150PSS/media1/GetProfilesResponse.xml"))
        .extracting(MediaProfile::token, q -> q.videoEncoder().resolution())
        .containsExactly(
            tuple("PROFILE_000", new Resolution(2560, 1920)),
            tuple("PROFILE_001", new Resolution(800, 448)));
    assertThat(uri(EASY + "IPG-8150PSS/media1/GetStreamUriResponse.xml").uri())
        .isEqualTo("rtsp://10.200.1.2/live/0/MAIN");
  }

  /** SUNBA Performance-Series PTZ, firmware QIPC-B2202.3.73.C06290.NB.230628. */
  @Test
  void sunbaPerformance() {
    assertThat(info(EASY + "SUNBA/device_management/GetDeviceInformationResponse.xml").model())
        .isEqualTo("Performance-Series");
    List<MediaProfile> p = profiles(EASY + "SUNBA/media1/GetProfilesResponse.xml");
    assertThat(p)
        .extracting(MediaProfile::token)
        .containsExactly("media_profile1", "media_profile2", "media_profile3");
    assertThat(p.get(0).videoEncoder().rateControl().frameRateLimit()).isEqualTo(12.0);
    assertThat(p.get(0).audioEncoder().encoding()).isEqualTo("G711");
    assertThat(uri(EASY + "SUNBA/media2/GetStreamUriResponse.xml").uri())
        .isEqualTo("rtsp://162.191.54.181/media/video1");
    List<Service> services =
        Service.listFromResponse(body(EASY + "SUNBA/device_management/GetServicesResponse.xml"));
    assertThat(services).extracting(Service::namespace).contains(Namespaces.TR2, Namespaces.TRC);
  }

  /** SUNBA 405 on XiongMai XM530, Manufacturer "H264": credentials inside the URIs. */
  @Test
  void sunba405XiongMai() {
    assertThat(info(EASY + "SUNBA.405/device_management/GetDeviceInformationResponse.xml"))
        .extracting(DeviceInformation::manufacturer, DeviceInformation::model)
        .containsExactly("H264", "XM530_50X50-WG_8M");
    assertThat(uri(EASY + "SUNBA.405/media1/GetSnapshotUriResponse.xml").uri())
        .isEqualTo(
            "http://192.168.15.40/webcapture.jpg?command=snap&channel=1&user=admin&password=41f2kjt8");
    DeviceServiceCapabilities caps =
        DeviceServiceCapabilities.fromElement(
            body(EASY + "SUNBA.405/device_management/GetServiceCapabilitiesResponse.xml"));
    assertThat(caps.usernameToken()).isTrue();
    assertThat(caps.httpDigest()).isFalse();
  }

  /** Axis M2025-LE, firmware 9.80.3.13 (ONVIF-Camera-Kotlin). */
  @Test
  void axisM2025() {
    assertThat(info(KOTLIN + "deviceInfo.xml").model()).isEqualTo("M2025-LE");
    assertThat(profiles(KOTLIN + "profiles.xml"))
        .extracting(MediaProfile::token, q -> q.videoEncoder().resolution())
        .containsExactly(
            tuple("profile_1_h264", new Resolution(1920, 1080)),
            tuple("profile_1_jpeg", new Resolution(1920, 1080)));
    assertThat(uri(KOTLIN + "stream.xml").uri())
        .isEqualTo(
            "rtsp://192.168.0.209/onvif-media/media.amp?profile=profile_1_h264&sessiontimeout=60&streamtype=unicast");
  }

  /** Lorex (ONVIF-Camera-Kotlin lorex.xml): an encoder configuration without Encoding. */
  @Test
  void lorexEncoderWithoutEncoding() {
    List<MediaProfile> p = profiles(KOTLIN + "lorex.xml");
    assertThat(p).extracting(MediaProfile::token).containsExactly("Profile000", "Profile001");
    assertThat(p.get(0).videoEncoder().encoding()).isEmpty();
    assertThat(p.get(1).videoEncoder().encoding()).isEqualTo("H264");
    assertThat(p.get(1).videoEncoder().resolution()).isEqualTo(new Resolution(704, 480));
  }

  /** EZVIZ CS-H8c-R100-1K2WKFL, firmware V5.3.8 build 250612 (onvif-python). */
  @Test
  void ezvizH8c() {
    assertThat(info("nirsimetri__onvif-python/assets/raw/GetDeviceInformation.xml").model())
        .isEqualTo("CS-H8c-R100-1K2WKFL");
    assertThat(
            Service.listFromResponse(body("nirsimetri__onvif-python/assets/raw/GetServices.xml")))
        .filteredOn(s -> s.namespace().equals(Namespaces.TR2))
        .extracting(Service::xaddr, Service::version)
        .containsExactly(tuple("http://192.168.1.3/onvif/Media2", new OnvifVersion(16, 12)));
  }

  /** Dahua (go2rtc test literals): one-time stream URI. */
  @Test
  void dahua() {
    MediaUri stream =
        uri("AlexxIT__go2rtc/pkg/onvif/onvif_test.go__TestGetStreamUri__Dahua_stream_default.xml");
    assertThat(stream.uri())
        .isEqualTo(
            "rtsp://192.168.1.123:554/cam/realmonitor?channel=1&subtype=1&unicast=true&proto=Onvif");
    assertThat(stream.invalidAfterConnect()).isTrue();
    Capabilities caps =
        Capabilities.fromResponse(
            body(
                "AlexxIT__go2rtc/pkg/onvif/onvif_test.go__TestGetCapabilities__Dahua_default.xml"));
    assertThat(caps.xaddrs()).containsKeys(Namespaces.TDS, Namespaces.TRT, Namespaces.TEV);
  }

  /** Milesight MS-C8165-PE, firmware 61.8.0.3-r8 (ex_onvif). */
  @Test
  void milesight() {
    assertThat(info("gBillal__ex_onvif/test/fixtures/get_device_information.xml"))
        .extracting(DeviceInformation::model, DeviceInformation::firmwareVersion)
        .containsExactly("MS-C8165-PE", "61.8.0.3-r8");
  }
}
