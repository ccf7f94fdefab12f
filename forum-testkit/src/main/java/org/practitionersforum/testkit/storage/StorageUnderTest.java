package org.practitionersforum.testkit.storage;

import org.practitionersforum.api.spi.ForumStorage;

/**
 * The storage a contract suite runs against. A storage implementer's test class implements the
 * contract interfaces and this method.
 */
public interface StorageUnderTest {

  /**
   * Returns the storage under test. Each call within a test returns the same, initially empty
   * storage.
   *
   * @return the storage
   */
  ForumStorage storage();
}
