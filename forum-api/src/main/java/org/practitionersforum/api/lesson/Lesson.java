package org.practitionersforum.api.lesson;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * A lesson (LS-1): "we tried it, and it did not work", in structured sections, with the kind of
 * thing tried, the forum and organisation it comes from, its state and the thread of reviewers'
 * questions. It never names its author: the author's identity is held apart, in the author escrow,
 * until the lesson is {@link #finalised() finalised} (LS-2).
 *
 * <p>Invariants checked on construction: every section 1 to {@link #MAX_SECTION_LENGTH} characters;
 * a submitted lesson has every section and a submission time; only a submitted or withdrawn lesson
 * can be finalised; a withdrawn lesson has a withdrawal time; questions numbered 1, 2, 3, ...
 * {@code toString()} shows no section, question or answer.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableLesson.class)
@JsonDeserialize(as = ImmutableLesson.class)
public interface Lesson {
  /** The longest section accepted, in characters. */
  int MAX_SECTION_LENGTH = 4_000;

  /** The most questions a lesson's thread holds. */
  int MAX_QUESTIONS = 50;

  /**
   * Returns the lesson's id.
   *
   * @return the id
   */
  LessonId id();

  /**
   * Returns the forum the lesson comes from.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the organisation of that forum, whose access policy applies.
   *
   * @return the organisation id
   */
  OrganisationId organisation();

  /**
   * Returns the kind of thing tried.
   *
   * @return the kind
   */
  LessonKind kind();

  /**
   * Returns the sections written, each 1 to {@link #MAX_SECTION_LENGTH} characters.
   *
   * @return the sections; none unless set
   */
  @Value.Default
  default LessonSections sections() {
    return LessonSections.empty();
  }

  /**
   * Returns the state.
   *
   * @return the state
   */
  LessonState state();

  /**
   * Tells whether the author has finalised the lesson: their identity is erased from the escrow and
   * nothing links them to it any more, except the reference code they keep (LS-2).
   *
   * @return true once finalised
   */
  @Value.Default
  default boolean finalised() {
    return false;
  }

  /**
   * Returns the author's quasi-identifiers, captured from their profile at submission (AN-4), which
   * the k-gate checks at every publication. Never shown to managers, nor in an event or {@code
   * toString()}.
   *
   * @return the quasi-identifiers; empty for a draft, a withdrawn lesson, or a lesson whose
   *     author's profile was not stored at submission (such a lesson never passes the k-gate)
   */
  @Value.Redacted
  Optional<QuasiIdentifiers> quasiIdentifiers();

  /**
   * Returns the reviewers' questions and the author's answers, in the order asked.
   *
   * @return the thread
   */
  List<Question> questions();

  /**
   * Returns where the lesson stands at each tier its author consented to (LS-3), from {@link
   * Tier#FORUM} upwards without a gap: consent to a tier needs consent to the tier below.
   *
   * @return the tiers, in order; none for a draft or a withdrawn lesson
   */
  List<LessonTier> tiers();

  /**
   * Returns where the lesson stands at one tier.
   *
   * @param tier the tier
   * @return its state, or empty if the author has not consented to it
   */
  default Optional<LessonTier> tier(Tier tier) {
    return tiers().stream().filter(t -> t.tier() == tier).findFirst();
  }

  /**
   * Tells whether the lesson is published at a tier.
   *
   * @param tier the tier
   * @return true if published there
   */
  default boolean publishedAt(Tier tier) {
    return tier(tier).filter(LessonTier::published).isPresent();
  }

  /**
   * Returns when the draft was started.
   *
   * @return the instant
   */
  Instant createdAt();

  /**
   * Returns when the lesson was submitted.
   *
   * @return the instant, or empty for a draft
   */
  Optional<Instant> submittedAt();

  /**
   * Returns when the lesson was withdrawn.
   *
   * @return the instant, present exactly when the lesson is withdrawn
   */
  Optional<Instant> withdrawnAt();

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
   * Returns the sections not yet written, in the order they are told.
   *
   * @return the missing sections
   */
  @JsonIgnore
  default Set<LessonSection> missingSections() {
    return sections().missing();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming LS-1 or LS-2 if one is broken
   */
  @Value.Check
  default void check() {
    if (state() == LessonState.SUBMITTED && !missingSections().isEmpty()) {
      throw new InvalidInputException("LS-1: a submitted lesson has every section");
    }
    if (state() == LessonState.SUBMITTED && submittedAt().isEmpty()) {
      throw new InvalidInputException("LS-2: a submitted lesson has a submission time");
    }
    if (finalised() && submittedAt().isEmpty()) {
      throw new InvalidInputException("LS-2: only a submitted lesson can be finalised");
    }
    if ((state() == LessonState.WITHDRAWN) != withdrawnAt().isPresent()) {
      throw new InvalidInputException(
          "LS-4: a withdrawn lesson, and only one, has a withdrawal time");
    }
    if (questions().size() > MAX_QUESTIONS) {
      throw new InvalidInputException(
          "LS-2: a lesson's thread holds at most " + MAX_QUESTIONS + " questions");
    }
    for (int k = 0; k < questions().size(); k++) {
      if (questions().get(k).number() != k + 1) {
        throw new InvalidInputException("LS-2: a lesson's questions are numbered 1, 2, 3, ...");
      }
    }
    for (int k = 0; k < tiers().size(); k++) {
      if (tiers().get(k).tier().ordinal() != k) {
        throw new InvalidInputException(
            "LS-3: a lesson's tiers run from the forum upwards, one step at a time");
      }
      if (k > 0 && tiers().get(k).published() && !tiers().get(k - 1).published()) {
        throw new InvalidInputException(
            "LS-3: a lesson is published at a tier only once published at the tier below");
      }
    }
    if (!tiers().isEmpty() && state() != LessonState.SUBMITTED) {
      throw new InvalidInputException("LS-3: only a submitted lesson has publication tiers");
    }
    if (quasiIdentifiers().isPresent() && state() != LessonState.SUBMITTED) {
      throw new InvalidInputException(
          "AN-4: only a submitted lesson keeps its author's quasi-identifiers");
    }
    if (version() < 0) {
      throw new InvalidInputException("a lesson version cannot be negative");
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

  /** Builds {@link Lesson}s. */
  final class Builder extends ImmutableLesson.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Lesson#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Lesson build() {
      return Checks.built(super::build);
    }
  }
}
