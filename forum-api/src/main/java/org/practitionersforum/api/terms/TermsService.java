package org.practitionersforum.api.terms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;

/**
 * A forum's terms of reference, agreed by all (TR-1 to TR-6).
 *
 * <p>The parties concerned are computed, never typed in: every current member, the facilitator
 * while facilitation is ongoing, and the sponsoring manager (TR-2). A version comes into force only
 * when every one of them has explicitly agreed that exact version, identified by its {@link
 * ContentHash} (TR-3): there is no majority, no default and no timeout. When the party set changes
 * while a version is open (a member leaves, facilitation ends), the version comes into force as
 * soon as every remaining party has agreed; a newcomer must agree too.
 *
 * <p>Who may do what: members and the forum's current facilitator draft and propose; managers,
 * administrators and the system may not edit a forum's terms (TR-6); each party agrees or objects
 * for themselves only.
 *
 * <p>Every change is all-or-nothing: an operation that throws has stored nothing and published no
 * event. Implementations are thread-safe: concurrent agreements, objections, amendments and
 * membership changes never attach an agreement to the wrong version and never leave a version in
 * force without every party's agreement.
 *
 * <p>Errors: {@link org.practitionersforum.api.InvalidInputException} for missing or malformed
 * arguments, {@link org.practitionersforum.api.NotFoundException} for an unknown forum or a forum
 * without terms, {@link org.practitionersforum.api.PermissionDeniedException} naming TR-6, TR-2 or
 * SEC-1 when the actor may not act so, {@link org.practitionersforum.api.RuleViolationException}
 * with the violated rule's code, and {@link org.practitionersforum.api.spi.StorageException} when
 * storage fails.
 */
public interface TermsService {

  /**
   * Drafts a new version of a forum's terms: its first terms, or an amendment of the terms in force
   * (TR-5). The version in force stays in force until the new one is agreed. A draft or open
   * version that is still pending is withdrawn: its agreements stay on record but never count for
   * the new text.
   *
   * @param actor a member or the forum's current facilitator
   * @param forum the forum
   * @param content the content; start from {@link TermsTemplate#standard} for a new forum
   * @return the forum's terms with the new draft as their latest version
   * @throws org.practitionersforum.api.PermissionDeniedException naming TR-6 if the actor is a
   *     manager, an administrator or the system, or is not a member or the facilitator
   * @throws org.practitionersforum.api.RuleViolationException with {@code TERMS_UNCHANGED} if the
   *     content hashes the same as the version in force or the pending one, or {@code FORUM_CLOSED}
   */
  ForumTerms draft(Actor actor, ForumId forum, TermsContent content);

  /**
   * Opens the draft with the given hash for agreement, starting a new round (TR-2): agreements of
   * earlier rounds no longer count.
   *
   * @param actor a member or the forum's current facilitator
   * @param forum the forum
   * @param hash the content hash of the draft
   * @return the forum's terms with the version open
   * @throws org.practitionersforum.api.PermissionDeniedException naming TR-6 as for {@link #draft}
   * @throws org.practitionersforum.api.RuleViolationException with {@code UNKNOWN_CONTENT_HASH},
   *     {@code VERSION_NOT_DRAFT}, or {@code PARTIES_INCOMPLETE} if the forum has no member or no
   *     sponsoring manager yet
   */
  ForumTerms propose(Actor actor, ForumId forum, ContentHash hash);

  /**
   * Drafts new terms and opens them for agreement in one unit of work: the same as {@link #draft}
   * followed by {@link #propose} with the content's {@link ContentHash}, except that a refusal of
   * either step stores nothing at all. The explicit steps remain for a host that shows the draft
   * before proposing it.
   *
   * @param actor a member or the forum's current facilitator
   * @param forum the forum
   * @param content the content; start from {@link TermsTemplate#standard} for a new forum
   * @return the forum's terms with the new version open for agreement; its hash is {@code
   *     ContentHash.of(content)}
   * @throws org.practitionersforum.api.PermissionDeniedException naming TR-6 as for {@link #draft}
   * @throws org.practitionersforum.api.RuleViolationException as {@link #draft} and {@link
   *     #propose} do, with {@code TERMS_UNCHANGED}, {@code FORUM_CLOSED} or {@code
   *     PARTIES_INCOMPLETE}
   */
  ForumTerms proposeDraft(Actor actor, ForumId forum, TermsContent content);

  /**
   * Records a party's explicit agreement to the version with the given hash: the version open for
   * agreement, or the version in force for a party who has not agreed it (for example a newly named
   * sponsor). When every party concerned has agreed the open version it comes into force and any
   * earlier version in force is superseded.
   *
   * @param actor the party, acting for themselves
   * @param forum the forum
   * @param party the party agreeing
   * @param hash the content hash of the version the party read and agrees
   * @return the party's receipt
   * @throws org.practitionersforum.api.PermissionDeniedException naming TR-2 if the actor is not
   *     the party
   * @throws org.practitionersforum.api.RuleViolationException with {@code NOT_A_PARTY}, {@code
   *     UNKNOWN_CONTENT_HASH}, {@code VERSION_NOT_OPEN} (a draft, superseded or withdrawn version)
   *     or {@code ALREADY_AGREED}
   */
  AgreementReceipt agree(Actor actor, ForumId forum, PersonId party, ContentHash hash);

