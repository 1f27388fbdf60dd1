package dev.jonvif.hub;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One API request and its answer. Handlers run on virtual threads, so reading the body blocks
 * plainly.
 *
 * @param path the path segments after {@code /api}, e.g. {@code [cameras, abc, ptz, move]}
 */
record Exchange(
    Request request, Response response, Callback callback, String method, List<String> path) {

  /** Path segment {@code i}, or {@code ""}. */
  String seg(int i) {
    return i < path.size() ? path.get(i) : "";
  }

  String query(String name) {
    Fields f = Request.extractQueryParameters(request);
    return f.getValue(name);
  }

  String header(HttpHeader h) {
    return request.getHeaders().get(h);
  }

  String body() {
    try {
      return Content.Source.asString(request, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("cannot read the body: " + e.getMessage());
    }
  }

  com.fasterxml.jackson.databind.JsonNode json() {
    return Json.object(body());
  }

  void json(int status, Object value) {
    send(status, "application/json", Json.bytes(value));
  }

  void noContent() {
    response.setStatus(204);
    response.write(true, null, callback);
  }

  void error(int status, String code, String message) {
    json(status, new ErrorBody(code, message));
  }

  void send(int status, String contentType, byte[] bytes) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** The API error body. */
  record ErrorBody(String error, String message) {}
}
