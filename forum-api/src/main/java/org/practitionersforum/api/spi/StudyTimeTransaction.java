package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that stores protected study time (CPD-3). A
 * storage keeps it when the transactions it hands out also implement this interface; one written
 * before study time existed still compiles and runs, and the study time service fails on it with a
 * non-retryable {@link StorageException}. Erasure skips grants on such a storage, which holds none.
 */
public interface StudyTimeTransaction {

  /**
   * Returns the study time store of this unit of work.
   *
   * @return the study time store
   */
  StudyTimeStore studyTime();
}
