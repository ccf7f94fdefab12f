package org.practitionersforum.core.internal.cpd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.privacy.Erasure;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The notes' part in erasure and subject access (SEC-3, CPD-2). Erasure removes every private note
 * the person wrote: a note is theirs alone and nothing else refers to it. The export lists them
 * whole, as the author's own export does without anonymisation. A storage that keeps no notes holds
 * none, and is skipped.
 */
final class NoteErasure implements ErasureStep {

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    if (!(unit.tx() instanceof CpdTransaction tx)) {
      return;
    }
    List<ReflectiveNote> notes = tx.notes().findByAuthor(erasure.practitioner());
    for (ReflectiveNote n : notes) {
      tx.notes().delete(n);
    }
    erasure.removed(ErasureCategory.CPD_NOTE, notes.size());
  }

  @Override
  public void export(StorageTransaction stx, PractitionerId practitioner, ObjectNode export) {
    if (!(stx instanceof CpdTransaction tx)) {
      return;
    }
    ObjectNode section = export.putObject("cpdNotes");
    section.put(
        "why",
        "Your private reflective notes on the sessions you attended (CPD-2): yours alone, kept"
            + " until you delete them or ask for erasure, which removes them.");
    ArrayNode items = section.putArray("notes");
    for (ReflectiveNote n : tx.notes().findByAuthor(practitioner)) {
      items.add(DefaultReflectiveNoteService.exported(n, t -> t));
    }
  }
}
