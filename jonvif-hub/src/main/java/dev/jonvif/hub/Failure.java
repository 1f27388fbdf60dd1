package dev.jonvif.hub;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;

/**
 * Why talking to a camera failed, as an API error code and one clear line.
 *
 * @param code {@code wrong_password}, {@code clock_skew}, {@code locked_out}, {@code
 *     unsupported_auth}, {@code not_onvif} or {@code unreachable}
 * @param message what happened, without secrets
 */
record Failure(String code, String message) {

  /** Classifies any failure of a camera call. */
  static Failure of(Throwable t) {
    if (t instanceof IllegalStateException s && s.getMessage() != null) {
      // e.g. "the camera offers no media service"
      return new Failure("not_onvif", s.getMessage());
    }
    OnvifException e = OnvifException.extract(t);
    return switch (e) {
      case AuthenticationException a ->
          switch (a.kind()) {
            case CLOCK_SKEW -> new Failure("clock_skew", "clock skew: " + a.reason());
            case LOCKED_OUT -> new Failure("locked_out", "locked out: " + a.reason());
            case UNSUPPORTED -> new Failure("unsupported_auth", a.reason());
            case INSUFFICIENT_PRIVILEGES ->
                new Failure(
                    "wrong_password",
                    "the camera refused the credentials (wrong password, or a user without"
                        + " enough rights): "
                        + a.reason());
            default -> new Failure("wrong_password", "wrong user name or password: " + a.reason());
          };
      case TransportException x ->
          x.httpStatus() > 0
              ? new Failure("not_onvif", "not an ONVIF device: it answered " + x.reason())
              : new Failure("unreachable", "unreachable: " + x.reason());
      case MalformedMessageException m ->
          new Failure("not_onvif", "not an ONVIF device: unreadable answer: " + m.reason());
      case SoapFaultException f -> new Failure("not_onvif", "the device refused: " + f.reason());
    };
  }

  /** The status a camera failing this way shows. */
  CameraStatus status() {
    return switch (code) {
      case "wrong_password", "locked_out", "unsupported_auth" -> CameraStatus.AUTH_ERROR;
      case "clock_skew" -> CameraStatus.CLOCK_SKEW;
      case "not_onvif" -> CameraStatus.NOT_ONVIF;
      default -> CameraStatus.UNREACHABLE;
    };
  }
}
