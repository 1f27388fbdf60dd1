package dev.jonvif.device;

/**
 * A plain-HTTP resource a service module serves next to its SOAP endpoint, such as the snapshot
 * JPEG. GET requests whose path starts with {@link #pathPrefix()} come here after HTTP Digest
 * authentication and the access-class check (a {@link AccessClass#PRE_AUTH} resource is open).
 */
public interface HttpResource {

  /** The path prefix, e.g. {@code /onvif/snapshot/}. */
  String pathPrefix();

  /** Who may GET it. */
  AccessClass accessClass();

  /** Answers a GET. Throw nothing: answer 404 and the like as replies. */
  Reply get(ResourceRequest request);

  /**
   * One GET request.
   *
   * @param camera the camera (by the port the request arrived on)
   * @param path the decoded path
   * @param query the raw query string, or {@code null}
   * @param caller who asked
   * @param endpoint the scheme, host and port the client used
   */
  record ResourceRequest(
      VirtualCamera camera, String path, String query, Caller caller, ClientEndpoint endpoint) {}

  /** The answer: status, content type and body. */
  record Reply(int status, String contentType, byte[] body) {

    public static Reply notFound(String message) {
      return new Reply(
          404,
          "text/plain; charset=utf-8",
          message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
