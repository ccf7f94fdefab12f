package org.practitionersforum.core.internal.privacy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.PersonReferences;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.internal.forum.Departures;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The erase command's work inside its unit of work (SEC-3): the person leaves the forums they are
 * in under the rules of leaving, then every record that names them is removed or made to name one
 * pseudonymous token, then the profile goes, then the {@link ErasureStep}s run.
 */
final class Eraser {
  /** What an objection's reason becomes: the person wrote the original. */
  static final String ERASED_REASON = "The reason was removed when the party's data was erased.";

  /** The reason an ongoing facilitation by the person ends with. */
  static final String FACILITATION_ENDED =
      "Facilitation ended when the facilitator's data was erased.";

  /** The prefix of every pseudonymous token, so that a reader knows a record was erased. */
  static final String TOKEN_PREFIX = "erased:";

  /** Bytes of randomness in a token: 144 bits. */
  private static final int TOKEN_BYTES = 18;

  private final Departures departures;
  private final List<ForumChangeHook> hooks;
  private final List<ErasureStep> steps;
  private final SecureRandom random;

  Eraser(
      Departures departures,
      List<ForumChangeHook> hooks,
      List<ErasureStep> steps,
      SecureRandom random) {
    this.departures = departures;
    this.hooks = List.copyOf(hooks);
    this.steps = List.copyOf(steps);
    this.random = random;
  }

