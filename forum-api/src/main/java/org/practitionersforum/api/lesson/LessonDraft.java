package org.practitionersforum.api.lesson;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * What an author writes to start a lesson (LS-1): its id, the forum it comes from, the kind of
 * thing tried and the sections written so far. Sections may be missing in a draft; a lesson is
 * submitted only with all of them. {@code toString()} shows no section text.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableLessonDraft.class)
@JsonDeserialize(as = ImmutableLessonDraft.class)
public interface LessonDraft {

  /**
   * Returns the lesson's id, chosen by the host.
   *
   * @return the id
   */
  LessonId id();

  /**
   * Returns the forum the lesson comes from; the author must be one of its members.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the kind of thing tried.
   *
   * @return the kind
   */
  LessonKind kind();

  /**
   * Returns the sections written so far.
   *
   * @return the sections; none unless set
   */
  @Value.Default
  default LessonSections sections() {
    return LessonSections.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LessonDraft}s. */
  final class Builder extends ImmutableLessonDraft.Builder {
    /** Creates an empty builder; hosts obtain one from {@link LessonDraft#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public LessonDraft build() {
      return Checks.built(super::build);
    }
  }
}
