package dev.jonvif.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit; beyond it, cancels the download and fails with {@link
 * BodyTooLargeException}, so a hostile or broken camera cannot exhaust memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  /** The body grew beyond the limit. */
  static final class BodyTooLargeException extends RuntimeException {
    private final long limit;

    BodyTooLargeException(long limit) {
      super("response body exceeds " + limit + " bytes", null, false, false);
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final boolean declaredTooLarge;
  private Flow.Subscription subscription;

  LimitedBodySubscriber(long limit, boolean declaredTooLarge) {
    this.limit = limit;
    this.declaredTooLarge = declaredTooLarge;
  }

  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new LimitedBodySubscriber(limit, declared > limit);
    };
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (declaredTooLarge) {
      s.cancel();
      result.completeExceptionally(new BodyTooLargeException(limit));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      int n = b.remaining();
      if (buffer.size() + (long) n > limit) {
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException(limit));
        return;
      }
      byte[] chunk = new byte[n];
      b.get(chunk);
      buffer.write(chunk, 0, n);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }
}
