package org.practitionersforum.core.internal.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.security.AccessRow;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * The one place where core decides who may do what and see what (SEC-1): every service asks it,
 * with the {@link AccessPolicy} of the organisation concerned. {@link #precheck} refuses, before
 * anything is read, an actor whom no policy in force could let in; {@link #require} decides inside
 * the unit of work, on the state the command read, and returns the {@link View} granted, which the
 * view methods apply to results.
 *
 * <p>Refusals are {@link PermissionDeniedException}s naming the operation's rule, the role and the
 * operation, never a person. Immutable and thread-safe.
 */
public final class Access {
  private static final Map<String, String> PRINCIPLES =
      Map.ofEntries(
          Map.entry("FR-1", "a forum is proposed by a person, not by the system"),
          Map.entry(
              "FR-2",
              "membership is voluntary: only the practitioner can make themselves a member or"
                  + " leave; no manager, facilitator or administrator can do it for them"),
          Map.entry("FR-6", "the forum is self-directed: its members decide how it runs"),
          Map.entry(
              "TR-2",
              "a party agrees or objects for themselves only, in the role that makes them one"),
          Map.entry(
              "TR-6", "the forum decides its own terms of reference; no manager can edit them"),
          Map.entry("TR-7", "only the forum's members and its facilitator record its sessions"),
          Map.entry("SEC-2", "the audit trail is kept for the host's administrators"),
          Map.entry("LS-1", "a lesson is drafted by a member of the forum it comes from"),
          Map.entry(
              "LS-2",
              "only a lesson's author acts on it as its author, and only until they finalise it;"
                  + " reviewers read and question lessons under review without learning who"
                  + " wrote them"),
          Map.entry(
              "LS-3",
              "a lesson is anonymised, cleared and published for a tier by a reviewer, and read"
                  + " only by that tier's readers"),
          Map.entry(
              "LS-4",
              "consent to a tier is revoked by the lesson's author or the holder of its code"),
          Map.entry(
              "SEC-3", "a person's data is handled by administrators or the person themselves"),
          Map.entry("CR-1", "managers open consultation rounds"),
          Map.entry(
              "CR-3",
              "a forum answers collectively: its members draft and agree its response, and no"
                  + " one else"),
          Map.entry("CR-4", "management publishes dispositions and closes rounds"),
          Map.entry("CR-5", "management reports the progress of what it adopted"),
          Map.entry(
              "CPD-2", "a private reflective note is its author's alone: nobody else reads it"));

  /** Whether a row's relationship holds, on what is known so far. */
  private enum Holds {
    YES,
    NO,
    MAYBE;

    static Holds of(boolean yes) {
      return yes ? YES : NO;
    }
  }

  private final AccessPolicy defaults;
  private final Map<OrganisationId, AccessPolicy> policies;
  private final List<AccessPolicy> inForce;

  /**
   * Creates the decision point.
   *
   * @param defaults the policy of organisations without their own
   * @param policies each organisation's own policy; copied
   */
  public Access(AccessPolicy defaults, Map<OrganisationId, AccessPolicy> policies) {
    this.defaults = defaults;
    this.policies = Map.copyOf(policies);
    Set<AccessPolicy> all = new LinkedHashSet<>();
    all.add(defaults);
    all.addAll(this.policies.values());
    this.inForce = List.copyOf(all);
  }

  /**
   * Returns the decision point of the standard policy for every organisation.
   *
   * @return the decision point
   */
  public static Access standard() {
    return new Access(AccessPolicy.standard(), Map.of());
  }

  /**
   * Returns the policy in force for an organisation.
   *
   * @param organisation the organisation
   * @return its own policy, or the default one
   */
  public AccessPolicy policy(OrganisationId organisation) {
    return policies.getOrDefault(organisation, defaults);
  }

  /**
   * Refuses, before anything is read, an actor whom no policy in force could let perform the
   * operation: no row for the role, or none whose relationship could hold for what is known.
   *
   * @param actor who acts
   * @param operation the operation
   * @param subject what is known of the subject before reading
   * @throws PermissionDeniedException naming the operation's rule
   */
  public void precheck(Actor actor, Operation operation, Subject subject) {
    for (AccessPolicy policy : inForce) {
      for (AccessRow row : policy.rows(actor.role(), operation)) {
        if (holds(row, actor, subject) != Holds.NO) {
          return;
        }
      }
    }
    throw denied(actor, operation);
  }

  /**
   * Decides on the state the unit of work read: the organisation's policy must have a row for the
   * role and operation whose relationship holds.
   *
   * @param actor who acts
   * @param operation the operation
   * @param subject the forum and person acted on, as read
   * @return the widest view the holding rows grant
   * @throws PermissionDeniedException naming the operation's rule if no row holds
   */
  public View require(Actor actor, Operation operation, Subject subject) {
    return granted(actor, operation, subject).orElseThrow(() -> denied(actor, operation));
  }

  /**
   * Decides as {@link #require} does, without throwing: for filtering what a list shows.
   *
   * @param actor who acts
   * @param operation the operation
   * @param subject the forum and person acted on, as read
   * @return the widest view granted, or empty if refused
   */
  public Optional<View> granted(Actor actor, Operation operation, Subject subject) {
    List<AccessRow> rows = policyOf(subject).rows(actor.role(), operation);
    View best = null;
    for (AccessRow row : rows) {
      if (holds(row, actor, subject) == Holds.YES && (best == null || best.within(row.view()))) {
        best = row.view();
      }
    }
    return Optional.ofNullable(best);
  }

  private AccessPolicy policyOf(Subject subject) {
    if (policies.isEmpty()) {
      return defaults;
    }
    return subject.organisation().map(this::policy).orElse(defaults);
  }

  private static Holds holds(AccessRow row, Actor actor, Subject subject) {
    PersonId me = actor.person();
    Optional<ForumParties> forum = subject.forum();
    return switch (row.relationship()) {
      case ANY -> Holds.YES;
      case SELF -> Holds.of(subject.person().filter(me::equals).isPresent());
      case MEMBER ->
          forum.map(f -> Holds.of(f.members().contains(me.asPractitioner()))).orElse(Holds.MAYBE);
      case FACILITATOR ->
          forum
              .map(f -> Holds.of(f.facilitator().filter(me::equals).isPresent()))
              .orElse(Holds.MAYBE);
      case SPONSOR ->
          forum.map(f -> Holds.of(f.sponsor().filter(me::equals).isPresent())).orElse(Holds.MAYBE);
      case PARTY -> {
        if (subject.person().filter(me::equals).isEmpty()) {
          yield Holds.NO;
        }
        yield forum.map(f -> Holds.of(partyRole(f, me) == actor.role())).orElse(Holds.MAYBE);
      }
    };
  }

  /**
   * Returns the role in which a person is a party to a forum's terms (TR-2): a member as a
   * practitioner, the facilitator as a facilitator, the sponsor as a manager.
   *
   * @param forum the forum's parties
   * @param person the person
   * @return the role, or null if the person is not a party
   */
  private static Role partyRole(ForumParties forum, PersonId person) {
    if (forum.members().contains(person.asPractitioner())) {
      return Role.PRACTITIONER;
    }
    if (forum.facilitator().filter(person::equals).isPresent()) {
      return Role.FACILITATOR;
    }
    if (forum.sponsor().filter(person::equals).isPresent()) {
      return Role.MANAGER;
    }
    return null;
  }

  private PermissionDeniedException denied(Actor actor, Operation operation) {
    String rule = defaults.rule(operation);
    String principle = PRINCIPLES.getOrDefault(rule, "each role does only what it is granted");
    return new PermissionDeniedException(
        rule,
        "the access policy does not let the "
            + actor.role()
            + " role perform "
            + operation
            + " on this forum or person; "
            + principle);
  }

  /**
   * Tells whether an actor the policy lets read lessons is among the readers of a tier (LS-3): at
   * the forum tier its current members (as practitioners) and reviewers, never a manager; at the
   * organisation tier the practitioners registered in the lesson's organisation, managers and
   * reviewers; at the network tier everyone.
   *
   * @param actor who reads
   * @param tier the tier
   * @param memberOfForum whether the actor is a current member of the lesson's forum; asked only
   *     when it matters
   * @param inOrganisation whether the actor is registered in the lesson's organisation; asked only
   *     when it matters
   * @return true if the actor reads lessons at that tier
   */
  public boolean readsLessonAt(
      Actor actor, Tier tier, BooleanSupplier memberOfForum, BooleanSupplier inOrganisation) {
    if (actor.role() == Role.REVIEWER || tier == Tier.NETWORK) {
      return true;
    }
    if (actor.role() == Role.MANAGER) {
      return tier == Tier.ORGANISATION;
    }
    if (actor.role() != Role.PRACTITIONER) {
      return false;
    }
    return tier == Tier.FORUM ? memberOfForum.getAsBoolean() : inOrganisation.getAsBoolean();
  }

  /**
   * Refuses an actor who is not among a tier's readers, for a feed of that tier: the decision of
   * {@link #readsLessonAt}, as a refusal naming LS-3 and the role, never a person.
   *
   * @param actor who reads
   * @param tier the tier
   * @param memberOfForum whether the actor is a current member of the feed's forum; asked only when
   *     it matters
   * @param inOrganisation whether the actor is registered in the feed's organisation; asked only
   *     when it matters
   * @throws PermissionDeniedException naming LS-3 if the actor does not read lessons at that tier
   */
  public void requireReadsLessonsAt(
      Actor actor, Tier tier, BooleanSupplier memberOfForum, BooleanSupplier inOrganisation) {
    if (!readsLessonAt(actor, tier, memberOfForum, inOrganisation)) {
      throw new PermissionDeniedException(
          "LS-3", "a " + actor.role() + " does not read the lessons of this tier here");
    }
  }

  /**
   * Returns a session as the view shows it: under {@link View#UNATTRIBUTED} a reflective or study
   * session does not exist, and a consultative one shows neither attendance nor minutes.
   *
   * @param view the view granted
   * @param session the session
   * @return the session as seen, or empty if the view hides it
   */
  public Optional<Session> session(View view, Session session) {
    if (view == View.ALL) {
      return Optional.of(session);
    }
    if (session.mode() != SessionMode.CONSULTATIVE) {
      return Optional.empty();
    }
    return Optional.of(
        Session.builder().from(session).attendance(List.of()).minutes(Optional.empty()).build());
  }

  /**
   * Returns sessions as the view shows them, leaving out hidden ones without a trace.
   *
   * @param view the view granted
   * @param sessions the sessions
   * @return the sessions as seen, in the same order
   */
  public List<Session> sessions(View view, List<Session> sessions) {
    if (view == View.ALL) {
      return sessions;
    }
    List<Session> out = new ArrayList<>(sessions.size());
    for (Session s : sessions) {
      session(view, s).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Returns a forum's terms as the view shows them: under {@link View#UNATTRIBUTED} without the
   * draft being prepared and without any objection but the reader's own.
   *
   * @param view the view granted
   * @param terms the terms
   * @param reader who reads
   * @return the terms as seen
   */
  public ForumTerms terms(View view, ForumTerms terms, Actor reader) {
    if (view == View.ALL) {
      return terms;
    }
    List<TermsVersion> versions = new ArrayList<>();
    for (TermsVersion v : terms.versions()) {
      if (v.status() != TermsStatus.DRAFT) {
        versions.add(version(view, v, reader));
      }
    }
    return ForumTerms.builder().from(terms).versions(versions).build();
  }

  /**
   * Returns one version of the terms as the view shows it: under {@link View#UNATTRIBUTED} a draft
   * does not exist, and no objection but the reader's own is shown.
   *
   * @param view the view granted
   * @param version the version
   * @param reader who reads
   * @return the version as seen, or empty if the view hides it
   */
  public Optional<TermsVersion> visible(View view, TermsVersion version, Actor reader) {
    if (view != View.ALL && version.status() == TermsStatus.DRAFT) {
      return Optional.empty();
    }
    return Optional.of(version(view, version, reader));
  }

  private static TermsVersion version(View view, TermsVersion v, Actor reader) {
    if (view == View.ALL || v.objections().isEmpty()) {
      return v;
    }
    return TermsVersion.builder()
        .from(v)
        .objections(v.objections().stream().filter(o -> o.party().equals(reader.person())).toList())
        .build();
  }

  /**
   * Returns a consultation round as the view shows it (SEC-1): under {@link View#UNATTRIBUTED} only
   * agreed responses, without their agreements; a practitioner sees the responses of forums they
   * are a member of whole, and other forums' agreed responses without their agreements; any other
   * reader with {@link View#ALL} sees the round whole. Outside a forum its individual input is not
   * shown (only its aggregate is, CR-3), nor its participants' consents.
   *
   * @param view the view granted
   * @param round the round
   * @param reader who reads
   * @param readerIsMember tells whether the reader is a member of a forum; asked of practitioners
   * @return the round as seen
   */
  public ConsultationRound round(
      View view,
      ConsultationRound round,
      Actor reader,
      java.util.function.Predicate<ForumId> readerIsMember) {
    boolean practitioner = reader.role() == Role.PRACTITIONER;
    if (view == View.ALL && !practitioner) {
      return round;
    }
    List<ForumResponse> shown = new ArrayList<>();
    java.util.Set<ForumId> own = new java.util.HashSet<>();
    for (ForumResponse r : round.responses()) {
      if (view == View.ALL && readerIsMember.test(r.forum())) {
        shown.add(r);
        own.add(r.forum());
      } else if (r.state() == ResponseState.AGREED) {
        // Individual input is seen outside the forum only in aggregate (CR-3).
        shown.add(ForumResponse.builder().from(r).agreements(List.of()).inputs(List.of()).build());
      }
    }
    return ConsultationRound.builder()
        .from(round)
        .responses(shown)
        .consents(round.consents().stream().filter(c -> own.contains(c.forum())).toList())
        .build();
  }

  @Override
  public String toString() {
    return "Access[" + policies.size() + " organisation policies]";
  }
}
