package org.practitionersforum.core.internal.consultation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.InputConsent;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.privacy.Erasure;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The consultation rounds' part in erasure and subject access (SEC-3, CR-3). A round names people
 * in two places: the manager who opened it, and the members whose agreements its forums' responses
 * hold. An agreed response is the forum's collective record: the person's agreement to it names the
 * erasure's token instead, keeping its content hash and time, so the response still shows that
 * every member agreed that exact content. An agreement to a response still in draft is the person's
 * pending assent only: it is removed, as an edit of the draft would remove it. The rounds the
 * person opened name the token, so they stay and still count under one manager (CR-8). The export
 * lists every round that names the person and how. A storage that keeps no rounds holds none, and
 * is skipped.
 */
final class ConsultationErasure implements ErasureStep {

  @Override
  public void erase(Transactor.Unit unit, Erasure erasure) {
    if (!(unit.tx() instanceof ConsultationTransaction tx)) {
      return;
    }
    PersonId person = erasure.practitioner().asPerson();
    PersonId token = erasure.token().asPerson();
    for (ConsultationRound round : tx.consultations().findNaming(person)) {
      ConsultationRound.Builder next = ConsultationRound.builder().from(round);
      if (round.openedBy().equals(person)) {
        next.openedBy(token);
        erasure.pseudonymised(ErasureCategory.CONSULTATION_ROUND_OPENER, 1);
      }
      List<InputConsent> consents = new ArrayList<>(round.consents().size());
      for (InputConsent c : round.consents()) {
        if (c.participant().equals(person)) {
          consents.add(InputConsent.builder().from(c).participant(token).build());
          erasure.pseudonymised(ErasureCategory.CONSULTATION_CONSENT, 1);
        } else {
          consents.add(c);
        }
      }
      next.consents(consents);
      List<ForumResponse> responses = new ArrayList<>(round.responses().size());
      for (ForumResponse r : round.responses()) {
        responses.add(response(r, person, token, erasure));
      }
      tx.consultations().update(next.responses(responses).build());
    }
  }

  /** The response with the person's agreement pseudonymised (agreed) or removed (draft). */
  private static ForumResponse response(
      ForumResponse r, PersonId person, PersonId token, Erasure erasure) {
    boolean agreed = r.state() == ResponseState.AGREED;
    List<ResponseAgreement> agreements = new ArrayList<>(r.agreements().size());
    boolean changed = false;
    for (ResponseAgreement a : r.agreements()) {
      if (!a.party().equals(person)) {
        agreements.add(a);
      } else if (agreed) {
        agreements.add(ResponseAgreement.builder().from(a).party(token).build());
        erasure.pseudonymised(ErasureCategory.CONSULTATION_AGREEMENT, 1);
        changed = true;
      } else {
        erasure.removed(ErasureCategory.CONSULTATION_DRAFT_AGREEMENT, 1);
        changed = true;
      }
    }
    return changed ? ForumResponse.builder().from(r).agreements(agreements).build() : r;
  }

  /** A manager who opened rounds may have no practitioner profile: the rounds still name them. */
  @Override
  public boolean holds(StorageTransaction stx, PractitionerId practitioner) {
    return stx instanceof ConsultationTransaction tx
        && !tx.consultations().findNaming(practitioner.asPerson()).isEmpty();
  }

  @Override
  public void export(StorageTransaction stx, PractitionerId practitioner, ObjectNode export) {
    if (!(stx instanceof ConsultationTransaction tx)) {
      return;
    }
    PersonId person = practitioner.asPerson();
    ObjectNode section = export.putObject("consultation");
    section.put(
        "why",
        "Consultation rounds hold your id where you agreed your forum's collective response to a"
            + " manager's round (CR-3: a response is released only when every member has agreed"
            + " its exact content), and where you opened a round as a manager, so that figures"
            + " can be kept per manager (CR-8). Erasure keeps your agreements to released"
            + " responses and the rounds you opened, naming a pseudonym instead of you, so the"
            + " forum's record stays whole; it removes your agreements to responses still in"
            + " draft. The forum's response itself is the forum's, not yours, and is not listed."
            + " Where you consented to your individual input being used in a forum's response"
            + " (CR-3), the consent holds your id; erasure makes it name a pseudonym, and your"
            + " input stays anonymised and counted only in aggregate.");
    ArrayNode items = section.putArray("rounds");
    for (ConsultationRound round : tx.consultations().findNaming(person)) {
      ObjectNode n = items.addObject();
      n.put("round", round.id().value());
      n.put("organisation", round.organisation().value());
      n.put("purpose", round.purpose().name());
      n.put("opensOn", round.opensOn().toString());
      n.put("closesOn", round.closesOn().toString());
      n.put("openedByYou", round.openedBy().equals(person));
      ArrayNode consents = n.putArray("consents");
      for (InputConsent c : round.consents()) {
        if (c.participant().equals(person)) {
          ObjectNode o =
              consents
                  .addObject()
                  .put("consent", c.id().value())
                  .put("forum", c.forum().value())
                  .put("givenAt", c.givenAt().toString());
          c.revokedAt().ifPresent(at -> o.put("revokedAt", at.toString()));
        }
      }
      ArrayNode agreements = n.putArray("agreements");
      for (ForumResponse r : round.responses()) {
        for (ResponseAgreement a : r.agreements()) {
          if (a.party().equals(person)) {
            agreements
                .addObject()
                .put("forum", r.forum().value())
                .put("responseState", r.state().name())
                .put("contentHash", a.hash().value())
                .put("agreedAt", a.at().toString());
          }
        }
      }
    }
  }
}
