package dev.jonvif.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Joins futures, rethrowing the original failure (so the error handler sees our exceptions). */
final class Futures {

  private Futures() {}

  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
