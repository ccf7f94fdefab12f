package org.practitionersforum.api.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * Who performs an operation and in which role. Every service operation takes an actor as its first
 * argument; the host authenticates people and builds actors, the SDK decides what each may do
 * (SEC-1).
 *
 * <p>{@code toString()} shows the role only, never the person.
 *
 * @param role the role acted in
 * @param person the host's identifier of the person acting
 */
public record Actor(@JsonProperty("role") Role role, @JsonProperty("person") PersonId person) {
  /** The identifier used by {@link #system()}. Hosts must not give a person this identifier. */
  public static final PersonId SYSTEM_PERSON = PersonId.of("system:forum-sdk");

  /**
   * Creates an actor.
   *
   * @param role the role acted in
   * @param person the host's identifier of the person acting
   * @throws org.practitionersforum.api.InvalidInputException if either argument is null, or the
   *     role is {@link Role#SYSTEM} with a person other than {@link #SYSTEM_PERSON} (use {@link
   *     #system()})
   */
  public Actor {
    Checks.notNull(role, "actor role");
    Checks.notNull(person, "actor person");
    if (role == Role.SYSTEM && !person.equals(SYSTEM_PERSON)) {
      throw new InvalidInputException(
          "SEC-1: the system actor acts only as itself; use Actor.system()");
    }
  }

  /**
   * Reads an actor from JSON: never the system actor, which only {@link #system()} makes, so that
   * no document from outside can claim the SDK's own authority (SEC-1).
   */
  @JsonCreator
  private static Actor fromJson(
      @JsonProperty("role") Role role, @JsonProperty("person") PersonId person) {
    if (role == Role.SYSTEM) {
      throw new InvalidInputException("SEC-1: the system actor cannot be read from JSON");
    }
    return new Actor(role, person);
  }

  /**
   * Returns a practitioner acting for themselves.
   *
   * @param practitioner the practitioner
   * @return the actor
   */
  public static Actor practitioner(PractitionerId practitioner) {
    return new Actor(Role.PRACTITIONER, Checks.notNull(practitioner, "practitioner id").asPerson());
  }

  /**
   * Returns a manager.
   *
   * @param person the manager
   * @return the actor
   */
  public static Actor manager(PersonId person) {
    return new Actor(Role.MANAGER, person);
  }

  /**
   * Returns a facilitator.
   *
   * @param person the facilitator
   * @return the actor
   */
  public static Actor facilitator(PersonId person) {
    return new Actor(Role.FACILITATOR, person);
  }

  /**
   * Returns a reviewer of lessons.
   *
   * @param person the reviewer
   * @return the actor
   */
  public static Actor reviewer(PersonId person) {
    return new Actor(Role.REVIEWER, person);
  }

  /**
   * Returns an administrator.
   *
   * @param person the administrator
   * @return the actor
   */
  public static Actor administrator(PersonId person) {
    return new Actor(Role.ADMINISTRATOR, person);
  }

  /**
   * Returns the SDK or host acting automatically.
   *
   * @return the system actor
   */
  public static Actor system() {
    return new Actor(Role.SYSTEM, SYSTEM_PERSON);
  }

  /**
   * Tells whether this actor is the given practitioner acting for themselves.
   *
   * @param practitioner a practitioner
   * @return true if the role is {@link Role#PRACTITIONER} and the person is that practitioner
   */
  public boolean isPractitioner(PractitionerId practitioner) {
    return role == Role.PRACTITIONER && person.value().equals(practitioner.value());
  }

  @Override
  public String toString() {
    return "Actor[" + role + "]";
  }
}
