package dev.jonvif.client.events.internal;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Duration;

/** How the event machinery sends one request: the camera's transport, long polls included. */
@FunctionalInterface
public interface EventCalls {

  /**
   * Sends {@code request} and returns the answer's body element.
   *
   * @param longPoll how long the camera may hold the answer ({@link Duration#ZERO} for none)
   */
  XmlElement call(URI endpoint, SoapEnvelope request, String action, Duration longPoll);
}
