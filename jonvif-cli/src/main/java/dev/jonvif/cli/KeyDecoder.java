package dev.jonvif.cli;

/**
 * Turns the bytes a terminal sends into keys: printable characters as themselves, the arrow keys'
 * escape sequences ({@code ESC [ A} and, in application cursor mode, {@code ESC O A}) as {@link
 * #UP}, {@link #DOWN}, {@link #RIGHT} and {@link #LEFT}. Feed it one byte at a time.
 */
final class KeyDecoder {

  static final int UP = -2;
  static final int DOWN = -3;
  static final int RIGHT = -4;
  static final int LEFT = -5;

  /** Returned while a sequence is incomplete or for bytes that make no key. */
  static final int NONE = -1;

  private static final int ESC = 0x1b;

  private int state;

  /** The key completed by {@code b}, or {@link #NONE}. */
  int feed(int b) {
    switch (state) {
      case 1 -> {
        state = b == '[' || b == 'O' ? 2 : 0;
        return NONE;
      }
      case 2 -> {
        state = 0;
        return switch (b) {
          case 'A' -> UP;
          case 'B' -> DOWN;
          case 'C' -> RIGHT;
          case 'D' -> LEFT;
          default -> NONE;
        };
      }
      default -> {
        if (b == ESC) {
          state = 1;
          return NONE;
        }
        return b;
      }
    }
  }
}