  /**
   * Makes a new pseudonymous token: random bits, no function of anyone's id, so that it cannot be
   * checked by guessing the id it replaced.
   */
  PractitionerId newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return PractitionerId.of(
        TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Erases the practitioner in the unit of work; returns what it did. */
  Erasure erase(Transactor.Unit unit, PractitionerId practitioner) {
    StorageTransaction tx = unit.tx();
    PersonId person = practitioner.asPerson();
    Optional<PractitionerProfile> profile = tx.practitioners().find(practitioner);
    PersonReferences refs = tx.erasure().findReferences(person);
    if (profile.isEmpty() && refs.isEmpty() && !heldBySteps(tx, practitioner)) {
      throw new NotFoundException("SEC-3: the SDK holds nothing about this practitioner");
    }
    Erasure erasure = new Erasure(practitioner, newToken());
    for (ForumId forum : refs.forums()) {
      forum(unit, forum, erasure);
    }
    for (ForumId forum : refs.terms()) {
      terms(tx, forum, erasure);
    }
    for (SessionId session : refs.sessions()) {
      session(tx, session, erasure);
    }
    for (PractitionerId managed : refs.managedProfiles()) {
      tx.practitioners()
          .find(managed)
          .filter(p -> p.lineManager().filter(practitioner::equals).isPresent())
          .ifPresent(
              p -> {
                tx.practitioners()
                    .update(
                        PractitionerProfile.builder()
                            .from(p)
                            .lineManager(Optional.empty())
                            .build());
                erasure.removed(ErasureCategory.LINE_MANAGER_REFERENCE, 1);
              });
    }
    profile.ifPresent(
        p -> {
          tx.practitioners().delete(p);
          erasure.removed(ErasureCategory.PROFILE, 1);
        });
    // The audit trail's and the lesson escrow's records of the person are erased here, by their
    // capabilities' steps, in this same unit of work.
    for (ErasureStep step : steps) {
      step.erase(unit, erasure);
    }
    return erasure;
  }

  /**
   * The person leaves the forum if they are a member and it is not closed; then every other trace
   * in it is removed or pseudonymised.
   */
  private void forum(Transactor.Unit unit, ForumId id, Erasure erasure) {
    StorageTransaction tx = unit.tx();
    PractitionerId practitioner = erasure.practitioner();
    Optional<Forum> before = tx.forums().findCurrent(id);
    if (before.isEmpty()) {
      return;
    }
    if (before.get().state() != ForumState.CLOSED && before.get().isMember(practitioner)) {
      Forum after = departures.depart(unit, id, practitioner, erasure.token());
      erasure.removed(ErasureCategory.MEMBERSHIP, 1);
      if (before.get().state() == ForumState.ACTIVE && after.state() == ForumState.SUSPENDED) {
        erasure.suspended();
      }
    }
    Forum forum = tx.forums().find(id).orElseThrow();
    PersonId person = practitioner.asPerson();
    PractitionerId token = erasure.token();
    boolean changed = false;
    boolean partiesChanged = false;
    List<Member> members = new ArrayList<>(forum.members().size());
    for (Member m : forum.members()) {
      if (m.practitioner().equals(practitioner)) {
        members.add(Member.builder().from(m).practitioner(token).build());
        erasure.pseudonymised(ErasureCategory.CLOSED_MEMBERSHIP, 1);
        changed = true;
      } else {
        members.add(m);
      }
    }
    List<Invitation> invitations = new ArrayList<>(forum.invitations().size());
    for (Invitation i : forum.invitations()) {
      if (i.invitee().equals(practitioner)) {
        erasure.removed(ErasureCategory.INVITATION, 1);
        changed = true;
      } else {
        invitations.add(i);
      }
    }
    Instant now = unit.now();
    List<Facilitation> facilitations = new ArrayList<>(forum.facilitations().size());
    for (Facilitation f : forum.facilitations()) {
      if (f.facilitator().equals(person)) {
        Facilitation.Builder b = Facilitation.builder().from(f).facilitator(token.asPerson());
        if (f.ongoing()) {
          b.end(now.isBefore(f.start()) ? f.start() : now).endReason(FACILITATION_ENDED);
          partiesChanged = true;
        }
        facilitations.add(b.build());
        erasure.pseudonymised(ErasureCategory.FACILITATION, 1);
        changed = true;
      } else {
        facilitations.add(f);
      }
    }
    Optional<PersonId> sponsor = forum.sponsor();
    if (sponsor.filter(person::equals).isPresent()) {
      sponsor = Optional.empty();
      erasure.removed(ErasureCategory.SPONSORSHIP, 1);
      changed = true;
      partiesChanged = true;
    }
    if (!changed) {
      return;
    }
    Forum stored =
        tx.forums()
            .update(
                Forum.builder()
                    .from(forum)
                    .members(members)
                    .invitations(invitations)
                    .facilitations(facilitations)
                    .sponsor(sponsor)
                    .build());
    if (partiesChanged && stored.state() != ForumState.CLOSED) {
      for (ForumChangeHook hook : hooks) {
        hook.partiesChanged(unit, stored);
      }
    }
  }

  /**
   * Every agreement and objection by the person names the token; an objection's reason, the
   * person's own words, is replaced. Versions, hashes, rounds and times stay, so every other
   * party's receipt still verifies.
   */
  private static void terms(StorageTransaction tx, ForumId id, Erasure erasure) {
    Optional<ForumTerms> found = tx.terms().find(id);
    if (found.isEmpty()) {
      return;
    }
    PersonId person = erasure.practitioner().asPerson();
    PersonId token = erasure.token().asPerson();
    boolean changed = false;
    List<TermsVersion> versions = new ArrayList<>();
    for (TermsVersion v : found.get().versions()) {
      List<Agreement> agreements = new ArrayList<>(v.agreements().size());
      for (Agreement a : v.agreements()) {
        if (a.party().equals(person)) {
          agreements.add(Agreement.builder().from(a).party(token).build());
          erasure.pseudonymised(ErasureCategory.AGREEMENT, 1);
          changed = true;
        } else {
          agreements.add(a);
        }
      }
      List<Objection> objections = new ArrayList<>(v.objections().size());
      for (Objection o : v.objections()) {
        if (o.party().equals(person)) {
          objections.add(Objection.builder().from(o).party(token).reason(ERASED_REASON).build());
          erasure.pseudonymised(ErasureCategory.OBJECTION, 1);
          changed = true;
        } else {
          objections.add(o);
        }
      }
      versions.add(
          TermsVersion.builder().from(v).agreements(agreements).objections(objections).build());
    }
    if (changed) {
      tx.terms().update(ForumTerms.builder().from(found.get()).versions(versions).build());
    }
  }

  /** The person's attendance names the token, so the session's counts stay right. */
  private static void session(StorageTransaction tx, SessionId id, Erasure erasure) {
    Optional<Session> found = tx.sessions().find(id);
    if (found.isEmpty()) {
      return;
    }
    boolean changed = false;
    List<Attendance> attendance = new ArrayList<>(found.get().attendance().size());
    for (Attendance a : found.get().attendance()) {
      if (a.practitioner().equals(erasure.practitioner())) {
        attendance.add(Attendance.of(erasure.token(), a.status()));
        erasure.pseudonymised(ErasureCategory.ATTENDANCE, 1);
        changed = true;
      } else {
        attendance.add(a);
      }
    }
    if (changed) {
      tx.sessions().update(Session.builder().from(found.get()).attendance(attendance).build());
    }
  }

  /** Tells whether a step holds something naming the person that the stores' references miss. */
  private boolean heldBySteps(StorageTransaction tx, PractitionerId practitioner) {
    return steps.stream().anyMatch(step -> step.holds(tx, practitioner));
  }
}
