package dev.jonvif.rtsp;

/**
 * Where a stream's pictures come from: a {@link FrameRenderer} that draws each frame (the server
 * encodes it), or an {@link EncodedSource} that delivers already encoded access units.
 */
public sealed interface FrameSource permits FrameRenderer, EncodedSource {}
