package dev.jonvif.client.e2e;

import static dev.jonvif.core.Namespaces.TEV;
import static dev.jonvif.core.Namespaces.WSA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.client.DeviceIoClient;
import dev.jonvif.client.ImagingClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.model.DigitalInput;
import dev.jonvif.core.model.FocusMove;
import dev.jonvif.core.model.FocusMoveOptions;
import dev.jonvif.core.model.IdleState;
import dev.jonvif.core.model.ImagingOptions;
import dev.jonvif.core.model.ImagingSettings;
import dev.jonvif.core.model.IrCutFilterMode;
import dev.jonvif.core.model.RelayLogicalState;
import dev.jonvif.core.model.RelayMode;
import dev.jonvif.core.model.RelayOutput;
import dev.jonvif.core.model.RelayOutputOptions;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The imaging and DeviceIO clients against the virtual fleet: imaging changes show in the snapshot,
 * relay changes raise events, and every request and answer is schema-valid.
 */
class ImagingIoFleetTest {

  static final String PASSWORD = "secret12";
  static Fleet fleet;

  @BeforeAll
  static void start() {
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(6), PASSWORD)
                .withModules(PtzFleetTest.modules()));
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  static OnvifCamera camera(String name) {
    return OnvifCamera.builder(fleet.deviceServiceUrl(name)).credentials("admin", PASSWORD).build();
  }

  static ImagingClient imaging(OnvifCamera cam, ValidatingTransport t) {
    return new ImagingClient(t, cam.endpoint(Namespaces.TIMG).orElseThrow());
  }

  @Test
  void IMAGING_1_1_3_and_1_1_14_and_2_1_1_to_2_1_13_settingsOptionsAndFocusRoundTrip() {
    try (OnvifCamera cam = camera("cam1")) {
      ValidatingTransport t = new ValidatingTransport(cam.transport());
      ImagingClient img = imaging(cam, t);
      String source = cam.videoSourceToken().orElseThrow();
      ImagingOptions o = img.options(source);
      assertThat(o.brightness()).isNotNull();
      assertThat(o.irCutFilterModes()).contains(IrCutFilterMode.ON, IrCutFilterMode.OFF);
      ImagingSettings before = img.settings(source);
      assertThat(before.brightness()).isNotNull();

      img.setSettings(source, ImagingSettings.NONE.withBrightness(o.brightness().max()), false);
      ImagingSettings after = img.settings(source);
      assertThat(after.brightness()).isEqualTo(o.brightness().max());
      assertThat(after.contrast()).isEqualTo(before.contrast());
      img.setSettings(source, before, false);
      assertThat(img.settings(source)).isEqualTo(before);

      FocusMoveOptions mo = img.moveOptions(source);
      assertThat(mo.absolutePosition()).isNotNull();
      double target = mo.absolutePosition().max();
      img.move(source, new FocusMove.Absolute(target, null));
      img.stop(source);
      assertThat(img.status(source).position()).isNotNull();
      assertThat(t.validated()).isGreaterThan(10);
    }
  }

  @Test
  void IMAGING_1_1_8_and_1_1_10_and_2_1_15_to_2_1_18_outOfRangeValuesAndUnknownSourcesAreRefused() {
    try (OnvifCamera cam = camera("cam2")) {
      ImagingClient img = cam.imaging();
      String source = cam.videoSourceToken().orElseThrow();
      double max = img.options(source).brightness().max();
      SoapFaultException f =
          catchThrowableOfType(
              SoapFaultException.class,
              () -> img.setSettings(source, ImagingSettings.NONE.withBrightness(max + 50), false));
      assertThat(f.isInvalidArgument()).as(f.getMessage()).isTrue();
      SoapFaultException noSource =
          catchThrowableOfType(SoapFaultException.class, () -> img.settings("no-such-source"));
      assertThat(noSource.hasSubcode("NoSource")).as(noSource.getMessage()).isTrue();
      for (Runnable r :
          List.<Runnable>of(
              () -> img.moveOptions("no-such-source"),
              () -> img.move("no-such-source", new FocusMove.Continuous(0.1)),
              () -> img.status("no-such-source"),
              () -> img.stop("no-such-source"))) {
        assertThat(catchThrowableOfType(SoapFaultException.class, r::run).hasSubcode("NoSource"))
            .isTrue();
      }
    }
  }

  @Test
  void imagingChangesAreVisibleInTheSnapshot() throws IOException {
    try (OnvifCamera cam = camera("cam4")) {
      ImagingClient img = cam.imaging();
      String source = cam.videoSourceToken().orElseThrow();
      String profile = cam.media().profiles().get(0).token();
      ImagingSettings original = img.settings(source);
      BufferedImage day = snapshot(cam, profile);
      assertThat(colourfulness(day)).isGreaterThan(10);

      img.setSettings(source, ImagingSettings.NONE.withIrCutFilter(IrCutFilterMode.OFF), false);
      assertThat(colourfulness(snapshot(cam, profile))).as("night mode is grey").isLessThan(3);

      img.setSettings(source, original.withIrCutFilter(IrCutFilterMode.ON), false);
      double normal = luma(snapshot(cam, profile));
      double max = img.options(source).brightness().max();
      img.setSettings(source, ImagingSettings.NONE.withBrightness(max), false);
      assertThat(luma(snapshot(cam, profile))).isGreaterThan(normal + 10);
      img.setSettings(source, original, false);
    }
  }

  @Test
  void DEVICEIO_1_1_1_and_1_1_4_and_3_1_1_and_5_1_1_relaysAndInputsOfTheDoorbell() {
    try (OnvifCamera cam = camera("cam6")) {
      ValidatingTransport t = new ValidatingTransport(cam.transport());
      DeviceIoClient io =
          new DeviceIoClient(t, cam.endpoint(Namespaces.TMD).orElseThrow(), cam.deviceUri());
      assertThat(io.hasDeviceIoService()).isTrue();
      List<RelayOutput> relays = io.relayOutputs();
      assertThat(relays).hasSize(1);
      RelayOutput relay = relays.get(0);
      List<RelayOutputOptions> options = io.relayOptions(relay.token());
      assertThat(options).singleElement().satisfies(o -> assertThat(o.modes()).isNotEmpty());

      RelayOutput changed =
          new RelayOutput(relay.token(), RelayMode.BISTABLE, Duration.ZERO, IdleState.OPEN);
      io.setRelaySettings(changed);
      assertThat(io.relayOutputs()).containsExactly(changed);
      io.setRelayState(relay.token(), RelayLogicalState.INACTIVE);

      List<DigitalInput> inputs = io.digitalInputs();
      assertThat(inputs).hasSize(1);
      assertThat(inputs.get(0).idleState()).isNotNull();
      assertThat(io.videoSources())
          .containsExactly(cam.videoSourceToken().orElseThrow()); // DEVICEIO-5-1-1
      assertThat(t.validated()).isGreaterThan(8);

      SoapFaultException f =
          catchThrowableOfType(
              SoapFaultException.class,
              () -> io.setRelayState("no-such-relay", RelayLogicalState.ACTIVE));
      assertThat(f.hasSubcode("RelayToken")).as(f.getMessage()).isTrue();
    }
  }

  @Test
  void DEVICEIO_1_2_1_aRelayChangeRaisesAnEventOnAPullPoint() {
    try (OnvifCamera cam = camera("cam6")) {
      XmlElement created =
          cam.call(
              "events",
              XmlElement.builder(TEV, "CreatePullPointSubscription")
                  .child(TEV, "InitialTerminationTime", "PT1M")
                  .build());
      URI pullPoint =
          URI.create(
              created
                  .childLenient("SubscriptionReference")
                  .childLenient(WSA, "Address")
                  .textTrim());
      String relay = cam.deviceIo().relayOutputs().get(0).token();
      assertThat(pull(cam, pullPoint)).as("the initial property states").isNotEmpty();
      cam.deviceIo().setRelayState(relay, RelayLogicalState.ACTIVE);
      boolean seen = false;
      for (int i = 0; i < 5 && !seen; i++) {
        seen = pull(cam, pullPoint).stream().anyMatch(ImagingIoFleetTest::relayActive);
      }
      assertThat(seen).as("a tns1:Device/Trigger/Relay event with LogicalState active").isTrue();
      cam.deviceIo().setRelayState(relay, RelayLogicalState.INACTIVE);
    }
  }

  /** One PullMessages at the pull point; its notification messages. */
  private static List<XmlElement> pull(OnvifCamera cam, URI pullPoint) {
    XmlElement r =
        cam.call(
            pullPoint,
            XmlElement.builder(TEV, "PullMessages")
                .child(TEV, "Timeout", "PT2S")
                .child(TEV, "MessageLimit", 20)
                .build(),
            TEV + "/PullPointSubscription/PullMessagesRequest");
    return r.childrenLenient("NotificationMessage");
  }

  /** A tns1:Device/Trigger/Relay message whose LogicalState is active. */
  private static boolean relayActive(XmlElement notification) {
    XmlElement topic = notification.childLenient("Topic");
    if (topic == null || !topic.textTrim().endsWith("Device/Trigger/Relay")) {
      return false;
    }
    XmlElement data = notification.pathLenient("Message", "Message", "Data");
    return data != null
        && data.childrenLenient("SimpleItem").stream()
            .anyMatch(
                i ->
                    "LogicalState".equals(i.attribute("Name"))
                        && "active".equals(i.attribute("Value")));
  }

  private static BufferedImage snapshot(OnvifCamera cam, String profile) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(cam.snapshot(profile).jpeg()));
    assertThat(img).isNotNull();
    return img;
  }

  private static double luma(BufferedImage img) {
    long sum = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        sum += (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
      }
    }
    return (double) sum / (img.getWidth() * img.getHeight());
  }

  /** The mean of the largest difference between two colour channels (0 for a grey picture). */
  private static double colourfulness(BufferedImage img) {
    long sum = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        sum += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
      }
    }
    return (double) sum / (img.getWidth() * img.getHeight());
  }
}
