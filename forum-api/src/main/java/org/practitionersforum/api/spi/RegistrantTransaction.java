package org.practitionersforum.api.spi;

/**
 * The optional part of a {@link StorageTransaction} that stores practitioners' registrant profiles
 * (CPD-1). A storage keeps profiles when the transactions it hands out also implement this
 * interface; one written before profiles existed still compiles and runs: the CPD service's methods
 * that use a stored profile fail on it with a non-retryable {@link StorageException}, and erasure
 * and subject access skip profiles, which such a storage cannot hold.
 */
public interface RegistrantTransaction {

  /**
   * Returns the registrant profile store of this unit of work.
   *
   * @return the profile store
   */
  RegistrantProfileStore registrants();
}
