package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.anonymisation.Anonymised;

/**
 * Anonymises a batch of documents on several threads: documents are handed out one at a time to
 * helpers on the executor and to the calling thread, which works too, so a busy executor never
 * stalls the batch. Pure functions.
 */
final class BatchRun {
  private BatchRun() {}

  /**
   * Anonymises every document.
   *
   * @param documents the documents, none null
   * @param executor runs the helpers
   * @param parallelism the number of threads at most, the caller's included; at least 1
   * @param anonymise anonymises one document
   * @return the results, in the order of the documents
   * @throws ForumException what {@code anonymise} threw, on any thread
   * @throws CancellationException if the calling thread was interrupted while waiting
   * @throws IllegalStateException if {@code anonymise} threw another exception on a helper
   */
  static Anonymised[] run(
      List<CharSequence> documents,
      Executor executor,
      int parallelism,
      Function<CharSequence, Anonymised> anonymise) {
    Anonymised[] out = new Anonymised[documents.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < out.length) {
            out[i] = anonymise.apply(documents.get(i));
          }
        };
    int helpers = Math.min(parallelism - 1, Math.max(0, documents.size() - 1));
    List<AtomicBoolean> claims = new ArrayList<>();
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (int helper = 0; helper < helpers; helper++) {
      AtomicBoolean claimed = new AtomicBoolean();
      try {
        futures.add(
            CompletableFuture.runAsync(
                () -> {
                  if (claimed.compareAndSet(false, true)) {
                    work.run();
                  }
                },
                executor));
        claims.add(claimed);
      } catch (RejectedExecutionException e) {
        break;
      }
    }
    work.run();
    for (int helper = 0; helper < futures.size(); helper++) {
      // A helper that never started is not waited for: the caller did its share.
      if (claims.get(helper).compareAndSet(false, true)) {
        continue;
      }
      try {
        futures.get(helper).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException(
            "the batch was interrupted before every document was anonymised");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof ForumException fe) {
          throw fe;
        }
        throw new IllegalStateException("a batch worker failed", e.getCause());
      }
    }
    return out;
  }
}
