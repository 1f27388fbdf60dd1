package dev.jonvif.discovery;

import java.net.InetSocketAddress;

/**
 * One received datagram.
 *
 * @param data the payload
 * @param source the sender
 * @param multicast whether it arrived on the multicast socket (else it was sent to us directly)
 */
record Datagram(byte[] data, InetSocketAddress source, boolean multicast) {}
