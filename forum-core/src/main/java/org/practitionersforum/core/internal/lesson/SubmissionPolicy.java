package org.practitionersforum.core.internal.lesson;

import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.Question;

/**
 * The rules of a lesson's life (LS-1, LS-2): only a draft is edited or submitted, and only with
 * every section written; only a submitted lesson is answered for or finalised, and only once every
 * question is answered. Each check lists every violation at once. Stateless.
 */
final class SubmissionPolicy {

  /** Refuses a lesson that is not a draft. */
  void requireDraft(Lesson lesson) {
    if (lesson.state() != LessonState.DRAFT) {
      throw new RuleViolationException(List.of(notDraft()));
    }
  }

  /** Refuses a lesson that cannot be submitted, listing every reason. */
  void requireSubmittable(Lesson lesson) {
    List<Violation> violations = new ArrayList<>();
    if (lesson.state() != LessonState.DRAFT) {
      violations.add(notDraft());
    }
    for (LessonSection missing : lesson.missingSections()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_SECTION_MISSING,
              "the section '" + missing.title() + "' is not written yet"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  /** The violations of a lesson that must be submitted and not finalised. */
  List<Violation> submittedOnly(Lesson lesson) {
    List<Violation> violations = new ArrayList<>();
    if (lesson.state() != LessonState.SUBMITTED) {
      violations.add(
          Violation.of(ViolationCode.LESSON_STATE, "the lesson is not submitted for review"));
    }
    if (lesson.finalised()) {
      violations.add(
          Violation.of(ViolationCode.LESSON_FINALISED, "the lesson is finalised already"));
    }
    return violations;
  }

  /** Refuses a lesson that cannot be finalised, listing every reason. */
  void requireFinalisable(Lesson lesson) {
    List<Violation> violations = submittedOnly(lesson);
    for (Question q : lesson.questions()) {
      if (q.answer().isEmpty()) {
        violations.add(
            Violation.of(
                ViolationCode.LESSON_QUESTION,
                "question " + q.number() + " is unanswered; answer every question first"));
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  private static Violation notDraft() {
    return Violation.of(
        ViolationCode.LESSON_STATE, "only a draft is edited or submitted; this lesson is not one");
  }
}
