package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Base64InputTest {

  private static String decode(String wire) throws IOException {
    try (Base64Input in =
        new Base64Input(new ByteArrayInputStream(wire.getBytes(StandardCharsets.US_ASCII)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void RTSS_1_1_45_lineBreaksAnywhereAreIgnored() throws IOException {
    String request = "DESCRIBE rtsp://h/c/p RTSP/1.0\r\nCSeq: 1\r\n\r\n";
    String mime =
        Base64.getMimeEncoder(8, "\r\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(request.getBytes(StandardCharsets.UTF_8));
    assertThat(mime).contains("\r\n");
    assertThat(decode(mime)).isEqualTo(request);
  }

  @Test
  void separatelyPaddedMessagesDecodeInTurn() throws IOException {
    Base64.Encoder e = Base64.getEncoder();
    String wire =
        e.encodeToString("ab".getBytes(StandardCharsets.US_ASCII))
            + e.encodeToString("cde".getBytes(StandardCharsets.US_ASCII))
            + "\n"
            + e.encodeToString("f".getBytes(StandardCharsets.US_ASCII));
    assertThat(decode(wire)).isEqualTo("abcdef");
  }

  @Test
  void nonBase64IsAnError() {
    assertThatThrownBy(() -> decode("ab$d")).isInstanceOf(IOException.class);
  }
}
