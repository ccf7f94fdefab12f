package org.practitionersforum.tck;

import java.util.Optional;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/** The reference implementation passes the whole storage contract suite. */
class InMemoryStorageContractTest extends StorageContract {
  @Override
  protected ForumStorage createStorage() {
    return new InMemoryForumStorage();
  }

  /** Every record the store holds, and its indexes, as JSON. */
  @Override
  public Optional<String> everythingStored() {
    return Optional.of(String.join("\n", ((InMemoryForumStorage) storage()).everythingAsJson()));
  }
}
