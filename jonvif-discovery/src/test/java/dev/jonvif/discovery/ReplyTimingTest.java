package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When answers go out: the delays are recorded by the scheduler (which then runs every task at
 * once), so nothing here waits for them.
 */
class ReplyTimingTest {

  /** Records every delay asked for, then runs the task without waiting. */
  static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
    final List<Duration> delays = new CopyOnWriteArrayList<>();

    RecordingScheduler() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      delays.add(Duration.ofNanos(unit.toNanos(delay)));
      return super.schedule(command, 0, unit);
    }
  }

  private final RecordingScheduler scheduler = new RecordingScheduler();
  private DiscoveryResponder responder;
  private final RawUdp peer = RawUdp.client();

  @AfterEach
  void stop() {
    peer.close();
    if (responder != null) {
      responder.close();
    }
    scheduler.shutdownNow();
  }

  @Test
  void defaultsFollowWsDiscoveryAndOnvif() {
    ResponderOptions d = ResponderOptions.defaults();
    assertThat(d.maxReplyDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(d.port()).isEqualTo(3702);
    assertThat(d.multicastTtl()).isEqualTo(1);
    assertThat(d.retransmissions()).isEqualTo(1);
    assertThat(d.ipv4()).isTrue();
    assertThat(d.ipv6()).isTrue();
    assertThat(d.networkInterface()).isNull();
  }

  @Test
  void DISCOVERY_1_1_6_directedProbesAreAnsweredAtOnceMulticastOnesAfterARandomDelay() {
    responder =
        DiscoveryResponder.start(
            ResponderOptions.builder()
                .loopback()
                .port(0)
                .ipv6(false)
                .retransmissions(0)
                .random(new SplittableRandom(42))
                .scheduler(scheduler)
                .build());
    for (String name : List.of("a", "b", "c")) {
      responder.register(Fleet.camera(name));
    }
    peer.send(Probes.probe(Probes.newId(), ""), Fleet.unicast(responder));
    for (int i = 0; i < 3; i++) {
      assertThat(peer.receive().message()).isInstanceOf(ProbeMatches.class);
    }
    assertThat(scheduler.delays).isEmpty();

    peer.sendToGroup(Probes.probe(Probes.newId(), "").getBytes(), responder.port());
    for (int i = 0; i < 3; i++) {
      assertThat(peer.receive().message()).isInstanceOf(ProbeMatches.class);
    }
    assertThat(scheduler.delays)
        .hasSize(3)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, WsDiscovery.APP_MAX_DELAY))
        .anySatisfy(d -> assertThat(d).isPositive());
  }

  @Test
  void everyMessageIsRepeatedOnceWithTheSameBytes() {
    responder =
        DiscoveryResponder.start(
            ResponderOptions.builder().loopback().port(0).ipv6(false).scheduler(scheduler).build());
    responder.register(Fleet.camera("a"));
    assertThat(scheduler.delays).as("the Hello's repeat").hasSize(1);
    scheduler.delays.clear();
    peer.send(Probes.probe(Probes.newId(), ""), Fleet.unicast(responder));
    RawUdp.Received first = peer.receive();
    RawUdp.Received repeat = peer.receive();
    assertThat(repeat.data()).isEqualTo(first.data());
    assertThat(scheduler.delays)
        .hasSize(1)
        .allSatisfy(
            d -> assertThat(d).isBetween(WsDiscovery.UDP_MIN_DELAY, WsDiscovery.UDP_MAX_DELAY));
  }
}
