package dev.jonvif.cli;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure into one clear line on stderr and a non-zero exit code. */
final class ErrorHandler implements IExecutionExceptionHandler {

  static final int EXIT_FAILURE = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    cl.getErr().println("jonvif: " + Messages.describe(ex));
    if (Boolean.getBoolean("jonvif.debug")) {
      ex.printStackTrace(cl.getErr());
    }
    return EXIT_FAILURE;
  }

  /** Human-readable one-line descriptions of failures. */
  static final class Messages {
    private Messages() {}

    static String describe(Throwable t) {
      if (t instanceof OnvifException e) {
        return describe(e);
      }
      if (t instanceof NoSuchFileException e) {
        return "no such file: " + e.getFile();
      }
      if (t instanceof IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
      String m = t.getMessage();
      return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static String describe(OnvifException e) {
      String where = where(e.context());
      return switch (e) {
        case AuthenticationException a -> "authentication failed: " + authReason(a);
        case TransportException x ->
            x.httpStatus() > 0
                ? "the camera answered " + x.reason() + where
                : "cannot reach the camera: " + x.reason() + where;
        case SoapFaultException f ->
            "the camera refused" + operation(e.context()) + ": " + f.reason();
        case MalformedMessageException m ->
            "the camera sent an unreadable answer" + operation(e.context()) + ": " + m.reason();
      };
    }

    private static String authReason(AuthenticationException a) {
      String r = a.reason();
      if (a.kind() == AuthenticationException.Kind.CLOCK_SKEW) {
        int semi = r.indexOf(';');
        return (semi < 0 ? r : r.substring(0, semi)) + "; retry with --sync-time or fix its NTP";
      }
      return r;
    }

    private static String operation(ErrorContext c) {
      if (c.action() == null) {
        return "";
      }
      int slash = c.action().lastIndexOf('/');
      return " " + (slash >= 0 ? c.action().substring(slash + 1) : c.action());
    }

    private static String where(ErrorContext c) {
      String op = operation(c);
      if (c.endpoint() == null) {
        return op.isEmpty() ? "" : " (" + op.strip() + ")";
      }
      return " (" + (op.isEmpty() ? "" : op.strip() + " at ") + c.endpoint() + ")";
    }
  }
}
