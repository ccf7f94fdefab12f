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
