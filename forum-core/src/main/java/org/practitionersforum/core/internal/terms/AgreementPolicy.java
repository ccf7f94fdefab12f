package org.practitionersforum.core.internal.terms;

import java.util.Locale;
import java.util.Map;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * TR-2 and TR-3: who is a party, to which version they may agree or object, and when a version
 * comes into force (that each party acts for themselves is the access policy's to decide).
 * Agreement is explicit, by each party for themselves, to the exact version named by its content
 * hash; a version comes into force only when every party concerned has agreed it in its current
 * round. There is no majority, no default and no timeout.
 */
final class AgreementPolicy {

  /**
   * Returns the role of a party concerned, refusing anyone who is not a party. Whether the actor
   * may act as that party is the access policy's to decide (TR-2).
   *
   * @param forum the forum
   * @param party the party
   * @return the party's role
   * @throws RuleViolationException with {@code NOT_A_PARTY} if the person is not a party
   */
  PartyRole roleOf(Forum forum, PersonId party) {
    return roleOf(ForumParties.of(forum), party);
  }

  /**
   * Returns the role of a party concerned, from a narrow read of the forum, refusing anyone who is
   * not a party.
   *
   * @param forum who the forum's parties are
   * @param party the party
   * @return the party's role
   * @throws RuleViolationException with {@code NOT_A_PARTY} if the person is not a party
   */
  PartyRole roleOf(ForumParties forum, PersonId party) {
    PartyRole role = Parties.of(forum).get(party);
    if (role == null) {
      throw new RuleViolationException(
          ViolationCode.NOT_A_PARTY,
          "only the forum's members, its facilitator and its sponsoring manager are parties to its terms");
    }
    return role;
  }

  /**
   * Returns the version a content hash names.
   *
   * @param terms the forum's terms
   * @param hash the hash
   * @return the version
   * @throws RuleViolationException with {@code UNKNOWN_CONTENT_HASH} if none has that hash
   */
  TermsVersion version(ForumTerms terms, ContentHash hash) {
    return terms
        .byHash(hash)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    ViolationCode.UNKNOWN_CONTENT_HASH,
                    "no version of this forum's terms has this content hash; agree the exact text you read"));
  }

  /**
   * Refuses an agreement the version cannot take: only an open version, or the version in force for
   * a party who has not agreed it, and never twice in a round.
   *
   * @param version the version
   * @param party the party
   * @throws RuleViolationException with {@code VERSION_NOT_OPEN} or {@code ALREADY_AGREED}
   */
  void requireAgreeable(TermsVersion version, PersonId party) {
    if (version.status() != TermsStatus.OPEN && version.status() != TermsStatus.IN_FORCE) {
      throw notOpen(version.status());
    }
    if (version.agreedBy(party)) {
      throw alreadyAgreed();
    }
  }

  /**
   * Refuses an agreement the version cannot take, judged on the version's current round alone: the
   * same rule as {@link #requireAgreeable(TermsVersion, PersonId)}.
   *
   * @param round the version's current round
   * @param party the party
   * @throws RuleViolationException with {@code VERSION_NOT_OPEN} or {@code ALREADY_AGREED}
   */
  void requireAgreeable(AgreementRound round, PersonId party) {
    if (round.status() != TermsStatus.OPEN && round.status() != TermsStatus.IN_FORCE) {
      throw notOpen(round.status());
    }
    if (round.agreedBy(party)) {
      throw alreadyAgreed();
    }
  }

  /**
   * Refuses an objection to a version that is not open for agreement.
   *
   * @param version the version
   * @throws RuleViolationException with {@code VERSION_NOT_OPEN}
   */
  void requireObjectable(TermsVersion version) {
    if (version.status() != TermsStatus.OPEN) {
      throw notOpen(version.status());
    }
  }

  /**
   * Tells whether an open version has been agreed by every party concerned now: the forum has its
   * complete set of parties and each has agreed in the version's current round.
   *
   * @param version the version
   * @param forum the forum now
   * @return true if it comes into force
   */
  boolean agreedByAll(TermsVersion version, Forum forum) {
    if (version.status() != TermsStatus.OPEN || !Parties.complete(forum)) {
      return false;
    }
    for (Map.Entry<PersonId, PartyRole> p : Parties.of(forum).entrySet()) {
      if (!version.agreedBy(p.getKey())) {
        return false;
      }
    }
    return true;
  }

  private static RuleViolationException alreadyAgreed() {
    return new RuleViolationException(
        ViolationCode.ALREADY_AGREED, "the party has already agreed this version of the terms");
  }

  private static RuleViolationException notOpen(TermsStatus status) {
    String name = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new RuleViolationException(
        ViolationCode.VERSION_NOT_OPEN,
        "this version of the terms is " + name + ", not open for agreement");
  }
}
