package dev.jonvif.rtsp.wire;

/**
 * One thing read from an RTSP connection: a request, a response or an interleaved binary frame
 * ({@code $} channel length data, RFC 2326 §10.12).
 */
public sealed interface RtspItem permits RtspRequest, RtspResponse, InterleavedFrame {}
