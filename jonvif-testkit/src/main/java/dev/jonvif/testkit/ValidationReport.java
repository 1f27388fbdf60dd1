package dev.jonvif.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Formats validation errors for an assertion message: each error with its line, then the text. */
final class ValidationReport {

  private static final int CONTEXT = 60;

  private ValidationReport() {}

  static String describe(String what, List<SchemaError> errors, byte[] document, int maxChars) {
    String text = new String(document, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder sb = new StringBuilder();
    sb.append(what)
        .append(" is not valid against the ONVIF schemas (")
        .append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors")
        .append("):\n");
    for (SchemaError e : errors) {
      sb.append("  ").append(e).append('\n');
      if (e.line() >= 1 && e.line() <= lines.length) {
        sb.append("      near: ").append(excerpt(lines[e.line() - 1], e.column())).append('\n');
      }
    }
    sb.append("document");
    if (text.length() > maxChars) {
      sb.append(" (first ").append(maxChars).append(" of ").append(text.length()).append(" chars)");
      text = text.substring(0, maxChars) + "…";
    }
    return sb.append(":\n").append(text).toString();
  }

  /** The part of a line around a column, so an error in a one-line document can be seen. */
  private static String excerpt(String line, int column) {
    int at = column < 1 ? 0 : Math.min(column - 1, line.length());
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(line.length(), at + CONTEXT / 2);
    return (from > 0 ? "…" : "")
        + line.substring(from, to).strip()
        + (to < line.length() ? "…" : "");
  }
}
