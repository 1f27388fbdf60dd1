package dev.jonvif.hub;

/**
 * An API failure with its HTTP status and error code: the body is {@code {"error": code, "message":
 * message}}. Cheap (no stack trace): these are expected outcomes.
 */
final class ApiError extends RuntimeException {

  final int status;
  final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, "invalid_body", message);
  }

  static ApiError unknownCamera(String id) {
    return new ApiError(404, "unknown_camera", "no camera with id " + id);
  }

  static ApiError notFound(String what) {
    return new ApiError(404, "not_found", what);
  }

  /** A camera call failed: 502 with the failure's code. */
  static ApiError camera(Failure f) {
    return new ApiError(
        switch (f.code()) {
          case "wrong_password", "locked_out", "unsupported_auth", "clock_skew" -> 422;
          default -> 502;
        },
        f.code(),
        f.message());
  }
}
