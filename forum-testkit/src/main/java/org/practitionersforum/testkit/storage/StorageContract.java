package org.practitionersforum.testkit.storage;

import org.practitionersforum.api.spi.ForumStorage;

/**
 * The whole storage contract suite in one class. To prove a storage implementation correct,
 * extend it in a test and implement {@link #createStorage()}:
 *
 * <pre>{@code
 * class MyStorageContractTest extends StorageContract {
 *   @Override
 *   protected ForumStorage createStorage() {
 *     return new MyForumStorage(freshEmptyDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>JUnit creates one instance per test, and the first call of {@link #storage()} in a test
 * calls {@link #createStorage()} once. The suite needs JUnit Jupiter, AssertJ and QuickTheories
 * on the test class path.
 */
public abstract class StorageContract implements ForumStoreContract, PractitionerStoreContract,
    UnitOfWorkContract, ConcurrencyContract, BadInputContract, ModelBasedContract,
    TermsStoreContract, TermsAgreementContract, TermsConcurrencyContract, SessionStoreContract,
    ForumHistoryContract {

  private ForumStorage storage;

  /** For subclasses. */
  protected StorageContract() {}

  /**
   * Creates the storage for one test: it must be empty (or hold nothing a test could see, such
   * as another test's data) and usable from several threads.
   *
   * @return a new, empty storage
   */
  protected abstract ForumStorage createStorage();

  @Override
  public final synchronized ForumStorage storage() {
    if (storage == null) {
      storage = createStorage();
    }
    return storage;
  }
}
