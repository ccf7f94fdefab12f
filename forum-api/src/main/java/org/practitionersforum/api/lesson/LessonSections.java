package org.practitionersforum.api.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * The sections of a lesson written so far (LS-1): each 1 to {@link Lesson#MAX_SECTION_LENGTH}
 * characters of text. Immutable; {@code toString()} shows which sections are written, never their
 * text.
 */
public final class LessonSections {
  private static final LessonSections EMPTY =
      new LessonSections(new EnumMap<>(LessonSection.class));

  private final Map<LessonSection, String> sections;

  private LessonSections(EnumMap<LessonSection, String> sections) {
    this.sections = Collections.unmodifiableMap(sections);
  }

  /**
   * Returns no sections: a withdrawn lesson's, or a draft's before anything is written.
   *
   * @return the empty sections
   */
  public static LessonSections empty() {
    return EMPTY;
  }

  /**
   * Makes sections from a map.
   *
   * @param sections the text of each section written
   * @return the sections
   * @throws InvalidInputException naming LS-1 if the map, a key or a text is null, or a text is
   *     blank, too long or holds characters not allowed in text
   */
  @JsonCreator
  public static LessonSections of(Map<LessonSection, String> sections) {
    Checks.notNull(sections, "sections");
    EnumMap<LessonSection, String> copy = new EnumMap<>(LessonSection.class);
    for (Map.Entry<LessonSection, String> e : sections.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidInputException("LS-1: a section and its text must not be null");
      }
      String text = e.getValue();
      if (text.isBlank() || text.length() > Lesson.MAX_SECTION_LENGTH) {
        throw new InvalidInputException(
            "LS-1: the section '"
                + e.getKey().title()
                + "' must be 1 to "
                + Lesson.MAX_SECTION_LENGTH
                + " characters");
      }
      String problem = Checks.textProblem(text);
      if (problem != null) {
        throw new InvalidInputException(
            "LS-1: the section '" + e.getKey().title() + "' must not contain " + problem);
      }
      copy.put(e.getKey(), text);
    }
    return new LessonSections(copy);
  }

  /**
   * Returns the sections as a map, in the order they are told.
   *
   * @return an unmodifiable map
   */
  @JsonValue
  public Map<LessonSection, String> asMap() {
    return sections;
  }

  /**
   * Returns one section's text.
   *
   * @param section the section
   * @return its text, or empty if it is not written
   */
  public Optional<String> get(LessonSection section) {
    return Optional.ofNullable(sections.get(section));
  }

  /**
   * Returns the sections not yet written, in the order they are told.
   *
   * @return the missing sections
   */
  public Set<LessonSection> missing() {
    Set<LessonSection> out = EnumSet.allOf(LessonSection.class);
    out.removeAll(sections.keySet());
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LessonSections other && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }

  @Override
  public String toString() {
    return "LessonSections" + sections.keySet();
  }
}
