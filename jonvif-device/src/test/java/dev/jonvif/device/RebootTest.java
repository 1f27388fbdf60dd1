package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RebootTest extends DeviceTestSupport {

  @Test
  void DEVICE_3_1_8_rebootTakesTheCameraDownThenBackUp() throws InterruptedException {
    MutableClock clock = MutableClock.at("2026-02-01T10:00:00Z");
    start(
        Persona.generic("cam1"),
        DeviceServer.builder().rebootDowntime(Duration.ofSeconds(3)),
        clock,
        StateStorage.inMemory());
    CountDownLatch down = new CountDownLatch(1);
    CountDownLatch up = new CountDownLatch(1);
    camera.addListener(
        new CameraListener() {
          @Override
          public void stopping(VirtualCamera c) {
            down.countDown();
          }

          @Override
          public void started(VirtualCamera c) {
            up.countDown();
          }
        });
    ok(anonymous(tds("GetSystemDateAndTime"))); // warms up the schema validator
    assertThat(ok(admin(tds("SystemReboot"))).childText(TDS, "Message")).startsWith("Rebooting");
    assertThat(down.await(5, TimeUnit.SECONDS)).isTrue();

    SoapClient.Answer refused = anonymous(tds("GetSystemDateAndTime"));
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.header("retry-after")).isNotNull();

    assertThat(up.await(10, TimeUnit.SECONDS)).isTrue();
    ok(anonymous(tds("GetSystemDateAndTime")));
    assertThat(camera.systemLog()).anyMatch(l -> l.contains("started after reboot"));
  }
}
