package org.practitionersforum.tck;

import org.practitionersforum.api.spi.ForumStorage;

/**
 * The whole storage contract suite in one class. To prove a storage implementation correct, extend
 * it in a test and implement {@link #createStorage()}:
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
 * <p>JUnit creates one instance per test, and the first call of {@link #storage()} in a test calls
 * {@link #createStorage()} once. A subclass may add tests of its own that use {@link #storage()}.
 * The suite brings JUnit Jupiter's API, AssertJ and QuickTheories with it; the host adds a JUnit
 * Jupiter engine to run it. Put forum-tck on the test path only.
 */
public abstract class StorageContract
    implements ForumStoreContract,
        PractitionerStoreContract,
        KGateContract,
        UnitOfWorkContract,
        ConcurrencyContract,
        BadInputContract,
        ModelBasedContract,
        TermsStoreContract,
        TermsAgreementContract,
        TermsConcurrencyContract,
        SessionStoreContract,
        LessonStoreContract,
        LessonFeedContract,
        ConsultationStoreContract,
        ConsultationConcurrencyContract,
        ConsultationErasureContract,
        RepresentationContract,
        IndividualInputContract,
        EngagementMetricsContract,
        RepeatStoreContract,
        RepeatConcurrencyContract,
        NoteStoreContract,
        RegistrantStoreContract,
        StudyTimeContract,
        ForumHistoryContract,
        OutboxContract,
        ErasureContract,
        AuditContract {

  private ForumStorage storage;

  /** For subclasses. */
  protected StorageContract() {}

  /**
   * Creates the storage for one test: it must be empty (or hold nothing a test could see, such as
   * another test's data) and usable from several threads.
   *
   * @return a new, empty storage
   */
  protected abstract ForumStorage createStorage();

  /**
   * Returns the storage of this test, created by {@link #createStorage()} at the first call.
   *
   * @return the storage; the same instance for the whole test
   */
  @Override
  public final synchronized ForumStorage storage() {
    if (storage == null) {
      storage = createStorage();
    }
    return storage;
  }
}
