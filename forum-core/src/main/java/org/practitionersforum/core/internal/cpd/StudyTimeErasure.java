package org.practitionersforum.core.internal.cpd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.practitionersforum.api.cpd.StudyTimeGrant;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.StudyTimeTransaction;
import org.practitionersforum.core.internal.privacy.Erasure;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Protected study time's part in erasure and subject access (SEC-3, CPD-3). Erasure removes the
 * person's own grant. Their past use is not stored apart from their attendance: once their
 * practitioner profile is erased they belong to no base's group, and once they leave every forum to
 * no forum's, so their use drops out of every total. The export shows their own grant. A storage
 * that keeps no study time is skipped.
 */
final class StudyTimeErasure implements ErasureStep {

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    if (!(unit.tx() instanceof StudyTimeTransaction tx)) {
      return;
    }
    Optional<StudyTimeGrant> found = tx.studyTime().findGrant(erasure.practitioner());
    found.ifPresent(g -> tx.studyTime().deleteGrant(g));
    erasure.removed(ErasureCategory.STUDY_TIME_GRANT, found.isPresent() ? 1 : 0);
  }

  @Override
  public boolean holds(StorageTransaction stx, PractitionerId practitioner) {
    return stx instanceof StudyTimeTransaction tx
        && tx.studyTime().findGrant(practitioner).isPresent();
  }

  @Override
  public void export(StorageTransaction stx, PractitionerId practitioner, ObjectNode export) {
    if (!(stx instanceof StudyTimeTransaction tx)) {
      return;
    }
    Optional<StudyTimeGrant> found = tx.studyTime().findGrant(practitioner);
    if (found.isEmpty()) {
      return;
    }
    ObjectNode section = export.putObject("studyTimeGrant");
    section.put(
        "why",
        "The protected study time your organisation granted you a year, replacing its default"
            + " (CPD-3): kept until it is removed or you ask for erasure, which removes it.");
    section.put("organisation", found.get().organisation().value());
    section.put("minutesAYear", found.get().grant().toMinutes());
  }
}
