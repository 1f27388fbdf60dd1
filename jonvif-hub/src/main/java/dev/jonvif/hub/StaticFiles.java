package dev.jonvif.hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The web UI: files from the jar's {@code web/} folder; {@code /} is {@code index.html}. */
final class StaticFiles {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "json", "application/json",
          "ico", "image/x-icon",
          "webmanifest", "application/manifest+json",
          "yaml", "application/yaml");

  private StaticFiles() {}

  /** Serves {@code path}; whether a file was found. */
  static boolean serve(String path, Response response, Callback callback) throws IOException {
    String p = path.equals("/") || path.isEmpty() ? "/index.html" : path;
    if (p.contains("..") || p.contains("//") || p.contains("\\")) {
      return false;
    }
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("web" + p)) {
      if (in == null) {
        return false;
      }
      byte[] bytes = in.readAllBytes();
      String ext = p.substring(p.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      response.setStatus(200);
      response
          .getHeaders()
          .put(HttpHeader.CONTENT_TYPE, TYPES.getOrDefault(ext, "application/octet-stream"));
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      response.getHeaders().put("X-Content-Type-Options", "nosniff");
      response.write(true, ByteBuffer.wrap(bytes), callback);
      return true;
    }
  }
}
