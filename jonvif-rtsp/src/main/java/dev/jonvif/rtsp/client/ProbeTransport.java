package dev.jonvif.rtsp.client;

/** How the probe asks for the media. */
public enum ProbeTransport {
  /** RTP/AVP over UDP unicast to a local port pair. */
  UDP,
  /** RTP/AVP/TCP interleaved on the RTSP connection. */
  TCP,
  /** RTSP and interleaved RTP tunnelled through an HTTP GET/POST pair. */
  HTTP
}
