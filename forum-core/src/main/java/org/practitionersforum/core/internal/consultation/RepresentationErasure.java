package org.practitionersforum.core.internal.consultation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.consultation.Attendance;
import org.practitionersforum.api.consultation.Mandate;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.RepresentationTransaction;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.privacy.Erasure;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Forums' representations in erasure and subject access (SEC-3, CR-7). A representation names a
 * person as the holder of a mandate and as a representative at central meetings. Erasure makes the
 * person leave every forum first, which ends their mandates; then every mandate and attendance
 * names the erasure's token, keeping scope and dates, the forum's record, and the summaries of
 * their report backs, their own words, are removed. The export lists each with its summary. A
 * storage that keeps no representations holds none, and is skipped.
 */
final class RepresentationErasure implements ErasureStep {

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    if (!(unit.tx() instanceof RepresentationTransaction tx)) {
      return;
    }
    PersonId person = erasure.practitioner().asPerson();
    PersonId token = erasure.token().asPerson();
    for (Representation rep : tx.representations().findNaming(person)) {
      List<Mandate> mandates = new ArrayList<>(rep.mandates().size());
      for (Mandate m : rep.mandates()) {
        if (m.representative().equals(person)) {
          mandates.add(Mandate.builder().from(m).representative(token).build());
          erasure.pseudonymised(ErasureCategory.REPRESENTATIVE_MANDATE, 1);
        } else {
          mandates.add(m);
        }
      }
      List<Attendance> attendances = new ArrayList<>(rep.attendances().size());
      for (Attendance a : rep.attendances()) {
        if (a.representative().equals(person)) {
          attendances.add(
              Attendance.builder().from(a).representative(token).summary(Optional.empty()).build());
          erasure.pseudonymised(ErasureCategory.REPRESENTATIVE_ATTENDANCE, 1);
        } else {
          attendances.add(a);
        }
      }
      tx.representations()
          .update(
              Representation.builder()
                  .from(rep)
                  .mandates(mandates)
                  .attendances(attendances)
                  .build());
    }
  }

  @Override
  public void export(StorageTransaction stx, PractitionerId practitioner, ObjectNode export) {
    if (!(stx instanceof RepresentationTransaction tx)) {
      return;
    }
    PersonId person = practitioner.asPerson();
    ObjectNode section = export.putObject("representation");
    section.put(
        "why",
        "A forum keeps your id where it mandated you to represent it in your organisation's"
            + " central group, and where you attended a central meeting for it and reported back"
            + " (CR-7: a representative carries a recorded mandate and reports back after each"
            + " meeting). Erasure keeps the mandates and attendances, naming a pseudonym instead of"
            + " you, and removes the summaries of your report backs.");
    ArrayNode items = section.putArray("forums");
    for (Representation rep : tx.representations().findNaming(person)) {
      ObjectNode n = items.addObject();
      n.put("forum", rep.forum().value());
      ArrayNode mandates = n.putArray("mandates");
      for (Mandate m : rep.mandates()) {
        if (m.representative().equals(person)) {
          ObjectNode o =
              mandates
                  .addObject()
                  .put("number", m.number())
                  .put("scope", m.scope())
                  .put("startsOn", m.startsOn().toString())
                  .put("endsOn", m.endsOn().toString());
          m.endReason().ifPresent(r -> o.put("ended", r.name()));
        }
      }
      ArrayNode attendances = n.putArray("attendances");
      for (Attendance a : rep.attendances()) {
        if (a.representative().equals(person)) {
          ObjectNode o =
              attendances
                  .addObject()
                  .put("meeting", a.meeting().value())
                  .put("heldOn", a.heldOn().toString())
                  .put("reportDueBy", a.reportDueBy().toString());
          a.reportedOn().ifPresent(d -> o.put("reportedOn", d.toString()));
          a.summary().ifPresent(s -> o.put("summary", s));
        }
      }
    }
  }
}
