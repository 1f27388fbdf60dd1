package dev.jonvif.hub;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hub's web UI as a person uses it, addressed through its {@code data-testid} attributes: what
 * the browser test does, without the CSS selectors.
 */
final class HubPage {

  /** Long enough for a loaded 2-core machine; every wait ends as soon as its condition holds. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  /**
   * Samples the live image on a small canvas: its natural size, the spread of luminance and the
   * number of distinct (coarse) colours. A blank or uniform frame has a spread near 0.
   */
  private static final String SAMPLE_IMAGE =
      """
      const img = document.querySelector('[data-testid="live-image"]');
      if (!img || !img.complete || img.naturalWidth === 0) return null;
      const canvas = document.createElement('canvas');
      canvas.width = 64; canvas.height = 36;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0, 64, 36);
      const d = g.getImageData(0, 0, 64, 36).data;
      let min = 255, max = 0;
      const colours = new Set();
      for (let i = 0; i < d.length; i += 4) {
        const l = (d[i] * 3 + d[i + 1] * 6 + d[i + 2]) / 10;
        min = Math.min(min, l); max = Math.max(max, l);
        colours.add((d[i] >> 4) << 8 | (d[i + 1] >> 4) << 4 | (d[i + 2] >> 4));
      }
      return {width: img.naturalWidth, height: img.naturalHeight,
              spread: Math.round(max - min), colours: colours.size};
      """;

  private final ChromeDriver driver;
  private final String baseUrl;

  HubPage(ChromeDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  static By testId(String id) {
    return By.cssSelector("[data-testid=\"" + id + "\"]");
  }

  WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
  }

  WebElement visible(By by) {
    return waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void open() {
    driver.get(baseUrl + "/");
  }

  void login(String user, String password) {
    visible(testId("login-form"));
    type(testId("login-username"), user);
    type(testId("login-password"), password);
    driver.findElement(testId("login-submit")).click();
    visible(testId("add-camera-open"));
  }

  /** The discovered device with WS-Discovery endpoint reference {@code endpoint}, once listed. */
  WebElement discovered(String endpoint) {
    return visible(
        By.cssSelector("[data-testid=\"discovered-item\"][data-endpoint=\"" + endpoint + "\"]"));
  }

  /** One-click add of a discovered device: the dialog asks only for the credentials. */
  void addDiscovered(String endpoint, String user, String password) {
    discovered(endpoint).findElement(testId("discovered-add")).click();
    fillCredentials(user, password);
    driver.findElement(testId("add-submit")).click();
    waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(testId("add-dialog")));
  }

  /** Adds by address through the form and returns the error box once it shows. */
  WebElement addByAddressExpectingError(String address, String user, String password) {
    visible(testId("add-camera-open")).click();
    type(testId("add-address"), address);
    fillCredentials(user, password);
    driver.findElement(testId("add-submit")).click();
    return visible(testId("add-error"));
  }

  void closeAddDialog() {
    driver.findElement(testId("add-cancel")).click();
    waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(testId("add-dialog")));
  }

  private void fillCredentials(String user, String password) {
    visible(testId("add-dialog"));
    type(testId("add-username"), user);
    type(testId("add-password"), password);
  }

  WebElement cameraCard(String name) {
    return visible(
        By.cssSelector("[data-testid=\"camera-card\"][data-camera-name=\"" + name + "\"]"));
  }

  /** Waits until the card of camera {@code name} shows {@code status}. */
  void awaitCardStatus(String name, String status) {
    By badge =
        By.cssSelector(
            "[data-testid=\"camera-card\"][data-camera-name=\""
                + name
                + "\"] [data-testid=\"camera-status\"][data-status=\""
                + status
                + "\"]");
    visible(badge);
  }

  void openCamera(String name) {
    cameraCard(name).findElement(testId("camera-link")).click();
    visible(testId("camera-page"));
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Whether the grid card of camera {@code name} shows a decoded snapshot. */
  boolean thumbnailLoaded(String name) {
    Object loaded =
        driver.executeScript(
            "const img = document.querySelector('[data-testid=\"camera-card\"][data-camera-name=\"'"
                + " + arguments[0] + '\"] [data-testid=\"camera-thumb\"]');"
                + " return Boolean(img && img.complete && img.naturalWidth > 0);",
            name);
    return Boolean.TRUE.equals(loaded);
  }

  /** Whether the PTZ position shown is marked moving ("true"/"false"), or {@code null}. */
  String ptzMoving() {
    return visible(testId("ptz-position")).getDomAttribute("data-moving");
  }

  /** Checks the first profile's stream; its result once the hub answered. */
  WebElement checkFirstStream() {
    WebElement profile = visible(testId("profile"));
    profile.findElement(testId("stream-check")).click();
    WebElement result = profile.findElement(testId("stream-check-result"));
    waiting(PATIENCE).until(d -> result.getDomAttribute("data-ok") != null);
    return result;
  }

  void scrollToTop() {
    driver.executeScript("window.scrollTo(0, 0)");
  }

  void home() {
    driver.findElement(testId("home-link")).click();
    visible(testId("add-camera-open"));
  }

  /** The live image sampled on a canvas, once it has a decoded frame, else {@code null}. */
  @SuppressWarnings("unchecked")
  Map<String, Long> liveImage() {
    Object sample = driver.executeScript(SAMPLE_IMAGE);
    return sample == null ? null : (Map<String, Long>) sample;
  }

  /** Presses the element (pointer down), holds it for {@code hold}, and releases it. */
  void press(String testId, Duration hold) {
    WebElement button = visible(testId(testId));
    new Actions(driver).clickAndHold(button).pause(hold).release().perform();
  }

  /** The PTZ position shown on the page: pan, tilt, zoom; {@code null} before the first one. */
  double[] ptzPosition() {
    WebElement out = visible(testId("ptz-position"));
    String pan = out.getDomAttribute("data-pan");
    if (pan == null) {
      return null;
    }
    return new double[] {Double.parseDouble(pan), axis(out, "data-tilt"), axis(out, "data-zoom")};
  }

  private static double axis(WebElement out, String attribute) {
    String value = out.getDomAttribute(attribute);
    return value == null ? Double.NaN : Double.parseDouble(value);
  }

  /** The sensor of {@code kind} in state {@code state} ("true"/"false"), within {@code timeout}. */
  WebElement awaitSensor(String kind, String state, Duration timeout) {
    By by =
        By.cssSelector(
            "[data-testid=\"sensor\"][data-kind=\"" + kind + "\"][data-state=\"" + state + "\"]");
    return waiting(timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void type(By field, String text) {
    WebElement input = visible(field);
    input.clear();
    input.sendKeys(text);
  }
}
