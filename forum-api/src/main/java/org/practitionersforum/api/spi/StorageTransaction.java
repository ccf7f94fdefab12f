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
}
