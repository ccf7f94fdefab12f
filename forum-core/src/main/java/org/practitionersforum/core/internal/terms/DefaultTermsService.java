package org.practitionersforum.core.internal.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.TermsAgreed;
import org.practitionersforum.api.event.TermsDrafted;
import org.practitionersforum.api.event.TermsInForce;
import org.practitionersforum.api.event.TermsObjected;
import org.practitionersforum.api.event.TermsProposed;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsService;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.forum.Admissions;
import org.practitionersforum.core.internal.tx.Transactor;

/** The terms-of-reference rules TR-1 to TR-6 as a service. Thread-safe. */
final class DefaultTermsService implements TermsService {
  private final Transactor transactor;
  private final Admissions admissions;
  private final Access access;
  private final AgreementPolicy agreement = new AgreementPolicy();

  /**
   * Creates the service.
   *
   * @param transactor runs commands as units of work
   * @param admissions admits a newcomer who joins by agreeing, in the same unit of work
   * @param access decides who may do what and see what
   */
  DefaultTermsService(Transactor transactor, Admissions admissions, Access access) {
    this.transactor = transactor;
    this.admissions = admissions;
    this.access = access;
  }

  @Override
  public ForumTerms draft(Actor actor, ForumId forumId, TermsContent content) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(content, "terms content");
    ContentHash hash = ContentHash.of(content);
    access.precheck(actor, Operation.TERMS_DRAFT, Subject.none());
    return transactor.write(
        actor,
        Operation.TERMS_DRAFT,
        AggregateRef.forum(forumId),
        unit -> draftIn(unit, actor, forumId, content, hash));
  }

  @Override
  public ForumTerms proposeDraft(Actor actor, ForumId forumId, TermsContent content) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(content, "terms content");
    ContentHash hash = ContentHash.of(content);
    access.precheck(actor, Operation.TERMS_DRAFT, Subject.none());
    access.precheck(actor, Operation.TERMS_PROPOSE, Subject.none());
    return transactor.write(
        actor,
        Operation.TERMS_PROPOSE,
        AggregateRef.forum(forumId),
        unit -> {
          draftIn(unit, actor, forumId, content, hash);
          return proposeIn(unit, actor, forumId, hash);
        });
  }

  /** Stores a new draft within a unit of work; see {@link #draft}. */
  private ForumTerms draftIn(
      Transactor.Unit unit, Actor actor, ForumId forumId, TermsContent content, ContentHash hash) {
    StorageTransaction tx = unit.tx();
    Forum forum = open(partiesAfterTerms(tx, forumId));
    access.require(actor, Operation.TERMS_DRAFT, Subject.of(forum));
    Optional<ForumTerms> existing = tx.terms().find(forumId);
    ForumTerms terms = existing.orElseGet(() -> ForumTerms.builder().forum(forumId).build());
    boolean same =
        terms.inForce().map(TermsVersion::hash).filter(hash::equals).isPresent()
            || terms.pending().map(TermsVersion::hash).filter(hash::equals).isPresent();
    if (same) {
      throw new RuleViolationException(
          ViolationCode.TERMS_UNCHANGED,
          "the draft is the same text as the version in force or the one pending; change something first");
    }
    Instant now = unit.now();
    List<TermsVersion> versions = new ArrayList<>(terms.versions());
    terms
        .pending()
        .ifPresent(
            p ->
                versions.set(
                    p.number() - 1,
                    TermsVersion.builder()
                        .from(p)
                        .status(TermsStatus.WITHDRAWN)
                        .endedAt(now)
                        .build()));
    int number = versions.size() + 1;
    versions.add(
        TermsVersion.builder()
            .number(number)
            .content(content)
            .hash(hash)
            .status(TermsStatus.DRAFT)
            .draftedAt(now)
            .build());
    ForumTerms next = ForumTerms.builder().from(terms).versions(versions).build();
    ForumTerms stored = existing.isPresent() ? tx.terms().update(next) : tx.terms().insert(next);
    unit.emit(new TermsDrafted(forumId, number, now));
    return stored;
  }

  @Override
  public ForumTerms propose(Actor actor, ForumId forumId, ContentHash hash) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(hash, "content hash");
    access.precheck(actor, Operation.TERMS_PROPOSE, Subject.none());
    return transactor.write(
        actor,
        Operation.TERMS_PROPOSE,
        AggregateRef.forum(forumId),
        unit -> proposeIn(unit, actor, forumId, hash));
  }

  /** Opens a draft for agreement within a unit of work; see {@link #propose}. */
  private ForumTerms proposeIn(
      Transactor.Unit unit, Actor actor, ForumId forumId, ContentHash hash) {
    StorageTransaction tx = unit.tx();
    Forum forum = open(partiesAfterTerms(tx, forumId));
    access.require(actor, Operation.TERMS_PROPOSE, Subject.of(forum));
    ForumTerms terms = terms(tx, forumId);
    TermsVersion version = agreement.version(terms, hash);
    if (version.status() != TermsStatus.DRAFT) {
      throw new RuleViolationException(
          ViolationCode.VERSION_NOT_DRAFT, "only a draft can be proposed for agreement");
    }
    if (!Parties.complete(forum)) {
      throw new RuleViolationException(
          ViolationCode.PARTIES_INCOMPLETE,
          "terms can be opened for agreement once the forum has members and a sponsoring manager");
    }
    Instant now = unit.now();
    TermsVersion opened =
        TermsVersion.builder()
            .from(version)
            .status(TermsStatus.OPEN)
            .round(version.round() + 1)
            .openedAt(now)
            .build();
    ForumTerms stored = tx.terms().update(terms.with(opened));
    unit.emit(new TermsProposed(forumId, opened.number(), now));
    return stored;
  }

  @Override
  public AgreementReceipt agree(Actor actor, ForumId forumId, PersonId party, ContentHash hash) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(party, "party");
    Checks.notNull(hash, "content hash");
    access.precheck(actor, Operation.TERMS_AGREE, Subject.person(party));
    return transactor.write(
        actor,
        Operation.TERMS_AGREE,
        AggregateRef.forum(forumId),
        unit -> {
          StorageTransaction tx = unit.tx();
          // Only the version's current round and the forum's parties, read after the terms as
          // partiesAfterTerms explains.
          Optional<AgreementRound> round = tx.terms().findAgreementRound(forumId, hash);
          ForumParties forum =
              tx.forums()
                  .findParties(forumId)
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          open(forum.state());
          PartyRole role = agreement.roleOf(forum, party);
          access.require(
              actor,
              Operation.TERMS_AGREE,
              Subject.of(forum, () -> organisation(tx, forumId)).about(party));
          AgreementRound r = round.orElseThrow(() -> noRound(tx, forumId, hash));
          agreement.requireAgreeable(r, party);
          return record(unit, forum, r, party, role);
        });
  }

  @Override
  public AgreementReceipt agreeAsParty(ForumId forumId, PersonId party, ContentHash hash) {
    Checks.notNull(forumId, "forum id");
    Checks.notNull(party, "party");
    Checks.notNull(hash, "content hash");
    // The role decides only who the actor is; agree checks every rule again as it records.
    PartyRole role =
        transactor.read(
            tx ->
                agreement.roleOf(
                    tx.forums()
                        .findParties(forumId)
                        .orElseThrow(() -> new NotFoundException("no forum has this id")),
                    party));
    return agree(role.actor(party), forumId, party, hash);
  }

  /**
   * Explains why no round was found, with the errors of a read of the whole terms: the forum has no
   * terms (not found), or none of their versions has the hash.
   */
  private RuntimeException noRound(StorageTransaction tx, ForumId forumId, ContentHash hash) {
    agreement.version(terms(tx, forumId), hash);
    return new IllegalStateException(
        "the storage found a version by its hash only in the whole terms");
  }

  /**
   * Records one agreement through the storage's narrow write: the agreement row and the terms' next
   * version, and the version's entry into force when the agreement completes it (TR-2). The version
   * agreed is the round's; an agreement to the version in force never brings another into force,
   * because every command that could complete the open version settles it itself.
   */
  private AgreementReceipt record(
      Transactor.Unit unit,
      ForumParties forum,
      AgreementRound round,
      PersonId party,
      PartyRole role) {
    Instant now = unit.now();
    Agreement given =
        Agreement.builder()
            .party(party)
            .role(role)
            .version(round.number())
            .hash(round.hash())
            .round(round.round())
            .at(now)
            .build();
    boolean intoForce = Settlement.completes(round, given, forum);
    unit.emit(new TermsAgreed(forum.forum(), round.number(), party, role, now));
    unit.tx().terms().recordAgreement(forum.forum(), round.termsVersion(), given, intoForce);
    if (intoForce) {
      unit.emit(new TermsInForce(forum.forum(), round.number(), now));
    }
    return AgreementReceipt.of(forum.forum(), given);
  }

  @Override
  public ForumTerms object(
      Actor actor, ForumId forumId, PersonId party, ContentHash hash, String reason) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(party, "party");
    Checks.notNull(hash, "content hash");
    if (reason == null || reason.isBlank()) {
      throw new RuleViolationException(
          ViolationCode.OBJECTION_REASON_REQUIRED,
          "an objection must state its reason, so the forum can amend the terms");
    }
    String why = Checks.text(reason, "reason for the objection", Objection.MAX_REASON_LENGTH);
    access.precheck(actor, Operation.TERMS_OBJECT, Subject.person(party));
    return transactor.write(
        actor,
        Operation.TERMS_OBJECT,
        AggregateRef.forum(forumId),
        unit -> {
          StorageTransaction tx = unit.tx();
          Forum forum = open(partiesAfterTerms(tx, forumId));
          PartyRole role = agreement.roleOf(forum, party);
          access.require(actor, Operation.TERMS_OBJECT, Subject.of(forum).about(party));
          ForumTerms terms = terms(tx, forumId);
          TermsVersion version = agreement.version(terms, hash);
          agreement.requireObjectable(version);
          Instant now = unit.now();
          TermsVersion back =
              TermsVersion.builder()
                  .from(version)
                  .status(TermsStatus.DRAFT)
                  .addObjections(
                      Objection.builder()
                          .party(party)
                          .role(role)
                          .version(version.number())
                          .hash(version.hash())
                          .round(version.round())
                          .reason(why)
                          .at(now)
                          .build())
                  .build();
          ForumTerms stored = tx.terms().update(terms.with(back));
          unit.emit(new TermsObjected(forumId, version.number(), now));
          return stored;
        });
  }

  /**
   * Reads the forum for a terms command, after first reading its terms. The order matters, with the
   * storage's repeatable reads: every change of the parties rewrites the terms in its own unit of
   * work, so a change committed after this read makes this command's terms write conflict (and
   * retry), and a change committed before it is in the forum read here. Reading the forum first
   * would let an agreement be settled against parties that have since changed. The forum's current
   * snapshot is enough: the parties and the state, without the earlier history.
   */
  private static Forum partiesAfterTerms(StorageTransaction tx, ForumId forumId) {
    tx.terms().find(forumId);
    return tx.forums()
        .findCurrent(forumId)
        .orElseThrow(() -> new NotFoundException("no forum has this id"));
  }

  @Override
  public AgreementReceipt joinAgreeing(
      Actor actor, ForumId forumId, PractitionerId practitioner, ContentHash hash) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(practitioner, "practitioner id");
    Checks.notNull(hash, "content hash");
    access.precheck(actor, Operation.TERMS_JOIN_AGREEING, Subject.person(practitioner));
    return transactor.write(
        actor,
        Operation.TERMS_JOIN_AGREEING,
        AggregateRef.forum(forumId),
        unit -> {
          StorageTransaction tx = unit.tx();
          access.require(
              actor,
              Operation.TERMS_JOIN_AGREEING,
              Subject.person(practitioner).in(() -> organisation(tx, forumId)));
          Optional<TermsVersion> inForce = tx.terms().find(forumId).flatMap(ForumTerms::inForce);
          if (inForce.isEmpty() || !inForce.get().hash().equals(hash)) {
            throw new RuleViolationException(
                ViolationCode.TERMS_NOT_AGREED,
                "a newcomer joins by agreeing the exact version of the terms in force");
          }
          Forum forum = admissions.admitAgreeing(unit, forumId, practitioner);
          ForumTerms terms = terms(tx, forumId);
          TermsVersion version = terms.inForce().orElseThrow();
          PersonId party = practitioner.asPerson();
          Optional<Agreement> earlier =
              version.agreements().stream()
                  .filter(a -> a.round() == version.round() && a.party().equals(party))
                  .findFirst();
          if (earlier.isPresent()) {
            // A member who left and rejoins has agreed this exact version already: one record is
            // kept.
            return AgreementReceipt.of(forum.id(), earlier.get());
          }
          return record(
              unit,
              ForumParties.of(forum),
              AgreementRound.of(terms, version),
              party,
              PartyRole.MEMBER);
        });
  }

  @Override
  public ForumTerms get(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.TERMS_GET, Subject.none());
    return transactor.read(
        tx -> {
          View view = access.require(actor, Operation.TERMS_GET, Subject.of(load(tx, forumId)));
          return access.terms(view, terms(tx, forumId), actor);
        });
  }

  @Override
  public Optional<TermsVersion> inForce(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.TERMS_IN_FORCE, Subject.none());
    return transactor.read(
        tx -> {
          View view =
              access.require(actor, Operation.TERMS_IN_FORCE, Subject.of(load(tx, forumId)));
          return tx.terms().findInForce(forumId).flatMap(v -> access.visible(view, v, actor));
        });
  }

  @Override
  public Map<PersonId, PartyRole> parties(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.TERMS_PARTIES, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum = load(tx, forumId);
          access.require(actor, Operation.TERMS_PARTIES, Subject.of(forum));
          return Parties.of(forum);
        });
  }

  @Override
  public Set<PersonId> awaiting(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.TERMS_AWAITING, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum = load(tx, forumId);
          access.require(actor, Operation.TERMS_AWAITING, Subject.of(forum));
          Optional<TermsVersion> open =
              tx.terms()
                  .find(forumId)
                  .flatMap(ForumTerms::pending)
                  .filter(v -> v.status() == TermsStatus.OPEN);
          Set<PersonId> out = new LinkedHashSet<>();
          open.ifPresent(
              v ->
                  Parties.of(forum).keySet().stream()
                      .filter(p -> !v.agreedBy(p))
                      .forEach(out::add));
          return Set.copyOf(out);
        });
  }

  @Override
  public boolean verify(Actor actor, AgreementReceipt receipt) {
    Checks.notNull(actor, "actor");
    Checks.notNull(receipt, "receipt");
    access.precheck(actor, Operation.TERMS_VERIFY, Subject.none());
    return transactor.read(
        tx -> {
          access.require(
              actor,
              Operation.TERMS_VERIFY,
              Subject.none().in(() -> organisation(tx, receipt.forum())));
          return tx.terms()
              .find(receipt.forum())
              .flatMap(t -> t.byNumber(receipt.version()))
              .filter(receipt::verifies)
              .isPresent();
        });
  }

  @Override
  public boolean reviewDue(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    LocalDate today = LocalDate.now(transactor.clock());
    access.precheck(actor, Operation.TERMS_REVIEW_DUE, Subject.none());
    return transactor.read(
        tx -> {
          access.require(actor, Operation.TERMS_REVIEW_DUE, Subject.of(load(tx, forumId)));
          return tx.terms().find(forumId).filter(t -> t.reviewDue(today)).isPresent();
        });
  }

  /** Reads a forum's organisation, whose access policy applies; empty if there is no forum. */
  private static Optional<OrganisationId> organisation(StorageTransaction tx, ForumId forumId) {
    return tx.forums().findCurrent(forumId).map(Forum::organisation);
  }

  private static Forum load(StorageTransaction tx, ForumId id) {
    return tx.forums().find(id).orElseThrow(() -> new NotFoundException("no forum has this id"));
  }

  private static Forum open(Forum forum) {
    open(forum.state());
    return forum;
  }

  private static void open(ForumState state) {
    if (state == ForumState.CLOSED) {
      throw new RuleViolationException(
          ViolationCode.FORUM_CLOSED, "the forum is closed; nothing more can happen in it");
    }
  }

  static ForumTerms terms(StorageTransaction tx, ForumId id) {
    return tx.terms()
        .find(id)
        .orElseThrow(() -> new NotFoundException("the forum has no terms of reference yet"));
  }
}
