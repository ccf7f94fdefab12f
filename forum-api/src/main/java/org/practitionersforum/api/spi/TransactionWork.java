package org.practitionersforum.api.spi;

/**
 * Work done inside one unit of work of a {@link ForumStorage}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionWork<T> {

  /**
   * Does the work.
   *
   * @param tx the open unit of work; valid only during this call
   * @return the result
   */
  T execute(StorageTransaction tx);
}
