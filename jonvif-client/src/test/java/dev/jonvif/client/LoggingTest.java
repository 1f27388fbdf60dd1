package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.model.User;
import dev.jonvif.core.model.UserLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With every log level on, no password reaches the log. */
class LoggingTest {

  private final SimulatedCamera sim = new SimulatedCamera();
  private final Logger jul = Logger.getLogger("dev.jonvif.client");
  private final List<String> lines = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          synchronized (lines) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(r));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  LoggingTest() {
    jul.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    jul.addHandler(handler);
  }

  @AfterEach
  void close() {
    jul.removeHandler(handler);
    jul.setLevel(null);
    sim.close();
  }

  @Test
  void traceShowsCallsButNoSecret() {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "SHA-256");
    sim.overrides.put(
        "CreateUsers", r -> dev.jonvif.testkit.FakeResponse.ok("<tds:CreateUsersResponse/>"));
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      cam.device().createUsers(List.of(new User("op", "Secret-42", UserLevel.OPERATOR)));
    }
    String all = String.join("\n", lines);
    assertThat(all).contains("GetServices").contains("CreateUsers").contains("***");
    assertThat(all)
        .doesNotContain("Secret-42")
        .doesNotContain(SimulatedCamera.PASSWORD)
        .doesNotContain("Digest username");
  }
}
