package org.practitionersforum.testkit.storage;

import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/** Runs the terms and session store contracts against the in-memory storage. */
class InMemoryStorageContractTest implements TermsStoreContract, SessionStoreContract {
  private final ForumStorage storage = new InMemoryForumStorage();

  @Override
  public ForumStorage storage() {
    return storage;
  }
}
