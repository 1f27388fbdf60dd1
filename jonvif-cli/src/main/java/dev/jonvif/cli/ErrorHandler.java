package dev.jonvif.cli;

import dev.jonvif.core.OnvifException;
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
        return e.getMessage();
      }
      String m = t.getMessage();
      return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
  }
}
