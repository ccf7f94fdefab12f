package org.practitionersforum.api.lesson;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * A reviewer's clarifying question on a submitted lesson and the author's answer (LS-2). The thread
 * names nobody: neither the reviewer who asked nor the author who answered. {@code toString()}
 * shows neither text.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableQuestion.class)
@JsonDeserialize(as = ImmutableQuestion.class)
public interface Question {
  /** The longest question accepted. */
  int MAX_QUESTION_LENGTH = 2_000;

  /** The longest answer accepted. */
  int MAX_ANSWER_LENGTH = 4_000;

  /**
   * Returns the question's number in its lesson's thread.
   *
   * @return the number, from 1
   */
  int number();

  /**
   * Returns the question.
   *
   * @return the text
   */
  @Value.Redacted
  String text();

  /**
   * Returns when it was asked.
   *
   * @return the instant
   */
  Instant askedAt();

  /**
   * Returns the author's answer.
   *
   * @return the answer, or empty while unanswered
   */
  @Value.Redacted
  Optional<String> answer();

  /**
   * Returns when it was answered.
   *
   * @return the instant, present exactly when the answer is
   */
  Optional<Instant> answeredAt();

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming LS-2 if one is broken
   */
  @Value.Check
  default void check() {
    if (number() < 1) {
      throw new InvalidInputException("LS-2: questions are numbered from 1");
    }
    Checks.text(text(), "question", MAX_QUESTION_LENGTH);
    answer().ifPresent(a -> Checks.text(a, "answer", MAX_ANSWER_LENGTH));
    if (answer().isPresent() != answeredAt().isPresent()) {
      throw new InvalidInputException("LS-2: an answer has a time, and only an answer has one");
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

  /** Builds {@link Question}s. */
  final class Builder extends ImmutableQuestion.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Question#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Question build() {
      return Checks.built(super::build);
    }
  }
}
