package org.practitionersforum.api.spi;

/**
 * The storage SPI: the root a storage implementation provides. The SDK does all its reading and
 * writing inside {@link #inTransaction units of work}, and retries them itself: one layer owns
 * retries, and it is not the storage.
 *
 * <p>Contract, checked by the testkit's storage contract suite:
 *
 * <ul>
 *   <li>A unit of work is all-or-nothing: if the work throws, none of its writes is visible, ever;
 *       if it returns, all are.
 *   <li>Inside a unit of work, reads see the unit's own writes, and a record read twice is seen at
 *       the version first read, whatever other units commit meanwhile (repeatable reads), so an
 *       update based on a read is always checked against that read.
 *   <li>Optimistic versions: an update based on a version that is no longer the stored one throws
 *       {@link ConcurrentUpdateException}, at the latest when the unit of work commits, and nothing
 *       of the unit is stored.
 *   <li>Implementations are thread-safe; concurrent units of work never lose an update.
 *   <li>Failures surface as {@link StorageException}, never as the store's own exceptions; one that
 *       may succeed if the unit of work is run again says {@link StorageException#retryable()}.
 *   <li>The work runs exactly once per call, never again inside the same call: the storage never
 *       retries. Whoever calls {@code inTransaction} decides whether to call it again after a
 *       retryable failure (the SDK's services do, within their retry policy), so anything the work
 *       gathers (such as events to publish) belongs to exactly one attempt.
 *   <li>A unit of work that joins a transaction the host owns, and meets a retryable failure,
 *       throws {@link StorageException#inHostTransaction}'s failure, which the SDK does not retry:
 *       only the host can, by running its whole transaction again.
 * </ul>
 */
public interface ForumStorage {

  /**
   * Runs work as one all-or-nothing unit.
   *
   * @param work the work; run exactly once per call, and it must not keep the transaction
   * @param <T> the result type
   * @return what the work returned
   * @throws ConcurrentUpdateException if a versioned write conflicted; nothing was stored
   * @throws StorageException if storage failed; nothing was stored. Retryable if running the work
   *     again (in a new call) may succeed; retryable by the host only, inside a host's transaction
   * @throws RuntimeException whatever the work threw; nothing was stored
   */
  <T> T inTransaction(TransactionWork<T> work);
}
