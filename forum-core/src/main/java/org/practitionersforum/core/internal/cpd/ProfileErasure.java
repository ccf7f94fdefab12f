package org.practitionersforum.core.internal.cpd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.RegistrantTransaction;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.privacy.Erasure;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The registrant profiles' part in erasure and subject access (SEC-3, CPD-1). Erasure removes the
 * person's profile: it is theirs alone and nothing else refers to it. The export lists it whole. A
 * storage that keeps no profiles holds none, and is skipped.
 */
final class ProfileErasure implements ErasureStep {

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    if (!(unit.tx() instanceof RegistrantTransaction tx)) {
      return;
    }
    Optional<RegistrantProfile> found = tx.registrants().find(erasure.practitioner());
    found.ifPresent(p -> tx.registrants().delete(p));
    erasure.removed(ErasureCategory.CPD_PROFILE, found.isPresent() ? 1 : 0);
  }

  @Override
  public boolean holds(StorageTransaction stx, PractitionerId practitioner) {
    return stx instanceof RegistrantTransaction tx
        && tx.registrants().find(practitioner).isPresent();
  }

  @Override
  public void export(StorageTransaction stx, PractitionerId practitioner, ObjectNode export) {
    if (!(stx instanceof RegistrantTransaction tx)) {
      return;
    }
    Optional<RegistrantProfile> found = tx.registrants().find(practitioner);
    if (found.isEmpty()) {
      return;
    }
    ObjectNode section = export.putObject("registrantProfile");
    section.put(
        "why",
        "The regulators you recorded, with the dates their periods need, and the reflective"
            + " discussions you recorded (CPD-1): yours alone, kept until you remove them or ask"
            + " for erasure, which removes them.");
    ArrayNode registrations = section.putArray("registrations");
    for (Registration r : found.get().registrations()) {
      ObjectNode o = registrations.addObject();
      o.put("regulator", r.regulator());
      r.renewalDate().ifPresent(d -> o.put("renewalDate", d.toString()));
    }
    ArrayNode discussions = section.putArray("reflectiveDiscussions");
    for (LocalDate d : found.get().reflectiveDiscussions()) {
      discussions.add(d.toString());
    }
  }
}
