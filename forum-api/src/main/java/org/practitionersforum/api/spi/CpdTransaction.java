package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that stores members' private reflective notes
 * (CPD-2). A storage keeps notes when the transactions it hands out also implement this interface;
 * one written before notes existed still compiles and runs, and the note service fails on it with a
 * non-retryable {@link StorageException}. Erasure and subject access skip notes on such a storage,
 * which cannot hold any.
 */
public interface CpdTransaction {

  /**
   * Returns the note store of this unit of work.
   *
   * @return the note store
   */
  ReflectiveNoteStore notes();
}
