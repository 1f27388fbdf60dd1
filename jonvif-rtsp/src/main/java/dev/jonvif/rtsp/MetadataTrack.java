package dev.jonvif.rtsp;

import java.time.Duration;
import java.util.Objects;

/**
 * A stream's metadata track (ONVIF Profile T: a media profile with a metadata configuration): the
 * SDP gains an {@code application} media line with {@code vnd.onvif.metadata}, and a client that
 * sets it up receives one {@code tt:MetadataStream} document per interval over RTP.
 *
 * @param interval time between documents (10 ms to 1 hour)
 * @param source the documents
 */
public record MetadataTrack(Duration interval, MetadataSource source) {

  /** Default time between documents. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  public MetadataTrack {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(source, "source");
    if (interval.compareTo(Duration.ofMillis(10)) < 0
        || interval.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("interval must be 10 ms to 1 hour: " + interval);
    }
  }

  /** A track with the default interval. */
  public static MetadataTrack of(MetadataSource source) {
    return new MetadataTrack(DEFAULT_INTERVAL, source);
  }
}
