package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that stores consultation rounds (CR-1 to CR-4).
 * A storage keeps rounds when the transactions it hands out also implement this interface; one
 * written before rounds existed still compiles and runs, and the consultation service fails on it
 * with a non-retryable {@link StorageException}.
 */
public interface ConsultationTransaction {

  /**
   * Returns the consultation store of this unit of work.
   *
   * @return the store
   */
  ConsultationStore consultations();
}
