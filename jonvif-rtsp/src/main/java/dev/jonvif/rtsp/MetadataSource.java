package dev.jonvif.rtsp;

import dev.jonvif.core.xml.XmlElement;
import java.time.Instant;

/**
 * Where a stream's ONVIF metadata comes from: asked once per {@linkplain MetadataTrack#interval()
 * interval} for the document to send, a {@code tt:MetadataStream} element (ONVIF Streaming
 * Specification §5.1.2.1) carrying e.g. PTZ status, video analytics frames or event notifications.
 * Called on the sending session's thread; must be thread-safe and fast.
 */
@FunctionalInterface
public interface MetadataSource {

  /** The document for {@code time}, a {@code tt:MetadataStream} element. */
  XmlElement document(Instant time);
}
