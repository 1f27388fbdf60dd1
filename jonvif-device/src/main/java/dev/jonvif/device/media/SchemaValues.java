package dev.jonvif.device.media;

import dev.jonvif.core.types.XsDuration;
import java.time.Duration;
import java.util.List;

/** Writes XML Schema simple values (xs:float, xs:boolean, xs:duration, lists) the ONVIF way. */
final class SchemaValues {

  private SchemaValues() {}

  /** An xs:float without a needless ".0" ({@code 25}, {@code 12.5}). */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Float.toString((float) value);
  }

  static String bool(boolean b) {
    return b ? "true" : "false";
  }

  /** An xs:duration such as {@code PT1M}; never negative. */
  static String duration(Duration d) {
    return XsDuration.format(d);
  }

  /** A space-separated list (tt:IntList, tt:FloatList, tt:StringAttrList). */
  static String list(List<?> values) {
    StringBuilder sb = new StringBuilder();
    for (Object v : values) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(v instanceof Number n ? number(n.doubleValue()) : String.valueOf(v));
    }
    return sb.toString();
  }
}
