package org.practitionersforum.api.spi;

import java.time.Instant;
import java.util.List;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Finds what the privacy service needs for erasure, subject access and retention (SEC-3): every
 * aggregate that names a person, and the forums closed before a time. Part of a {@link
 * StorageTransaction}; the answers belong to the unit of work like every other read, so they see
 * the unit's own writes.
 *
 * <p>The store only finds: the privacy service changes what it found through the aggregate stores
 * ({@link ForumStore#update}, {@link TermsStore#update}, {@link SessionStore#update} and {@link
 * SessionStore#delete}, {@link PractitionerStore#update} and {@link PractitionerStore#delete}), so
 * that every change is version-checked like any other write.
 */
public interface ErasureStore {

  /**
   * Finds every stored aggregate that names a person, by the host identifier the person's {@link
   * PersonId} and {@link org.practitionersforum.api.practitioner.PractitionerId} share.
   *
   * <p>Contract: a forum is listed if the person is one of its members, holds one of its open
   * invitations, is or was its facilitator, or is its sponsor; a forum's terms if the person is the
   * party of one of their agreements or objections; a session if it records the person's
   * attendance, whatever its status; a profile if the person is its line manager. A profile of the
   * person themselves is not listed (read it with {@link PractitionerStore#find}).
   *
   * @param person the person
   * @return what names the person, each list in ascending order of id, possibly all empty
   */
  PersonReferences findReferences(PersonId person);

  /**
   * Finds the forums that closed before a time: their current state is {@code CLOSED} and the state
   * change that closed them happened before {@code closedBefore}.
   *
   * @param closedBefore the time, exclusive
   * @return the forums, in ascending order of id
   */
  List<ClosedForum> findClosedBefore(Instant closedBefore);
}
