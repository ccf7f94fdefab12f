package org.practitionersforum.tck;

import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/** The reference implementation passes the whole storage contract suite. */
class InMemoryStorageContractTest extends StorageContract {
  @Override
  protected ForumStorage createStorage() {
    return new InMemoryForumStorage();
  }
}
