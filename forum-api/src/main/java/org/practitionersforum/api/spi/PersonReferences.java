package org.practitionersforum.api.spi;

import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.SessionId;

/**
 * The aggregates that name one person, as {@link ErasureStore#findReferences} finds them. Holds
 * identifiers of aggregates only; {@code toString()} shows the counts, never an identifier.
 *
 * @param forums the forums the person is a member, invitee, facilitator or sponsor of, by id
 * @param terms the forums whose terms hold an agreement or objection by the person, by id
 * @param sessions the sessions that record the person's attendance, by id
 * @param managedProfiles the practitioners whose line manager the person is, by id
 */
public record PersonReferences(
    List<ForumId> forums,
    List<ForumId> terms,
    List<SessionId> sessions,
    List<PractitionerId> managedProfiles) {

  /**
   * Creates the references, copying and sorting each list.
   *
   * @param forums the forums that name the person
   * @param terms the forums whose terms name the person
   * @param sessions the sessions that name the person
   * @param managedProfiles the profiles that name the person as line manager
   * @throws org.practitionersforum.api.InvalidInputException if a list is null or holds null
   */
  public PersonReferences {
    forums = sorted(Checks.noNulls(forums, "forums"));
    terms = sorted(Checks.noNulls(terms, "terms"));
    sessions = sorted(Checks.noNulls(sessions, "sessions"));
    managedProfiles = sorted(Checks.noNulls(managedProfiles, "managed profiles"));
  }

  /**
   * Tells whether nothing names the person.
   *
   * @return true if every list is empty
   */
  public boolean isEmpty() {
    return forums.isEmpty() && terms.isEmpty() && sessions.isEmpty() && managedProfiles.isEmpty();
  }

  private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
    return values.stream().distinct().sorted().toList();
  }

  @Override
  public String toString() {
    return "PersonReferences[forums="
        + forums.size()
        + ", terms="
        + terms.size()
        + ", sessions="
        + sessions.size()
        + ", managedProfiles="
        + managedProfiles.size()
        + "]";
  }
}
