package dev.jonvif.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through the system chromedriver. Nothing is downloaded: the
 * driver executable is given explicitly, so Selenium Manager never runs. When either binary is
 * missing the test is skipped, except on CI ({@code CI=true}) where that is a failure: CI installs
 * both through {@code scripts/install-test-deps.sh}.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;
  private final List<LogEntry> seenLog = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile, Path screenshots) {
    this.driver = driver;
    this.profile = profile;
    this.screenshots = screenshots;
  }

  /** Skips the test (or fails it on CI) unless Chromium and chromedriver are installed. */
  static void requireInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String reason =
        "the browser test needs Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "); run scripts/install-test-deps.sh";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(reason + ", and CI=true: CI must run the browser test");
    }
    Assumptions.abort(reason);
  }

  /** A fresh headless browser with its own profile; screenshots go to {@code screenshots}. */
  static Browser start(Path screenshots) throws IOException {
    requireInstalled();
    Path profile = Files.createTempDirectory("jonvif-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    Files.createDirectories(screenshots);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return new Browser(driver, profile, screenshots);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Saves a PNG of the viewport as {@code <screenshots>/<name>.png}. */
  Path screenshot(String name) {
    try {
      Path file = screenshots.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the whole page (the window grown to the document's height for the shot). */
  Path fullPageScreenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    int chrome =
        before.getHeight()
            - ((Number) driver.executeScript("return window.innerHeight")).intValue();
    resize(before.getWidth(), Math.min(height.intValue() + chrome, 6000));
    try {
      return screenshot(name);
    } finally {
      resize(before.getWidth(), before.getHeight());
    }
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Every browser log entry (console messages, failed loads) since the browser started. */
  List<LogEntry> log() {
    seenLog.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    return List.copyOf(seenLog);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a file Chromium still holds; the temp directory is cleaned eventually
                }
              });
    } catch (IOException e) {
      // nothing to clean
    }
  }
}
