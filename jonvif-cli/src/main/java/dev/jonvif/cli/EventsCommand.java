package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.events.EventMode;
import dev.jonvif.client.events.EventOptions;
import dev.jonvif.client.events.EventSubscription;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.client.events.SensorReading;
import dev.jonvif.client.events.SubscriptionState;
import dev.jonvif.client.events.TopicCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif events URL --topics | --follow}: the camera's topic tree, or its events as they
 * arrive until interrupted (Ctrl-C unsubscribes before the JVM exits).
 */
@Command(
    name = "events",
    description =
        "Show a camera's event topics (--topics, the default) or follow its events as they"
            + " arrive (--follow) until Ctrl-C, which unsubscribes.")
final class EventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(names = "--follow", description = "Print events as they arrive until interrupted.")
  boolean follow;

  @Option(names = "--topics", description = "Print the topic tree (GetEventProperties).")
  boolean topics;

  @Option(names = "--json", description = "JSON: one document, or one object per line.")
  boolean json;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "auto, pullpoint or notify (default: auto).")
  String mode = "auto";

  @Option(
      names = "--topic",
      paramLabel = "FILTER",
      description =
          "Topic filter (ConcreteSet), e.g. tns1:VideoSource/MotionAlarm or tns1:RuleEngine//."
              + " Repeat for alternatives.")
  List<String> topicFilters = new ArrayList<>();

  @Option(
      names = "--content",
      paramLabel = "FILTER",
      description =
          "Message content filter (ItemFilter), e.g."
              + " 'boolean(//tt:SimpleItem[@Name=\"Source\" and @Value=\"VideoSource_1\"])'.")
  String content;

  @Override
  public Integer call() throws Exception {
    if (follow && topics) {
      throw new IllegalArgumentException("use either --follow or --topics");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      if (!follow) {
        TopicCatalog catalog = cam.events().topics();
        out.print(
            json ? Json.write(EventText.catalogJson(catalog)) + "\n" : EventText.tree(catalog));
        out.flush();
        return 0;
      }
      return follow(cam, out, spec.commandLine().getErr());
    }
  }

  private int follow(OnvifCamera cam, PrintWriter out, PrintWriter err) {
    EventOptions.Builder b = EventOptions.builder().mode(mode());
    topicFilters.forEach(b::topicFilter);
    b.messageContentFilter(content);
    b.onStateChange(s -> status(err, s));
    CountDownLatch stopped = new CountDownLatch(1);
    EventSubscription s = cam.events().subscribe(b.build(), e -> print(out, e));
    Thread hook =
        new Thread(
            () -> {
              s.close();
              stopped.countDown();
            },
            "jonvif-events-unsubscribe");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      s.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it unsubscribes
      }
    }
    return 0;
  }

  private EventMode mode() {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "auto" -> EventMode.AUTO;
      case "pullpoint", "pull", "pull-point" -> EventMode.PULLPOINT;
      case "notify", "push" -> EventMode.NOTIFY;
      default -> throw new IllegalArgumentException("unknown --mode: " + mode);
    };
  }

  private void status(PrintWriter err, SubscriptionState s) {
    if (!json) {
      err.println(
          switch (s) {
            case CONNECTING -> "subscribing...";
            case ACTIVE -> "subscribed; waiting for events (Ctrl-C to stop)";
            case RECOVERING -> "subscription lost; re-creating it";
            case CLOSED -> "unsubscribed";
          });
      err.flush();
    }
  }

  private void print(PrintWriter out, OnvifEvent e) {
    SensorReading r = e.sensor();
    out.println(json ? Json.write(EventText.eventJson(e, r)) : EventText.line(e, r));
    out.flush();
  }
}
