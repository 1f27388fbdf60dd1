package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDecoderTest {

  private static List<Integer> decode(byte... bytes) {
    KeyDecoder d = new KeyDecoder();
    List<Integer> keys = new ArrayList<>();
    for (byte b : bytes) {
      int k = d.feed(b & 0xff);
      if (k != KeyDecoder.NONE) {
        keys.add(k);
      }
    }
    return keys;
  }

  @Test
  void arrowsInNormalAndApplicationCursorModeAndPlainKeys() {
    assertThat(decode((byte) 0x1b, (byte) '[', (byte) 'A', (byte) 0x1b, (byte) 'O', (byte) 'D'))
        .containsExactly(KeyDecoder.UP, KeyDecoder.LEFT);
    assertThat(decode((byte) '+', (byte) 0x1b, (byte) '[', (byte) 'B', (byte) 'q'))
        .containsExactly((int) '+', KeyDecoder.DOWN, (int) 'q');
  }

  @Test
  void unknownSequencesMakeNoKey() {
    assertThat(decode((byte) 0x1b, (byte) '[', (byte) 'Z', (byte) 'h')).containsExactly((int) 'h');
    assertThat(decode((byte) 0x1b, (byte) 'x', (byte) '1')).containsExactly((int) '1');
  }
}
