package org.practitionersforum.core.internal.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.privacy.Erasure;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The lessons' part in erasure and subject access (SEC-3, LS-2). Erasure removes the drafts the
 * person was writing, and erases them from the author escrow of every lesson they submitted, as
 * finalising would: those lessons stay, anonymous, and their reference codes still work. The export
 * lists the lessons the escrow still holds the person as author of, with their text and threads. A
 * storage that keeps no lessons holds none, and is skipped.
 */
final class LessonErasure implements ErasureStep {
  private static final ObjectMapper JSON = ForumJson.mapper();

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    if (!(unit.tx() instanceof LessonTransaction tx)) {
      return;
    }
    int drafts = 0;
    int authorships = 0;
    for (LessonId id : tx.authorEscrow().findLessons(erasure.practitioner())) {
      tx.authorEscrow().delete(id);
      var lesson = tx.lessons().find(id);
      if (lesson.isPresent() && lesson.get().state() == LessonState.DRAFT) {
        tx.lessons().delete(lesson.get());
        drafts++;
      } else {
        authorships++;
      }
    }
    erasure.removed(ErasureCategory.LESSON_DRAFT, drafts);
    erasure.removed(ErasureCategory.LESSON_AUTHORSHIP, authorships);
  }

  @Override
  public void export(StorageTransaction stx, PractitionerId practitioner, ObjectNode export) {
    if (!(stx instanceof LessonTransaction tx)) {
      return;
    }
    ObjectNode section = export.putObject("lessons");
    section.put(
        "why",
        "You are held as the author of these lessons only so that reviewers' questions reach you"
            + " (LS-2); finalising or withdrawing a lesson, or erasure, removes the link. Lessons"
            + " you finalised are not listed: nothing links you to them.");
    ArrayNode items = section.putArray("authored");
    for (LessonId id : tx.authorEscrow().findLessons(practitioner)) {
      tx.lessons().find(id).ifPresent(l -> items.add(JSON.valueToTree(l)));
    }
  }
}
