package org.practitionersforum.core.internal.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The extension point of erasure and subject access (SEC-3): a capability that keeps its own
 * records naming people (the audit trail's actor ids, the identities escrowed for lessons) takes
 * part in every erasure and every export through one of these, given to {@link Privacy#create}.
 * Steps run in the order given, after the forum, terms, session and profile data are erased and in
 * the same unit of work, so an erasure is stored whole or not at all.
 *
 * <p>Implementations are thread-safe.
 */
public interface ErasureStep {

  /**
   * Erases or pseudonymises what this capability holds about the person, in the erasure's unit of
   * work, naming {@link Erasure#token()} wherever a record must stay, and counts what it did on the
   * erasure.
   *
   * @param unit the erasure's unit of work
   * @param erasure the person, the token, and the receipt's counts
   */
  void erase(Transactor.Unit unit, Erasure erasure);

  /**
   * Tells whether this capability holds anything about the person, so that someone known only here
   * (a manager with no practitioner profile who opened consultation rounds, say) can still be
   * erased and can still see what is held. The default holds nothing beyond what the profile and
   * the stores' {@code findReferences} already show.
   *
   * @param tx the unit of work
   * @param practitioner the person
   * @return true if this capability holds something naming the person
   */
  default boolean holds(StorageTransaction tx, PractitionerId practitioner) {
    return false;
  }

  /**
   * Adds what this capability holds about the person to their subject access export, under a field
   * of its own.
   *
   * @param tx the export's unit of work
   * @param practitioner the person
   * @param export the export's JSON object, to add a field to
   */
  void export(StorageTransaction tx, PractitionerId practitioner, ObjectNode export);
}
