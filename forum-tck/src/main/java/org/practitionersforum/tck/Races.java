package org.practitionersforum.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts tasks on real threads at the same moment, for the concurrency contracts. */
final class Races {
  private Races() {}

  /**
   * Runs the tasks together on the pool, released by one latch once all are submitted.
   *
   * @param pool the threads (at least as many as the tasks, for them to truly race)
   * @param tasks the tasks
   * @return each task's outcome in order: its result, or what it threw
   * @throws AssertionError if a task does not finish within two minutes or the wait is interrupted
   */
  static List<Object> together(ExecutorService pool, List<? extends Callable<?>> tasks) {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<?> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return (Object) task.call();
              }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> f : futures) {
      try {
        outcomes.add(f.get(2, TimeUnit.MINUTES));
      } catch (ExecutionException e) {
        outcomes.add(e.getCause());
      } catch (InterruptedException | TimeoutException e) {
        throw new AssertionError("a racing task did not finish", e);
      }
    }
    return outcomes;
  }
}
