package org.practitionersforum.api.audit;

import org.practitionersforum.api.security.Actor;

/**
 * The audit trail (SEC-2): an append-only record of every committed command, written in the same
 * transaction as the change, hash-chained per aggregate so that altered, removed, reordered or
 * inserted records are found. Taken from {@code ForumSdk.audit()}.
 *
 * <p>Access (SEC-1): administrators query and verify; the system actor verifies. Reading the trail
 * writes nothing. Thread-safe.
 */
public interface AuditTrail {

  /**
   * Reads one page of the records a query selects.
   *
   * @param actor who asks: an administrator
   * @param query which records, in which order, how many
   * @return the page, with the cursor of the next one if there are more
   * @throws org.practitionersforum.api.PermissionDeniedException if the actor may not read the
   *     trail (SEC-1)
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  AuditPage query(Actor actor, AuditQuery query);

  /**
   * Checks every chain, streaming the records a page at a time (memory bounded by the page and the
   * number of chains, time linear in the number of records): each record's hash, each salted digest
   * whose salt is kept, each link to the previous record, and the sequence numbers. Truncation of a
   * chain's newest records is not visible this way; see {@link #verify(Actor, AuditCheckpoint)}.
   *
   * @param actor who asks: an administrator or the system
   * @return what was checked and found
   * @throws org.practitionersforum.api.PermissionDeniedException if the actor may not verify
   *     (SEC-1)
   */
  AuditVerification verify(Actor actor);

  /**
   * Checks every chain as {@link #verify(Actor)} does, and also that every head a checkpoint names
   * is still there with its hash: a truncated chain, or a chain of which nothing is left, is
   * reported {@link AuditProblem.Kind#MISSING}.
   *
   * @param actor who asks: an administrator or the system
   * @param checkpoint a checkpoint taken earlier
   * @return what was checked and found
   * @throws org.practitionersforum.api.PermissionDeniedException if the actor may not verify
   *     (SEC-1)
   */
  AuditVerification verify(Actor actor, AuditCheckpoint checkpoint);

  /**
   * Takes a checkpoint of every chain's head, for the host to store elsewhere.
   *
   * @param actor who asks: an administrator or the system
   * @return the checkpoint
   * @throws org.practitionersforum.api.PermissionDeniedException if the actor may not verify
   *     (SEC-1)
   */
  AuditCheckpoint checkpoint(Actor actor);
}
