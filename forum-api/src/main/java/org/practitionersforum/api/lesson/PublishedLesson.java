package org.practitionersforum.api.lesson;

import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * A lesson as its readers at a tier see it (LS-3): the kind of thing tried and the anonymised
 * sections cleared for that tier, never the text as written, the thread or anything about its
 * author. The forum is shown only at {@link Tier#FORUM}, whose readers are its members. {@code
 * toString()} shows no text.
 *
 * @param id the lesson id
 * @param tier the tier it is read at
 * @param kind the kind of thing tried
 * @param organisation the organisation the lesson comes from
 * @param forum the forum it comes from, present only at {@link Tier#FORUM}
 * @param sections the anonymised sections cleared for the tier
 * @param publishedAt when it was published at the tier
 * @param attribution who told it, generalised to the disclosure it passed the k-gate at (AN-4);
 *     empty for a lesson published before the k-gate recorded one
 */
public record PublishedLesson(
    LessonId id,
    Tier tier,
    LessonKind kind,
    OrganisationId organisation,
    Optional<ForumId> forum,
    LessonSections sections,
    Instant publishedAt,
    Optional<Attribution> attribution) {

  /**
   * Creates a published lesson.
   *
   * @param id the lesson id
   * @param tier the tier it is read at
   * @param kind the kind of thing tried
   * @param organisation the organisation the lesson comes from
   * @param forum the forum it comes from, present only at {@link Tier#FORUM}
   * @param sections the anonymised sections cleared for the tier
   * @param publishedAt when it was published at the tier
   * @param attribution who told it, as published, or empty
   * @throws org.practitionersforum.api.InvalidInputException naming LS-3 if an argument is missing
   *     or the forum is shown above the forum tier
   */
  public PublishedLesson {
    Checks.notNull(id, "lesson id");
    Checks.notNull(tier, "tier");
    Checks.notNull(kind, "lesson kind");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(forum, "forum");
    Checks.notNull(sections, "sections");
    Checks.notNull(publishedAt, "publication time");
    Checks.notNull(attribution, "attribution");
    if (tier != Tier.FORUM && forum.isPresent()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "LS-3: a lesson read above the forum tier does not show its forum");
    }
  }

  /**
   * Creates a published lesson without an attribution.
   *
   * @param id the lesson id
   * @param tier the tier it is read at
   * @param kind the kind of thing tried
   * @param organisation the organisation the lesson comes from
   * @param forum the forum it comes from, present only at {@link Tier#FORUM}
   * @param sections the anonymised sections cleared for the tier
   * @param publishedAt when it was published at the tier
   * @throws org.practitionersforum.api.InvalidInputException naming LS-3 if an argument is missing
   *     or the forum is shown above the forum tier
   */
  public PublishedLesson(
      LessonId id,
      Tier tier,
      LessonKind kind,
      OrganisationId organisation,
      Optional<ForumId> forum,
      LessonSections sections,
      Instant publishedAt) {
    this(id, tier, kind, organisation, forum, sections, publishedAt, Optional.empty());
  }

  /**
   * Returns a lesson as its readers at a tier see it: the tier's anonymised sections, the forum
   * only at {@link Tier#FORUM}, and the author's quasi-identifiers generalised to the tier's
   * disclosure.
   *
   * @param lesson the lesson
   * @param tier the tier
   * @return the published lesson
   * @throws org.practitionersforum.api.InvalidInputException naming LS-3 if an argument is missing
   *     or the lesson is not published at the tier
   */
  public static PublishedLesson of(Lesson lesson, Tier tier) {
    Checks.notNull(lesson, "lesson");
    Checks.notNull(tier, "tier");
    LessonTier at =
        lesson
            .tier(tier)
            .filter(LessonTier::published)
            .orElseThrow(
                () ->
                    new org.practitionersforum.api.InvalidInputException(
                        "LS-3: the lesson is not published at this tier"));
    return new PublishedLesson(
        lesson.id(),
        tier,
        lesson.kind(),
        lesson.organisation(),
        tier == Tier.FORUM ? Optional.of(lesson.forum()) : Optional.empty(),
        at.anonymised(),
        at.publishedAt().orElseThrow(),
        lesson.quasiIdentifiers().flatMap(who -> at.disclosure().map(who::at)));
  }

  /** Shows the id, tier and kind only. */
  @Override
  public String toString() {
    return "PublishedLesson[" + id + ", " + tier + ", " + kind + "]";
  }
}
