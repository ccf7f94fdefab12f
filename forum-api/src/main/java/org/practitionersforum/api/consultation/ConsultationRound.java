package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
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
 * A consultation round (CR-1 to CR-4): what a manager asked, of which forums, in which window; the
 * forums' responses; and the recommendations of the agreed ones with management's dispositions.
 * {@code toString()} shows no text and no person.
 *
 * <p>Invariants checked on construction: the round is formative; the close date is after the open
 * date; texts within their limits; forums invited once; one response per invited forum; every
 * recommendation comes from an agreed response of this round; a closed round has a closing time and
 * no undisposed recommendation (CR-4).
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableConsultationRound.class)
@JsonDeserialize(as = ImmutableConsultationRound.class)
public interface ConsultationRound {
  /** The longest topic accepted, in characters. */
  int MAX_TOPIC_LENGTH = 200;

  /** The longest question accepted, in characters. */
  int MAX_QUESTION_LENGTH = 2_000;

  /** The most questions a round asks. */
  int MAX_QUESTIONS = 20;

  /** The most forums a round invites. */
  int MAX_FORUMS = 50;

  /** The longest reason for a short window accepted, in characters. */
  int MAX_REASON_LENGTH = 2_000;

  /**
   * Returns the round's id.
   *
   * @return the id
   */
  RoundId id();

  /**
   * Returns the organisation consulting.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the manager who opened the round, whom engagement figures are kept for (CR-8).
   *
   * @return the manager's person id
   */
  @Value.Redacted
  PersonId openedBy();

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  @Value.Redacted
  String topic();

  /**
   * Returns whether the round is about planning or monitoring a service.
   *
   * @return the purpose
   */
  Purpose purpose();

  /**
   * Returns the questions.
   *
   * @return the questions
   */
  @Value.Redacted
  List<String> questions();

  /**
   * Returns the forums invited, in the order given.
   *
   * @return the forums
   */
  List<ForumId> invitedForums();

  /**
   * Returns the first day forums may respond.
   *
   * @return the date
   */
  LocalDate opensOn();

  /**
   * Returns the last day forums may respond.
   *
   * @return the date
   */
  LocalDate closesOn();

  /**
   * Returns whether the manager declared that no final decision has been taken (CR-1): always true
   * for a stored round.
   *
   * @return true
   */
  @Value.Default
  default boolean formative() {
    return true;
  }

  /**
   * Tells whether the window was shorter than the organisation's minimum when the round opened,
   * which counts against the manager (CR-2, CR-8).
   *
   * @return true if short
   */
  @Value.Default
  default boolean shortWindow() {
    return false;
  }

  /**
   * Returns the manager's reason for a short window.
   *
   * @return the reason, present exactly when the window is short
   */
  @Value.Redacted
  Optional<String> shortWindowReason();

  /**
   * Returns whether the round is open or closed.
   *
   * @return the state
   */
  RoundState state();

  /**
   * Returns when the round was opened.
   *
   * @return the instant
   */
  Instant openedAt();

  /**
   * Returns when the round was closed.
   *
   * @return the instant, present exactly when closed
   */
  Optional<Instant> closedAt();

  /**
   * Returns the forums' responses, one per forum that responded, in the order first drafted.
   *
   * @return the responses
   */
  List<ForumResponse> responses();

  /**
   * Returns the recommendations of the agreed responses, in the order received, with their
   * dispositions.
   *
   * @return the recommendations
   */
  List<Recommendation> recommendations();

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
   * Returns how the round is run (CR-2): in writing, at a meeting with managers, or through
   * representatives to a central group. A forum's response is agreed the same way in every mode
   * (CR-3).
   *
   * @return the mode; written unless set
   */
  @Value.Default
  default RoundMode mode() {
    return RoundMode.WRITTEN;
  }

  /**
   * Returns the participants' consents to their individual input being used in a forum's response
   * (CR-3): the only place a participant is named.
   *
   * @return the consents, in the order recorded
   */
  List<InputConsent> consents();

  /**
   * Returns the service the round concerns (CR-8).
   *
   * @return the service, or empty when the manager named none
   */
  Optional<ServiceId> service();

  /**
   * Returns the date the decision the round informs is due to be taken (CR-8).
   *
   * @return the date, or empty when the manager stated none
   */
  Optional<LocalDate> decisionDueOn();

  /**
   * Tells whether the round opened on or after the date its decision was due, so that forums could
   * no longer inform it: counted against the manager (CR-8).
   *
   * @return true if the open date is on or after the decision date
   */
  @JsonIgnore
  default boolean openedAfterDecision() {
    return decisionDueOn().filter(d -> !opensOn().isBefore(d)).isPresent();
  }

