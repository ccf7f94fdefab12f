package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that stores lessons (LS-1 to LS-4). A storage
 * keeps lessons when the transactions it hands out also implement this interface; one written
 * before lessons existed still compiles and runs, and the lesson service fails on it with a
 * non-retryable {@link StorageException}. Erasure and subject access skip lessons on such a
 * storage, which cannot hold any.
 *
 * <p>The two stores are apart on purpose: the author escrow is never joined into a lesson read.
 */
public interface LessonTransaction {

  /**
   * Returns the lesson store of this unit of work.
   *
   * @return the lesson store
   */
  LessonStore lessons();

  /**
   * Returns the author escrow of this unit of work: who wrote which lesson, until the lesson is
   * finalised (LS-2).
   *
   * @return the author escrow store
   */
  AuthorEscrowStore authorEscrow();
}
