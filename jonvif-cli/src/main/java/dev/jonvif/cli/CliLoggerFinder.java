package dev.jonvif.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The CLI's {@link System.Logger} backend: silent unless {@code -Djonvif.log=LEVEL} (for example
 * {@code JONVIF_JAVA_OPTS=-Djonvif.log=debug ./jonvif info ...}), then one line per record of
 * jonvif's loggers on stderr. It replaces java.util.logging in the CLI process, whose start-up
 * (LogManager, properties file) costs a noticeable part of a one-shot command. Library users keep
 * their own backend.
 */
public final class CliLoggerFinder extends System.LoggerFinder {

  private static final System.Logger.Level THRESHOLD = threshold();

  private static System.Logger.Level threshold() {
    String v = System.getProperty("jonvif.log");
    if (v == null || v.isBlank()) {
      return System.Logger.Level.OFF;
    }
    try {
      return System.Logger.Level.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return System.Logger.Level.DEBUG;
    }
  }

  @Override
  public System.Logger getLogger(String name, Module module) {
    return new StderrLogger(name);
  }

  private record StderrLogger(String name) implements System.Logger {

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isLoggable(Level level) {
      // Only jonvif's own loggers: the JDK's (e.g. "java.lang.Runtime" logging every exit with a
      // stack trace at DEBUG) would drown them.
      return THRESHOLD != Level.OFF
          && level.getSeverity() >= THRESHOLD.getSeverity()
          && name.startsWith("dev.jonvif");
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      if (isLoggable(level)) {
        PrintStream err = System.err;
        err.println("[" + level + "] " + name + ": " + msg);
        if (thrown != null) {
          thrown.printStackTrace(err);
        }
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        log(
            level,
            bundle,
            params == null || params.length == 0 ? format : MessageFormat.format(format, params),
            (Throwable) null);
      }
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
      if (isLoggable(level)) {
        log(level, (ResourceBundle) null, msgSupplier.get(), (Throwable) null);
      }
    }
  }
}
