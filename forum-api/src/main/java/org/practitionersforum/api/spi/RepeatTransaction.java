package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that keeps the repeat index and links (CR-6). A
 * storage matches repeats when the transactions it hands out also implement this interface; one
 * written before repeats existed still compiles and runs: its agreed responses are not matched, and
 * the repeat commands fail on it with a non-retryable {@link StorageException} naming CR-6.
 */
public interface RepeatTransaction {

  /**
   * Returns the repeat store of this unit of work.
   *
   * @return the store
   */
  RepeatStore repeats();
}
