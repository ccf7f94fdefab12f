package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that stores forums' representation in their
 * organisation's central group (CR-7). A storage keeps it when the transactions it hands out also
 * implement this interface; one written before representatives existed still compiles and runs, and
 * the representatives' operations fail on it with a non-retryable {@link StorageException}.
 */
public interface RepresentationTransaction {

  /**
   * Returns the representation store of this unit of work.
   *
   * @return the store
   */
  RepresentationStore representations();
}
