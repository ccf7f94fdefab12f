package org.practitionersforum.core.internal.terms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.event.TermsInForce;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * TR-2 and TR-5: brings the open version into force once every party concerned has agreed it,
 * superseding the version in force, and re-evaluates when the parties change.
 */
final class Settlement {
  private static final AgreementPolicy AGREEMENT = new AgreementPolicy();

  private Settlement() {}

  /**
   * Returns the terms with the open version in force if every party concerned now has agreed it.
   *
   * @param unit the unit of work, for the time and events
   * @param forum the forum now
   * @param terms the terms
   * @return the settled terms, or {@code terms} unchanged
   */
  static ForumTerms settle(Transactor.Unit unit, Forum forum, ForumTerms terms) {
    Optional<TermsVersion> open = terms.pending().filter(v -> v.status() == TermsStatus.OPEN);
    if (open.isEmpty() || !AGREEMENT.agreedByAll(open.get(), forum)) {
      return terms;
    }
    Instant now = unit.now();
    List<TermsVersion> versions = new ArrayList<>(terms.versions());
    terms
        .inForce()
        .ifPresent(
            old ->
                versions.set(
                    old.number() - 1,
                    TermsVersion.builder()
                        .from(old)
                        .status(TermsStatus.SUPERSEDED)
                        .endedAt(now)
                        .build()));
    TermsVersion v = open.get();
    versions.set(
        v.number() - 1,
        TermsVersion.builder().from(v).status(TermsStatus.IN_FORCE).inForceAt(now).build());
    unit.emit(new TermsInForce(forum.id(), v.number(), now));
    return ForumTerms.builder().from(terms).versions(versions).build();
  }

  /**
   * Tells whether an agreement completes its version: the version is open for agreement and, with
   * this agreement, every party concerned now has agreed it in its current round (the same rule as
   * {@link #settle}, decided on the round alone).
   *
   * @param round the version's current round, before the agreement
   * @param given the agreement being recorded
   * @param forum who the forum's parties are now
   * @return true if the version comes into force with this agreement
   */
  static boolean completes(AgreementRound round, Agreement given, ForumParties forum) {
    if (round.status() != TermsStatus.OPEN || !Parties.complete(forum)) {
      return false;
    }
    for (PersonId party : Parties.of(forum).keySet()) {
      if (!party.equals(given.party()) && !round.agreedBy(party)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Re-evaluates the open version after the parties changed, in the same unit of work. Rewrites the
   * terms whenever they exist, so that a concurrent agreement checked against the old parties
   * conflicts on the terms' version and is retried with the new ones.
   *
   * @param unit the unit of work
   * @param forum the forum as stored
   */
  static void partiesChanged(Transactor.Unit unit, Forum forum) {
    Optional<ForumTerms> terms = unit.tx().terms().find(forum.id());
    if (terms.isPresent()) {
      unit.tx().terms().update(settle(unit, forum, terms.get()));
    }
  }
}