  /**
   * Records the agreement of a party acting for themselves, as {@link #agree} does, with the actor
   * worked out from the party's role in the forum ({@link PartyRole#actor}): a member as a
   * practitioner, the facilitator as a facilitator, the sponsoring manager as a manager. Call it
   * only for the person signed in to the host: it is that person agreeing. The role is read first
   * and every rule is checked again when the agreement is recorded, so a party whose role has
   * changed in between is refused, and an agreement never attaches to another version than the one
   * with this hash.
   *
   * @param forum the forum
   * @param party the party agreeing, signed in
   * @param hash the content hash of the version the party read and agrees
   * @return the party's receipt
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   * @throws org.practitionersforum.api.RuleViolationException with {@code NOT_A_PARTY} if the
   *     person is not a party to the forum's terms, or as for {@link #agree}
   */
  AgreementReceipt agreeAsParty(ForumId forum, PersonId party, ContentHash hash);

  /**
   * Records a party's objection to the version open for agreement, with its reason (TR-5). The
   * objection is kept and the version returns to draft; proposing it again starts a new round.
   *
   * @param actor the party, acting for themselves
   * @param forum the forum
   * @param party the party objecting
   * @param hash the content hash of the open version
   * @param reason why, in plain words; kept with the terms, never in events or logs
   * @return the forum's terms with the version back in draft
   * @throws org.practitionersforum.api.PermissionDeniedException naming TR-2 if the actor is not
   *     the party
   * @throws org.practitionersforum.api.RuleViolationException with {@code
   *     OBJECTION_REASON_REQUIRED} if the reason is missing or blank, {@code NOT_A_PARTY}, {@code
   *     UNKNOWN_CONTENT_HASH} or {@code VERSION_NOT_OPEN}
   */
  ForumTerms object(Actor actor, ForumId forum, PersonId party, ContentHash hash, String reason);

  /**
   * Makes a practitioner a member by agreeing the version in force, in one unit of work (FR-3,
   * TR-4). The formation rules of {@link org.practitionersforum.api.forum.ForumService#join} apply,
   * and an open invitation for the practitioner is closed.
   *
   * @param actor the practitioner, acting for themselves (FR-2)
   * @param forum the forum
   * @param practitioner the practitioner joining
   * @param hash the content hash of the version in force, as the practitioner read it
   * @return the newcomer's receipt
   * @throws org.practitionersforum.api.PermissionDeniedException naming FR-2 if the actor is anyone
   *     else
   * @throws org.practitionersforum.api.RuleViolationException with {@code TERMS_NOT_IN_FORCE} if no
   *     version is in force or {@code hash} is not its hash, or any formation violation
   */
  AgreementReceipt joinAgreeing(
      Actor actor, ForumId forum, PractitionerId practitioner, ContentHash hash);

  /**
   * Returns a forum's terms. A manager sees every version and agreement but no version in draft and
   * only their own objections (SEC-1: no draft material, never who said what).
   *
   * @param actor a party concerned, an administrator or the system
   * @param forum the forum
   * @return the terms
   * @throws org.practitionersforum.api.NotFoundException if the forum has no terms
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 for anyone else
   */
  ForumTerms get(Actor actor, ForumId forum);

  /**
   * Returns the version in force, if any (TR-4). Other capabilities use it to gate what a forum may
   * do.
   *
   * @param actor a party concerned, an administrator or the system
   * @param forum the forum
   * @return the version in force, or empty
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 for anyone else
   */
  Optional<TermsVersion> inForce(Actor actor, ForumId forum);

  /**
   * Returns the parties concerned now, computed from the forum (TR-2).
   *
   * @param actor a party concerned, an administrator or the system
   * @param forum the forum
   * @return each party with their role
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 for anyone else
   */
  Map<PersonId, PartyRole> parties(Actor actor, ForumId forum);

  /**
   * Returns the parties who have still to agree the version open for agreement.
   *
   * @param actor a party concerned, an administrator or the system
   * @param forum the forum
   * @return the parties still to agree; empty if no version is open
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 for anyone else
   */
  Set<PersonId> awaiting(Actor actor, ForumId forum);

  /**
   * Checks a receipt against the stored terms (TR-3): the version exists, its stored content still
   * hashes to the receipt's hash, and it holds the receipt's agreement. Anyone may check.
   *
   * @param actor whoever checks
   * @param receipt the receipt
   * @return true if the receipt is borne out by the stored version
   */
  boolean verify(Actor actor, AgreementReceipt receipt);

  /**
   * Tells whether the terms in force are past or at their review date, by the SDK's clock and zone.
   * Visible to the parties concerned, so members see when to review.
   *
   * @param actor a party concerned, an administrator or the system
   * @param forum the forum
   * @return true if a version is in force and its review date has come
   * @throws org.practitionersforum.api.PermissionDeniedException naming SEC-1 for anyone else
   */
  boolean reviewDue(Actor actor, ForumId forum);
}
