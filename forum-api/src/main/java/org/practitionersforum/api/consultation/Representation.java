package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * A forum's representation in its organisation's central group (CR-7): the mandates it gave its
 * members, and each representative's attendance at central meetings with their report back. One
 * aggregate per forum, under one optimistic version. {@code toString()} shows no text and no
 * person.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableRepresentation.class)
@JsonDeserialize(as = ImmutableRepresentation.class)
public interface Representation {
  /** The most mandates a forum keeps. */
  int MAX_MANDATES = 500;

  /** The most attendances a forum keeps. */
  int MAX_ATTENDANCES = 5_000;

  /**
   * Returns the forum.
   *
   * @return the forum
   */
  ForumId forum();

  /**
   * Returns the forum's organisation, whose central group it sends representatives to.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the mandates, in the order given.
   *
   * @return the mandates
   */
  List<Mandate> mandates();

  /**
   * Returns the attendances at central meetings, in the order recorded.
   *
   * @return the attendances
   */
  List<Attendance> attendances();

  /**
   * Returns the optimistic version this snapshot was read at: 0 before it is first stored.
   *
   * @return the version
   */
  @Value.Default
  default long version() {
    return 0;
  }

  /**
   * Returns the mandate a person holds on a day, if any.
   *
   * @param person the person
   * @param day the day
   * @return the mandate, or empty
   */
  default Optional<Mandate> mandateOf(PersonId person, LocalDate day) {
    return mandates().stream()
        .filter(m -> m.representative().equals(person) && m.holdsOn(day))
        .findFirst();
  }

  /**
   * Returns a mandate by number.
   *
   * @param number the number
   * @return the mandate, or empty
   */
  default Optional<Mandate> mandate(int number) {
    return mandates().stream().filter(m -> m.number() == number).findFirst();
  }

  /**
   * Returns a person's attendance at a meeting.
   *
   * @param meeting the meeting
   * @param person the person
   * @return the attendance, or empty
   */
  default Optional<Attendance> attendance(MeetingId meeting, PersonId person) {
    return attendances().stream()
        .filter(a -> a.meeting().equals(meeting) && a.representative().equals(person))
        .findFirst();
  }

  /**
   * Returns every person the representation names: what erasure and subject access look for
   * (SEC-3), and what a store indexes to find a person's representations.
   *
   * @return the people, in ascending order of id
   */
  @JsonIgnore
  default SortedSet<PersonId> people() {
    SortedSet<PersonId> out = new TreeSet<>();
    mandates().forEach(m -> out.add(m.representative()));
    attendances().forEach(a -> out.add(a.representative()));
    return out;
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-7
   */
  @Value.Check
  default void check() {
    if (mandates().size() > MAX_MANDATES || attendances().size() > MAX_ATTENDANCES) {
      throw new InvalidInputException(
          "CR-7: a forum keeps at most "
              + MAX_MANDATES
              + " mandates and "
              + MAX_ATTENDANCES
              + " attendances");
    }
    for (int i = 0; i < mandates().size(); i++) {
      if (mandates().get(i).number() != i + 1) {
        throw new InvalidInputException("CR-7: a forum's mandates are numbered 1, 2, 3 in order");
      }
    }
    Set<String> seen = new HashSet<>();
    for (Attendance a : attendances()) {
      Optional<Mandate> m = mandate(a.mandate());
      if (m.isEmpty() || !m.get().representative().equals(a.representative())) {
        throw new InvalidInputException(
            "CR-7: a representative attends under a mandate of their own");
      }
      if (!seen.add(a.meeting().value() + "\u0000" + a.representative().value())) {
        throw new InvalidInputException("CR-7: a representative attends a meeting once");
      }
    }
    if (version() < 0) {
      throw new InvalidInputException("a representation version cannot be negative");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Representation}s. */
  final class Builder extends ImmutableRepresentation.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Representation#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Representation build() {
      return Checks.built(super::build);
    }
  }
}
