package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.testkit.Captures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression over the ProbeMatches that real cameras sent, from ../shared/onvif-reference/captures
 * (origins in its MANIFEST.tsv): each parses, and the key values come out as the camera sent them.
 */
class ProbeMatchesCaptureTest {

  private static ProbeMatches parse(String capture) {
    return (ProbeMatches) DiscoveryMessage.parse(Captures.bytes(capture));
  }

  private static EndpointMetadata only(ProbeMatches m) {
    assertThat(m.matches()).hasSize(1);
    return m.matches().get(0);
  }

  private static final List<javax.xml.namespace.QName> BOTH =
      List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER, WsDiscovery.DEVICE);

  /** Amcrest IP5M-B1186E (sproctor/ONVIF-Camera-Kotlin): scopes spread over several lines. */
  @Test
  void amcrestProbeResponse2() {
    ProbeMatches m =
        parse(
            "sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/probeResponse2.xml");
    EndpointMetadata d = only(m);
    assertThat(m.header().relatesTo()).isEqualTo("uuid:44f881db-4b2e-43b6-913c-123d771d2f19");
    assertThat(m.header().appSequence()).isNull();
    assertThat(d.endpointReference()).isEqualTo("uuid:2a46daf1-86f6-91ad-5458-3d184eb186f6");
    assertThat(d.types()).containsExactlyElementsOf(BOTH);
    assertThat(d.xaddrs()).containsExactly("http://192.168.0.205/onvif/device_service");
    assertThat(d.metadataVersion()).isEqualTo(1);
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isEqualTo("Amcrest");
    assertThat(s.hardware()).isEqualTo("IP5M-B1186E");
    assertThat(s.locations()).containsExactly("country/china");
    assertThat(s.profiles()).containsExactly("Streaming", "T");
    assertThat(s.types()).containsExactly("Network_Video_Transmitter");
  }

  /** Axis M2025-LE (sproctor/ONVIF-Camera-Kotlin): four XAddrs, encoded name, AppSequence. */
  @Test
  void axisProbeResponse() {
    ProbeMatches m =
        parse(
            "sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/probeResponse.xml");
    EndpointMetadata d = only(m);
    assertThat(m.header().relatesTo()).isEqualTo("uuid:63a205c4-7eae-4dd5-99dc-75e38ff576b3");
    assertThat(m.header().appSequence()).isEqualTo(AppSequence.of(1669141867L, 6));
    assertThat(d.endpointReference()).isEqualTo("urn:uuid:3ea96f68-b845-4c0b-87cf-eee904c4be65");
    assertThat(d.types())
        .containsExactly(WsDiscovery.DEVICE, WsDiscovery.NETWORK_VIDEO_TRANSMITTER);
    assertThat(d.xaddrs())
        .containsExactly(
            "http://192.168.0.209/onvif/device_service",
            "https://192.168.0.209/onvif/device_service",
            "http://169.254.251.249/onvif/device_service",
            "https://169.254.251.249/onvif/device_service");
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isEqualTo("AXIS M2025-LE");
    assertThat(s.hardware()).isEqualTo("M2025-LE");
    assertThat(s.locations()).isEmpty();
    assertThat(s.profiles()).containsExactly("Streaming", "G", "T");
  }

  /** gSOAP-derived mock-server answer (agsh/onvif): placeholder XAddrs and RelatesTo. */
  @Test
  void agshMockProbe() {
    ProbeMatches m = parse("agsh__onvif/test/serverMockup/Probe.xml");
    EndpointMetadata d = only(m);
    assertThat(m.header().relatesTo()).isEqualTo("RELATES_TO");
    assertThat(m.header().appSequence()).isEqualTo(AppSequence.of(0, 161));
    assertThat(d.endpointReference()).isEqualTo("uuid:c9790c3a-701b-464d-a189-0060351c8ada");
    assertThat(d.types()).containsExactlyElementsOf(BOTH);
    assertThat(d.xaddrs()).containsExactly("SERVICE_URI");
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isEqualTo("PREDATOR");
    assertThat(s.hardware()).isEqualTo("HD_PREDATOR");
    assertThat(s.types()).containsExactly("video_encoder", "audio_encoder", "ptz");
  }

  /** EZVIZ DS-2DE2C400IG-W-W (2BAD/onvif): CRLF, MAC scope, trailing space in XAddrs. */
  @Test
  void ezvizPtz() {
    ProbeMatches m =
        parse("2BAD__onvif/fixtures/live/ezviz/ds-2de2c400ig-w-w/discovery.ProbeMatches.xml");
    EndpointMetadata d = only(m);
    assertThat(m.header().relatesTo()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000013");
    assertThat(m.header().appSequence()).isEqualTo(AppSequence.of(1791398783L, 3));
    assertThat(d.endpointReference()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000012");
    assertThat(d.xaddrs())
        .containsExactly(
            "http://192.0.2.13/onvif/device_service", "https://192.0.2.13/onvif/device_service");
    assertThat(d.metadataVersion()).isEqualTo(10);
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isEqualTo("REDACTED5");
    assertThat(s.hardware()).isEqualTo("DS-2DE2C400IG-W-W");
    assertThat(s.profiles()).containsExactly("Streaming", "G");
    assertThat(d.scopes()).contains("onvif://www.onvif.org/MAC/02:00:00:00:00:15");
  }

  /** DVC DRN-3282R NVR (2BAD/onvif): vendor element inside ProbeMatch, ":80" in XAddrs. */
  @Test
  void dvcNvrWithExtensionElement() {
    EndpointMetadata d =
        only(parse("2BAD__onvif/fixtures/live/dvc/drn-3282r/discovery.ProbeMatches.xml"));
    assertThat(d.endpointReference()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000017");
    assertThat(d.types()).containsExactlyElementsOf(BOTH);
    assertThat(d.xaddrs()).containsExactly("http://192.0.2.14:80/onvif/device_service");
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isEqualTo("REDACTED6");
    assertThat(s.hardware()).isEqualTo("DRN-3282R");
    assertThat(s.profiles()).containsExactly("G", "T");
  }

  /** DVC DCN-BM2220LPR (2BAD/onvif): {@code tdn} prefix for the network namespace, IPv6 XAddr. */
  @Test
  void dvcCameraWithOtherPrefixAndIpv6() {
    ProbeMatches m =
        parse("2BAD__onvif/fixtures/live/dvc/dcn-bm2220lpr/discovery.ProbeMatches.xml");
    EndpointMetadata d = only(m);
    assertThat(m.header().relatesTo()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000009");
    assertThat(d.types()).containsExactlyElementsOf(BOTH);
    assertThat(d.xaddrs())
        .containsExactly(
            "http://192.0.2.14:80/onvif/device_service",
            "http://[fe80::7]:80/onvif/device_service");
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isEqualTo("DVC");
    assertThat(s.hardware()).isEqualTo("DCN-BM2220LPR");
    assertThat(s.locations()).isEmpty();
    assertThat(s.profiles()).containsExactly("Streaming", "T", "G");
  }

  /** The same camera without a name scope (2BAD/onvif "SharedEndpoint1"). */
  @Test
  void dvcCameraWithoutNameScope() {
    EndpointMetadata d =
        only(
            parse(
                "2BAD__onvif/fixtures/live/dvc/dcn-bm2220lpr/discovery.ProbeMatchesSharedEndpoint1.xml"));
    assertThat(d.endpointReference()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000003");
    assertThat(d.xaddrs())
        .containsExactly(
            "http://192.0.2.10:80/onvif/device_service",
            "http://[fe80::2]:80/onvif/device_service");
    OnvifScopes s = OnvifScopes.parse(d.scopes());
    assertThat(s.name()).isNull();
    assertThat(s.hardware()).isEqualTo("DCN-BM2220LPR");
  }
}
