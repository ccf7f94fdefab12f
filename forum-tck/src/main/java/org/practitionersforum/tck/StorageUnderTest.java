package org.practitionersforum.tck;

import org.practitionersforum.api.spi.ForumStorage;

/**
 * The storage a contract test runs against. Every contract interface extends it, and its one method
 * is all the contracts ask of a test class.
 *
 * <p>{@link #storage()} returns, within one test, always the same storage, empty when the test
 * starts. {@link StorageContract} does this for you from a single factory method; a host that wants
 * only some of the contracts (or adds its own tests beside them) may instead implement this
 * interface and the contract interfaces it wants in a test class of its own.
 */
public interface StorageUnderTest {

  /**
   * Returns the storage under test: the same instance for the whole test, empty at its start,
   * usable from several threads.
   *
   * @return the storage; never null
   */
  ForumStorage storage();
}
