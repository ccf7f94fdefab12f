package org.practitionersforum.core.internal.access;

import java.util.Optional;
import java.util.function.Supplier;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.spi.StorageTransaction;

/**
 * What an operation acts on, as far as {@link Access} needs to know: the person it concerns (the
 * practitioner joining, the party agreeing), the forum's parties as the unit of work read them, and
 * the organisation whose policy applies. Immutable.
 */
public final class Subject {
  private static final Subject NONE = new Subject(null, null, Optional::empty);

  private final PersonId person;
  private final ForumParties forum;
  private final Supplier<Optional<OrganisationId>> organisation;

  private Subject(
      PersonId person, ForumParties forum, Supplier<Optional<OrganisationId>> organisation) {
    this.person = person;
    this.forum = forum;
    this.organisation = organisation;
  }

  /**
   * Returns a subject with nothing known: the organisation's policy is the default one.
   *
   * @return the subject
   */
  public static Subject none() {
    return NONE;
  }

  /**
   * Returns a subject that is a forum, as read by the unit of work; its organisation selects the
   * policy.
   *
   * @param forum the forum
   * @return the subject
   */
  public static Subject of(Forum forum) {
    OrganisationId org = forum.organisation();
    return new Subject(null, ForumParties.of(forum), () -> Optional.of(org));
  }

  /**
   * Returns a subject that is a forum's parties, read narrowly; the organisation, read only when an
   * organisation has a policy of its own, selects the policy.
   *
   * @param parties the forum's parties
   * @param organisation reads the forum's organisation
   * @return the subject
   */
  public static Subject of(ForumParties parties, Supplier<Optional<OrganisationId>> organisation) {
    return new Subject(null, parties, organisation);
  }

  /**
   * Returns a subject of an organisation, with nothing else known.
   *
   * @param organisation the organisation
   * @return the subject
   */
  public static Subject in(OrganisationId organisation) {
    return new Subject(null, null, () -> Optional.of(organisation));
  }

  /**
   * Returns a subject concerning a person, before anything is read.
   *
   * @param person the person
   * @return the subject
   */
  public static Subject person(PersonId person) {
    return new Subject(person, null, Optional::empty);
  }

  /**
   * Returns a subject concerning a practitioner, before anything is read.
   *
   * @param practitioner the practitioner
   * @return the subject
   */
  public static Subject person(PractitionerId practitioner) {
    return person(practitioner.asPerson());
  }

  /**
   * Returns a subject concerning a practitioner whose organisation's policy applies, read from
   * their profile in the unit of work only when some organisation has a policy of its own.
   *
   * @param tx the unit of work
   * @param practitioner the practitioner
   * @return the subject
   */
  public static Subject practitioner(StorageTransaction tx, PractitionerId practitioner) {
    return person(practitioner)
        .in(() -> tx.practitioners().find(practitioner).map(PractitionerProfile::organisation));
  }

  /**
   * Returns this subject concerning a person too.
   *
   * @param concerned the person the operation concerns
   * @return the subject
   */
  public Subject about(PersonId concerned) {
    return new Subject(concerned, forum, organisation);
  }

  /**
   * Returns this subject concerning a practitioner too.
   *
   * @param concerned the practitioner the operation concerns
   * @return the subject
   */
  public Subject about(PractitionerId concerned) {
    return about(concerned.asPerson());
  }

  /**
   * Returns this subject with the organisation whose policy applies, read only when some
   * organisation has a policy of its own.
   *
   * @param org reads the organisation, or empty for the default policy
   * @return the subject
   */
  public Subject in(Supplier<Optional<OrganisationId>> org) {
    return new Subject(person, forum, org);
  }

  Optional<PersonId> person() {
    return Optional.ofNullable(person);
  }

  Optional<ForumParties> forum() {
    return Optional.ofNullable(forum);
  }

  Optional<OrganisationId> organisation() {
    return organisation.get();
  }

  @Override
  public String toString() {
    return "Subject[forum=" + (forum != null) + ", person=" + (person != null) + "]";
  }
}
