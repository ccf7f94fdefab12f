package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * CR-3 when a forum's members change: a draft response that every remaining member has agreed is
 * released in the same unit of work as the departure (leaving, or leaving on erasure), as if the
 * last agreement had just been given. A former member's agreement is not counted. Only a response
 * the forum could still agree is released: the round open, in its window, the forum's terms in
 * force.
 *
 * <p>The rounds are found through the people they name ({@link ConsultationStore#findNaming}): a
 * draft every remaining member has agreed names each of them, so the first remaining member's
 * rounds hold every such draft of the forum. On a storage that keeps no rounds, or whose round
 * store cannot find rounds by person (the SPI's default), nothing happens and leaving still works.
 */
final class DraftRelease implements ForumChangeHook {
  private final RoundPolicy policy = new RoundPolicy();
  private final ZoneId zone;
  private final Repeats repeats;

  /**
   * Creates the hook.
   *
   * @param zone the zone of the SDK's clock, in which a round's dates are days
   * @param repeats the repeat ledger a released draft's recommendations enter (CR-6)
   */
  DraftRelease(ZoneId zone, Repeats repeats) {
    this.zone = zone;
    this.repeats = repeats;
  }

  @Override
  public void partiesChanged(Transactor.Unit unit, Forum forum) {
    if (!(unit.tx() instanceof ConsultationTransaction c)) {
      return;
    }
    ForumParties parties = ForumParties.of(forum);
    List<PersonId> members = DefaultConsultationService.parties(parties);
    if (members.isEmpty()) {
      return;
    }
    ConsultationStore store = c.consultations();
    LocalDate today = LocalDate.ofInstant(unit.now(), zone);
    List<ConsultationRound> named;
    try {
      named = store.findNaming(members.get(0));
    } catch (StorageException e) {
      if (e.retryable()) {
        throw e;
      }
      // A store that cannot find rounds by person: leaving still works; the draft stays a draft.
      return;
    }
    for (ConsultationRound round : named) {
      Optional<ForumResponse> draft =
          round.response(forum.id()).filter(r -> r.state() == ResponseState.DRAFT);
      if (draft.isEmpty()
          || !members.stream().allMatch(draft.get()::agreedBy)
          || !policy
              .answering(round, parties, unit.tx().terms().hasInForce(forum.id()), today)
              .isEmpty()) {
        continue;
      }
      store.update(DefaultConsultationService.settled(unit, round, draft.get(), members, repeats));
    }
  }
}
