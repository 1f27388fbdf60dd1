package dev.jonvif.hub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * The hub as a person sees it, in Debian's headless Chromium: a virtual fleet (discoverable on
 * loopback only) and the hub run in-process on 127.0.0.1; the browser logs in, sees the discovered
 * cameras, adds the PTZ dome with one click, sees a live image, moves the dome, sees the motion
 * sensor follow a simulated event, and gets the specific error for a wrong password. Screenshots
 * land in {@code target/screenshots}.
 */
class HubBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Console lines the UI causes on purpose: Chromium logs every HTTP error answer to fetch as a
   * "Failed to load resource" line. The UI expects a 401 before login and the add-camera error.
   */
  private static final Pattern EXPECTED_LOG =
      Pattern.compile(
          "http://127\\.0\\.0\\.1:\\d+/api/(\\S*) - Failed to load resource: the server responded"
              + " with a status of (401|4\\d\\d) .*");

  @Test
  void aPersonManagesTheFleetFromTheBrowser(@TempDir Path data) throws Exception {
    Browser.requireInstalled();
    EventsModule events = new EventsModule();
    HubOptions hubOptions =
        TestWorld.hubOptions(data)
            .discovery(true)
            .discoveryInterface("loopback")
            .probeInterval(Duration.ofSeconds(3))
            .build();
    try (Fleet fleet =
            Fleet.start(
                TestWorld.fleetOptions(6, events)
                    .withDiscovery(FleetOptions.discoveryFor(InetAddress.getLoopbackAddress())));
        AdminApi admin = AdminApi.start(fleet, 0);
        Hub hub = Hub.start(hubOptions);
        Browser browser = Browser.start(SCREENSHOTS)) {
      events.installSimulations(admin);
      try {
        scenario(browser, new HubPage(browser.driver(), hub.url()), fleet, admin);
      } catch (AssertionError | RuntimeException e) {
        browser.screenshot("failure");
        browser.log().forEach(entry -> System.err.println("browser: " + entry));
        throw e;
      }
      assertThat(unexpectedConsoleErrors(browser.log())).isEmpty();
    }
  }

  private static void scenario(Browser browser, HubPage page, Fleet fleet, AdminApi admin)
      throws Exception {
    VirtualCamera dome = fleet.camera("cam5");
    VirtualCamera bullet = fleet.camera("cam1");

    page.open();
    browser.screenshot("01-login");
    page.login("admin", TestWorld.ADMIN_PASSWORD);

    // Discovery finds the fleet (other processes on this host may add devices of their own:
    // the cameras are recognised by their endpoint references).
    page.discovered(dome.endpointReference());
    page.discovered(bullet.endpointReference());
    browser.screenshot("02-discovered");

    page.addDiscovered(dome.endpointReference(), "admin", TestWorld.CAMERA_PASSWORD);
    page.awaitCardStatus("cam5", "online");
    page.waiting(HubPage.PATIENCE).until(d -> page.thumbnailLoaded("cam5"));
    browser.screenshot("03-camera-added");

    WebElement error =
        page.addByAddressExpectingError(fleet.deviceServiceUrl(bullet), "admin", "not-it");
    assertThat(error.getDomAttribute("data-error-code")).isEqualTo("wrong_password");
    assertThat(error.getText()).contains("Wrong user name or password");
    browser.screenshot("04-wrong-password");
    page.closeAddDialog();
    assertThat(page.driver().findElements(cardOf("cam1"))).isEmpty();

    page.openCamera("cam5");
    page.waiting(HubPage.PATIENCE).until(d -> page.liveImage() != null);
    Map<String, Long> frame = page.liveImage();
    assertThat(frame.get("width")).isPositive();
    assertThat(frame.get("spread")).as("luminance spread of the live image").isGreaterThan(40);
    assertThat(frame.get("colours")).as("distinct colours in the live image").isGreaterThan(4);

    double[] before = page.waiting(HubPage.PATIENCE).until(d -> page.ptzPosition());
    page.press("ptz-right", Duration.ofMillis(1500));
    double[] after =
        page.waiting(HubPage.PATIENCE)
            .until(
                d -> {
                  double[] now = page.ptzPosition();
                  return now != null && now[0] > before[0] + 0.01 ? now : null;
                });
    assertThat(after[0]).as("pan after pressing right").isGreaterThan(before[0]);
    page.waiting(HubPage.PATIENCE).until(d -> "false".equals(page.ptzMoving()));

    // The idle state shows once the hub's event subscription is up; then motion must show
    // within 2 s of the simulated event.
    page.awaitSensor("motion", "false", HubPage.PATIENCE);
    assertThat(TestWorld.raise(admin, "cam5", "motion", true)).isEqualTo(202);
    page.awaitSensor("motion", "true", Duration.ofSeconds(2));
    WebElement check = page.checkFirstStream();
    assertThat(check.getText()).startsWith("OK:");
    page.scrollToTop();
    browser.screenshot("05-camera-page");
    browser.fullPageScreenshot("05-camera-page-full");

    browser.resize(390, 844);
    page.scrollToTop();
    browser.screenshot("06-camera-page-phone");
    page.home();
    page.waiting(HubPage.PATIENCE).until(d -> page.thumbnailLoaded("cam5"));
    browser.screenshot("07-grid-phone");
  }

  private static By cardOf(String name) {
    return By.cssSelector("[data-testid=\"camera-card\"][data-camera-name=\"" + name + "\"]");
  }

  /** Console errors, less the HTTP error answers the UI asks for on purpose (see above). */
  static List<String> unexpectedConsoleErrors(List<LogEntry> log) {
    return log.stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !expected(m))
        .toList();
  }

  private static boolean expected(String message) {
    var m = EXPECTED_LOG.matcher(message);
    if (!m.matches()) {
      return false;
    }
    // 401 before logging in (any API call); 4xx only from adding a camera.
    return m.group(2).equals("401") || m.group(1).equals("cameras");
  }
}
