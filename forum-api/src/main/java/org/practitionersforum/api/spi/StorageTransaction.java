package org.practitionersforum.api.spi;

/**
 * An open unit of work: the stores, all bound to the same all-or-nothing transaction. Valid only
 * inside {@link ForumStorage#inTransaction}; not thread-safe.
 */
public interface StorageTransaction {

  /**
   * Returns the forum store of this unit of work.
   *
   * @return the forum store
   */
  ForumStore forums();

  /**
   * Returns the practitioner profile store of this unit of work.
   *
   * @return the practitioner store
   */
  PractitionerStore practitioners();

  /**
   * Returns the terms-of-reference store of this unit of work.
   *
   * @return the terms store
   */
  TermsStore terms();

  /**
   * Returns the session store of this unit of work.
   *
   * @return the session store
   */
  SessionStore sessions();

  /**
   * Returns the outbox of this unit of work.
   *
   * @return the outbox store
   */
  OutboxStore outbox();

  /**
   * Registers an action to run once the transaction that holds this unit's writes has committed: at
   * once after the commit when the unit runs in its own transaction, or when the host's transaction
   * commits when the unit joined one. It never runs if that transaction rolls back. A storage that
   * cannot learn when a host's transaction commits never runs it; the SDK then relies on its outbox
   * being read later. Actions run in registration order; one that throws is logged by type and does
   * not stop the others.
   *
   * @param action the action
   */
  void afterCommit(Runnable action);

  /**
   * Returns the store that finds what erasure, subject access and retention need (SEC-3).
   *
   * <p>The default refuses: a store written before erasure existed still compiles, and the privacy
   * service fails on it with a non-retryable {@link StorageException} instead of erasing part of a
   * person's data.
   *
   * @return the erasure store
   * @throws StorageException if this storage does not support erasure
   */
  default ErasureStore erasure() {
    throw new StorageException(
        "SEC-3: this storage does not support erasure, subject access or retention", false, null);
  }

  /**
   * Returns the audit store of this unit of work (SEC-2). The default is for stores written before
   * the audit trail: it refuses, and an SDK on such a store must be built with {@code
   * audit(false)}.
   *
   * @return the audit store
   * @throws StorageException if this storage keeps no audit trail
   */
  default AuditStore audit() {
    throw new StorageException(
        "SEC-2: this storage keeps no audit trail; build the SDK with audit(false)", false, null);
  }
}