  /**
   * Returns a forum's response.
   *
   * @param forum the forum
   * @return its response, or empty
   */
  default Optional<ForumResponse> response(ForumId forum) {
    return responses().stream().filter(r -> r.forum().equals(forum)).findFirst();
  }

  /**
   * Returns a recommendation.
   *
   * @param id its id
   * @return the recommendation, or empty
   */
  default Optional<Recommendation> recommendation(RecommendationId id) {
    return recommendations().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns the recommendations with no published disposition.
   *
   * @return them, in the order received
   */
  @JsonIgnore
  default List<Recommendation> undisposed() {
    return recommendations().stream().filter(r -> !r.disposed()).toList();
  }

  /**
   * Returns every person the round names: the manager who opened it, every member whose agreement
   * one of its responses holds, and every participant whose consent it records. What erasure and
   * subject access look for (SEC-3), and what a store indexes to find a person's rounds.
   *
   * @return the people, in ascending order of id
   */
  @JsonIgnore
  default SortedSet<PersonId> people() {
    SortedSet<PersonId> out = new TreeSet<>();
    out.add(openedBy());
    consents().forEach(c -> out.add(c.participant()));
    for (ForumResponse r : responses()) {
      for (ResponseAgreement a : r.agreements()) {
        out.add(a.party());
      }
    }
    return out;
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming the rule broken
   */
  @Value.Check
  default void check() {
    if (!formative()) {
      throw new InvalidInputException("CR-1: a round is formative: no final decision is taken");
    }
    if (!closesOn().isAfter(opensOn())) {
      throw new InvalidInputException("CR-1: a round closes after it opens");
    }
    Texts.check(topic(), "CR-1", "the topic", MAX_TOPIC_LENGTH);
    if (questions().isEmpty()) {
      throw new InvalidInputException("CR-1: a round asks at least one question");
    }
    Texts.checkAll(questions(), "CR-1", "question", MAX_QUESTION_LENGTH, MAX_QUESTIONS);
    if (invitedForums().isEmpty() || invitedForums().size() > MAX_FORUMS) {
      throw new InvalidInputException("CR-1: a round invites 1 to " + MAX_FORUMS + " forums");
    }
    if (new HashSet<>(invitedForums()).size() != invitedForums().size()) {
      throw new InvalidInputException("CR-1: a forum is invited once");
    }
    if (shortWindow() != shortWindowReason().isPresent()) {
      throw new InvalidInputException(
          "CR-2: a round with a short window, and only one, records the reason");
    }
    shortWindowReason()
        .ifPresent(r -> Texts.check(r, "CR-2", "the reason for a short window", MAX_REASON_LENGTH));
    Set<ForumId> responded = new HashSet<>();
    for (ForumResponse r : responses()) {
      if (!invitedForums().contains(r.forum()) || !responded.add(r.forum())) {
        throw new InvalidInputException("CR-3: one response per invited forum");
      }
    }
    Set<ConsentId> consentIds = new HashSet<>();
    for (InputConsent c : consents()) {
      if (!consentIds.add(c.id()) || !invitedForums().contains(c.forum())) {
        throw new InvalidInputException("CR-3: a consent is recorded once, for an invited forum");
      }
    }
    for (ForumResponse r : responses()) {
      for (IndividualInput in : r.inputs()) {
        boolean consented =
            consents().stream()
                .anyMatch(c -> c.id().equals(in.consent()) && c.forum().equals(r.forum()));
        if (!consented) {
          throw new InvalidInputException(
              "CR-3: individual input is attached only under a consent recorded for its forum");
        }
      }
    }
    Set<RecommendationId> seen = new HashSet<>();
    for (Recommendation r : recommendations()) {
      boolean fromAgreed =
          r.id().round().equals(id())
              && response(r.id().forum())
                  .filter(f -> f.state() == ResponseState.AGREED)
                  .filter(f -> r.id().number() <= f.content().recommendations().size())
                  .isPresent();
      if (!fromAgreed || !seen.add(r.id())) {
        throw new InvalidInputException(
            "CR-3: a recommendation counts only from an agreed response of its round");
      }
    }
    if ((state() == RoundState.CLOSED) != closedAt().isPresent()) {
      throw new InvalidInputException("CR-4: a closed round, and only one, has a closing time");
    }
    if (state() == RoundState.CLOSED && !undisposed().isEmpty()) {
      throw new InvalidInputException(
          "CR-4: a round is closed only once every recommendation has a published disposition");
    }
    if (version() < 0) {
      throw new InvalidInputException("a round version cannot be negative");
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

  /** Builds {@link ConsultationRound}s. */
  final class Builder extends ImmutableConsultationRound.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ConsultationRound#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public ConsultationRound build() {
      return Checks.built(super::build);
    }
  }
}
