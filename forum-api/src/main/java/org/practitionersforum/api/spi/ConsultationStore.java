package org.practitionersforum.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Stores {@link ConsultationRound}s whole, with their responses, agreements, recommendations and
 * dispositions, under one optimistic version per round. Part of a {@link ConsultationTransaction}.
 */
public interface ConsultationStore {

  /**
   * Reads a round.
   *
   * @param id the round id
   * @return the round at its stored version, or empty
   */
  Optional<ConsultationRound> find(RoundId id);

  /**
   * Stores a new round.
   *
   * @param round the round, at version 0
   * @return the stored round, at version 1
   * @throws org.practitionersforum.api.DuplicateException if a round with that id exists
   * @throws IllegalArgumentException if the version is not 0
   */
  ConsultationRound insert(ConsultationRound round);

  /**
   * Replaces a stored round, whole.
   *
   * @param round the new content, carrying the version it was read at
   * @return the stored round, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the round's version
   * @throws org.practitionersforum.api.NotFoundException if there is no such round
   */
  ConsultationRound update(ConsultationRound round);

  /**
   * Lists an organisation's rounds that closed on or before a date and still hold a recommendation
   * with no published disposition (CR-4): what the overdue query reads, without scanning other
   * organisations' rounds or rounds with nothing outstanding.
   *
   * @param organisation the organisation
   * @param closedOnOrBefore the latest close date to include
   * @return the rounds, in ascending order of id
   */
  List<ConsultationRound> findUndisposed(OrganisationId organisation, LocalDate closedOnOrBefore);

  /**
   * Lists the rounds that name a person (SEC-3): as the manager who opened them, or as a member
   * whose agreement one of their responses holds ({@link ConsultationRound#people()}). What erasure
   * and subject access read, without scanning every round.
   *
   * <p>The default refuses, so that a store written before erasure reached consultation rounds
   * still compiles; erasure and subject access then fail on it as a whole, changing nothing.
   *
   * @param person the person
   * @return the rounds, as this unit of work sees them, in ascending order of id
   * @throws StorageException if this store cannot find rounds by person
   */
  default List<ConsultationRound> findNaming(PersonId person) {
    throw new StorageException(
        "SEC-3: this store cannot find the consultation rounds that name a person", false, null);
  }

  /**
   * Lists an organisation's rounds run as a meeting with managers (CR-2), for the meeting schedule.
   *
   * <p>The default refuses, so that a store written before meeting rounds existed still compiles;
   * the meeting schedule then fails on it, changing nothing.
   *
   * @param organisation the organisation
   * @return the rounds of mode {@link org.practitionersforum.api.consultation.RoundMode#MEETING},
   *     in ascending order of id
   * @throws StorageException if this store cannot list meeting rounds
   */
  default List<ConsultationRound> findMeetings(OrganisationId organisation) {
    throw new StorageException(
        "CR-2: this store cannot list an organisation's meeting rounds", false, null);
  }

  /**
   * Computes an organisation's exact engagement figures (CR-8) per manager and per service, over
   * the rounds whose open date is from {@code from} to {@code to}, both included; a recommendation
   * is overdue when it has no published disposition and its round closed on or before {@code
   * overdueClosedOnOrBefore}. See {@link EngagementTally} for each figure. A store computes them in
   * the database where it has one, without reading the rounds' documents.
   *
   * <p>The default refuses, so that a store written before engagement metrics still compiles; the
   * metrics then fail on it as a whole.
   *
   * @param organisation the organisation
   * @param from the first open date included
   * @param to the last open date included, not before {@code from}
   * @param overdueClosedOnOrBefore the latest close date of a round whose undisposed
   *     recommendations are overdue
   * @return the figures, over the rounds as this unit of work sees them
   * @throws StorageException if this store cannot compute engagement metrics
   */
  default EngagementTallies engagement(
      OrganisationId organisation,
      LocalDate from,
      LocalDate to,
      LocalDate overdueClosedOnOrBefore) {
    throw new StorageException(
        "CR-8: this store cannot compute consultation engagement metrics", false, null);
  }
}
