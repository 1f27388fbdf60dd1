package dev.jonvif.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Time from raising a simulated motion event to the hub's first SSE {@code sensor} update for it
 * (same camera id, same state), read from the hub's event stream.
 */
final class EventLatency implements AutoCloseable {

  private final Map<String, Long> raisedAt = new ConcurrentHashMap<>();
  private final List<Long> samples = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private EventLatency(String url, String authorization) {
    HttpClient http = HttpClient.newHttpClient();
    this.reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    var lines =
                        http.send(
                                HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", authorization)
                                    .build(),
                                HttpResponse.BodyHandlers.ofLines())
                            .body();
                    boolean sensor = false;
                    for (var it = lines.iterator(); it.hasNext(); ) {
                      String line = it.next();
                      if (line.startsWith("event: ")) {
                        sensor = line.equals("event: sensor");
                      } else if (sensor
                          && line.startsWith("data: ")
                          && line.contains("\"kind\":\"motion\"")) {
                        long now = System.nanoTime();
                        String state = line.contains("\"state\":true") ? "true" : "false";
                        int i = line.indexOf("\"cameraId\":\"") + 12;
                        String id = line.substring(i, line.indexOf('"', i));
                        Long t = raisedAt.remove(id + "|" + state);
                        if (t != null) {
                          samples.add(now - t);
                        }
                      }
                    }
                  } catch (Exception e) {
                    // closed
                  }
                });
  }

  static EventLatency listen(String url, String authorization) {
    return new EventLatency(url, authorization);
  }

  /** Records that an event for hub camera {@code id} was raised now. */
  void raised(String id, boolean state) {
    raisedAt.put(id + "|" + state, System.nanoTime());
  }

  List<Long> samples() {
    return List.copyOf(samples);
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
