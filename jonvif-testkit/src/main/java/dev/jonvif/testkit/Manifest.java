package dev.jonvif.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code onvif-reference/MANIFEST.tsv}: tab-separated, first line the column names, fields
 * that need it quoted CSV-style ({@code "..."} with {@code ""} for a quote).
 */
final class Manifest {

  private Manifest() {}

  static List<Capture> read(Path manifest, String prefix) {
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException(manifest + " is empty");
    }
    List<String> header = fields(lines.get(0));
    int path = column(header, "path", manifest);
    int origin = column(header, "origin_repo", manifest);
    int kind = column(header, "kind", manifest);
    int root = column(header, "root_element", manifest);
    int device = column(header, "device", manifest);
    int check = column(header, "schema_check", manifest);
    List<Capture> out = new ArrayList<>(lines.size());
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = fields(line);
      if (f.size() != header.size()) {
        throw new IllegalStateException(
            manifest
                + ": "
                + f.size()
                + " fields where the header has "
                + header.size()
                + ": "
                + line);
      }
      if (f.get(path).startsWith(prefix)) {
        out.add(
            new Capture(
                f.get(path).substring(prefix.length()),
                f.get(origin),
                f.get(kind),
                f.get(root),
                f.get(device),
                f.get(check)));
      }
    }
    return List.copyOf(out);
  }

  /** The index of the first column whose name starts with {@code name}. */
  private static int column(List<String> header, String name, Path manifest) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith(name)) {
        return i;
      }
    }
    throw new IllegalStateException(manifest + " has no column " + name + ": " + header);
  }

  static List<String> fields(String line) {
    List<String> out = new ArrayList<>(16);
    int i = 0;
    int n = line.length();
    while (true) {
      StringBuilder f = new StringBuilder();
      if (i < n && line.charAt(i) == '"') {
        for (i++; i < n; i++) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              f.append('"');
              i++;
            } else {
              i++;
              break;
            }
          } else {
            f.append(c);
          }
        }
      }
      int tab = line.indexOf('\t', i);
      f.append(line, i, tab < 0 ? n : tab);
      out.add(f.toString());
      if (tab < 0) {
        return out;
      }
      i = tab + 1;
    }
  }
}
