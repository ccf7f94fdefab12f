package org.practitionersforum.api.cpd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * What a member writes in a private reflective note on a session (CPD-2), in the sections a
 * regulator's CPD record asks for: what they learnt, why it is relevant to their practice, its
 * impact on their practice and on the people who use their services, and what they learnt from
 * discussing it with their peers.
 *
 * <p>Invariants checked on construction: what was learnt is given; every section given is 1 to
 * {@link #MAX_SECTION_LENGTH} characters, with line breaks allowed and no control or invisible
 * characters. Messages never quote the text, and {@code toString()} shows none of it.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableNoteContent.class)
@JsonDeserialize(as = ImmutableNoteContent.class)
public interface NoteContent {
  /** The longest section accepted, in characters. */
  int MAX_SECTION_LENGTH = 4_000;

  /**
   * Returns what the member learnt.
   *
   * @return the text
   */
  @Value.Redacted
  String learnt();

  /**
   * Returns why it is relevant to the member's practice.
   *
   * @return the text, or empty
   */
  @Value.Redacted
  Optional<String> relevance();

  /**
   * Returns the impact on the member's practice and on the people who use their services.
   *
   * @return the text, or empty
   */
  @Value.Redacted
  Optional<String> impact();

  /**
   * Returns what the member learnt from discussing it with their peers in the forum: the peer
   * reflection a regulator asks for. It names no one.
   *
   * @return the text, or empty
   */
  @Value.Redacted
  Optional<String> peerLearning();

  /**
   * Checks every section.
   *
   * @throws InvalidInputException naming SEC-4 if a section is blank, too long or holds a refused
   *     character
   */
  @Value.Check
  default void check() {
    Checks.text(learnt(), "what was learnt", MAX_SECTION_LENGTH);
    relevance().ifPresent(t -> Checks.text(t, "why it is relevant", MAX_SECTION_LENGTH));
    impact().ifPresent(t -> Checks.text(t, "the impact on practice", MAX_SECTION_LENGTH));
    peerLearning().ifPresent(t -> Checks.text(t, "what was learnt from peers", MAX_SECTION_LENGTH));
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NoteContent}s. */
  final class Builder extends ImmutableNoteContent.Builder {
    /** Creates an empty builder; hosts obtain one from {@link NoteContent#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if what was learnt is missing or a section is not valid
     */
    @Override
    public NoteContent build() {
      return Checks.built(super::build);
    }
  }
}
