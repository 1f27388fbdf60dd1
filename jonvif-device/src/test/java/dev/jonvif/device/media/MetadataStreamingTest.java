package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.tr2;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestChallenge;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VideoStream;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.ptz.PtzModule;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.MetadataPayload;
import dev.jonvif.rtsp.wire.RtpPacket;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspParser;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.Sdp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MEDIA2_RTSS-4-1-x on a virtual PTZ camera: a Media2 profile given a metadata configuration
 * streams tt:MetadataStream documents (an analytics frame, and the PTZ status once the
 * configuration asks for it) beside its video; a profile without one has no metadata track.
 */
class MetadataStreamingTest {

  private static final String PASSWORD = "secret12";
  private static final Credentials ADMIN = new Credentials("admin", PASSWORD);
  private static final String TT = Namespaces.TT;

  private static Fleet fleet;
  private static VirtualCamera dome;

  @BeforeAll
  static void start() {
    Persona persona =
        new Persona(
            "dome",
            "jonvif",
            "Dome",
            "1.0",
            "SN-dome",
            "HW1",
            EnumSet.of(OnvifService.MEDIA2, OnvifService.PTZ),
            List.of(
                new VideoStream("main", 320, 240, VideoEncoding.JPEG, 10, 1024),
                new VideoStream("sub", 160, 120, VideoEncoding.JPEG, 10, 512)),
            Duration.ZERO,
            null,
            List.of());
    fleet =
        Fleet.start(
            FleetOptions.forTests(List.of(persona), PASSWORD)
                .withModules(List.of(new Media2Module(), new PtzModule())));
    dome = fleet.camera("dome");
    call(
        XmlElement.builder(Namespaces.TR2, "AddConfiguration")
            .child(Namespaces.TR2, "ProfileToken", "Profile_1")
            .child(
                XmlElement.builder(Namespaces.TR2, "Configuration")
                    .child(Namespaces.TR2, "Type", "Metadata")
                    .child(Namespaces.TR2, "Token", "MetadataConfig_1")
                    .build())
            .build());
    call(
        xml(
            "<tr2:SetMetadataConfiguration><tr2:Configuration token=\"MetadataConfig_1\">"
                + "<tt:Name>meta</tt:Name><tt:UseCount>1</tt:UseCount><tt:PTZStatus>"
                + "<tt:Status>true</tt:Status><tt:Position>true</tt:Position></tt:PTZStatus>"
                + "<tt:SessionTimeout>PT60S</tt:SessionTimeout></tr2:Configuration>"
                + "</tr2:SetMetadataConfiguration>"));
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  private static XmlElement call(XmlElement body) {
    return FleetSoap.call(dome, OnvifService.MEDIA2, body, ADMIN);
  }

  private static String streamUri(String profile) {
    return call(tr2("GetStreamUri", "Protocol", "RtspUnicast", "ProfileToken", profile))
        .childText(Namespaces.TR2, "Uri");
  }

  /** An RTSP client over TCP that answers Digest challenges. */
  private static final class Client implements AutoCloseable {
    final Socket socket;
    final RtspParser parser = new RtspParser();
    final List<InterleavedFrame> frames = new ArrayList<>();
    DigestClientSession digest;
    int cseq;

    Client(URI uri) throws IOException {
      socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort());
      socket.setSoTimeout(10_000);
    }

    RtspResponse request(String method, String uri, String... headers) throws IOException {
      RtspResponse r = send(method, uri, headers);
      if (r.status() == 401 && digest == null) {
        digest =
            new DigestClientSession(
                ADMIN,
                DigestChallenge.preferred(
                        DigestChallenge.parseAll(r.headers().all("WWW-Authenticate")))
                    .orElseThrow());
        r = send(method, uri, headers);
      }
      return r;
    }

    private RtspResponse send(String method, String uri, String... headers) throws IOException {
      RtspHeaders.Builder h = RtspHeaders.of(headers).toBuilder();
      h.add("CSeq", String.valueOf(++cseq));
      if (digest != null) {
        h.add("Authorization", digest.authorization(method, uri));
      }
      socket.getOutputStream().write(RtspRequest.of(method, uri, h.build()).encode());
      while (true) {
        if (next() instanceof RtspResponse r) {
          return r;
        }
      }
    }

    RtspItem next() throws IOException {
      byte[] buf = new byte[8192];
      while (true) {
        Optional<RtspItem> item = parser.next();
        if (item.isPresent()) {
          if (item.get() instanceof InterleavedFrame f) {
            frames.add(f);
          }
          return item.get();
        }
        int n = socket.getInputStream().read(buf);
        if (n < 0) {
          throw new IOException("closed");
        }
        parser.feed(buf, 0, n);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void MEDIA2_RTSS_4_1_3_aProfileWithMetadataStreamsPtzStatusOverTcp() throws IOException {
    String url = streamUri("Profile_1");
    try (Client c = new Client(URI.create(url))) {
      RtspResponse describe = c.request("DESCRIBE", url, "Accept", "application/sdp");
      assertThat(describe.status()).isEqualTo(200);
      List<Sdp.Media> media = Sdp.parse(describe.bodyText()).media();
      assertThat(media).extracting(Sdp.Media::type).containsExactly("video", "application");
      String control = media.get(1).attribute("control").orElseThrow();
      assertThat(media.get(1).encodingName()).hasValue("VND.ONVIF.METADATA");

      RtspResponse setup =
          c.request("SETUP", control, "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1");
      assertThat(setup.status()).isEqualTo(200);
      String session = setup.headers().value("Session").split(";")[0];
      assertThat(c.request("PLAY", url, "Session", session).status()).isEqualTo(200);

      MetadataPayload.Depacketizer d = new MetadataPayload.Depacketizer();
      XmlElement doc = null;
      while (doc == null) {
        if (c.next() instanceof InterleavedFrame f && f.channel() == 0) {
          doc = d.add(RtpPacket.parse(f.payload())).map(XmlParser::parse).orElse(null);
        }
      }
      assertThat(doc.is(TT, "MetadataStream")).isTrue();
      assertThat(doc.path(TT, "VideoAnalytics", "Frame").attribute("UtcTime")).isNotBlank();
      XmlElement ptz = doc.path(TT, "PTZ", "PTZStatus");
      assertThat(ptz).isNotNull();
      assertThat(ptz.path(TT, "Position", "PanTilt").attribute("x")).isNotBlank();
      assertThat(ptz.path(TT, "MoveStatus", "PanTilt").text()).isNotBlank();
      assertThat(c.request("TEARDOWN", url, "Session", session).status()).isEqualTo(200);
    }
  }

  @Test
  void aProfileWithoutMetadataHasOnlyVideo() throws IOException {
    String url = streamUri("Profile_2");
    try (Client c = new Client(URI.create(url))) {
      RtspResponse describe = c.request("DESCRIBE", url, "Accept", "application/sdp");
      assertThat(Sdp.parse(describe.bodyText()).media())
          .extracting(Sdp.Media::type)
          .containsExactly("video");
    }
  }
}
