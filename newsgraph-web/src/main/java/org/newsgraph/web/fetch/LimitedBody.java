package org.newsgraph.web.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size limit; past it the download is cancelled and the body
 * fails with {@link TooLarge}, so that an endless or huge response costs no more than the limit.
 */
final class LimitedBody implements BodySubscriber<byte[]> {
  /** The body was larger than the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  private final long limit;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBody(long limit) {
    this.limit = limit;
  }

  /** A body that is not wanted (a redirect's, an error's): nothing is read. */
  static LimitedBody discarding() {
    return new LimitedBody(-1);
  }

  /** A body refused before it is read, e.g. for its Content-Length. */
  static LimitedBody refusing(long limit) {
    LimitedBody body = new LimitedBody(limit);
    body.result.completeExceptionally(new TooLarge(limit));
    return body;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (limit < 0 || result.isDone()) {
      s.cancel();
      result.complete(new byte[0]); // no change to a body already refused
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      subscription.cancel();
      return;
    }
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      if (out.size() + (long) n > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      byte[] chunk = new byte[n];
      b.get(chunk);
      out.write(chunk, 0, n);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable e) {
    result.completeExceptionally(e);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }
}
