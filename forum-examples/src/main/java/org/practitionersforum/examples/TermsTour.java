package org.practitionersforum.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.cpd.Regulators;
import org.practitionersforum.api.cpd.StudyTimeUse;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.CpdExport;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.ForumSdk;

/**
 * The terms-of-reference and sessions part of the tour (TR-1 to TR-7): a forming forum drafts its
 * terms from the template, one member objects, the terms are amended and agreed by every party, the
 * forum becomes active, holds a reflective session, and a member exports their CPD evidence,
 * records their regulator once for readiness, and sees their own protected study time while the
 * sponsoring manager sees only totals, small groups suppressed.
 */
public final class TermsTour {

  private TermsTour() {}

  /**
   * Runs this part of the tour on a forming forum whose members have joined and whose sponsor is
   * named. Needs at least four members; the last one sends apologies to the session.
   *
   * @param sdk the SDK
   * @param forum the forum, forming, with its sponsoring manager named
   * @param members the forum's members, in order of joining
   * @param sponsor the forum's sponsoring manager
   * @param out where to print the account
   */
  public static void run(
      ForumSdk sdk,
      ForumId forum,
      List<PractitionerId> members,
      PersonId sponsor,
      PrintStream out) {
    PractitionerId first = members.get(0);
    PractitionerId objector = members.get(1);
    Actor firstActor = Actor.practitioner(first);

    Headings.part(out, "Terms of reference: drafted from the template (TR-1)");
    LocalDate review = LocalDate.now(sdk.clock()).plusYears(1);
    TermsContent template = TermsTemplate.standard(review);
    ForumTerms terms = sdk.terms().draft(firstActor, forum, template);
    ContentHash v1 = ContentHash.of(template);
    out.printf(
        "Version %d drafted; content hash %s...%n",
        terms.versions().size(), v1.value().substring(0, 12));
    try {
      sdk.terms().draft(Actor.manager(sponsor), forum, template);
    } catch (RuntimeException e) {
      out.println("The sponsoring manager tries to edit the terms: refused. " + e.getMessage());
    }
    sdk.terms().propose(firstActor, forum, v1);
    Map<PersonId, PartyRole> parties = sdk.terms().parties(firstActor, forum);
    out.printf(
        "Version 1 is open for agreement by %d parties: every member, any facilitator and the sponsor (TR-2).%n",
        parties.size());
    try {
      sdk.forums().transition(firstActor, forum, ForumState.ACTIVE, "we are ready to meet");
    } catch (RuleViolationException e) {
      out.println("Can the forum become active before its terms are agreed? " + e.getMessage());
    }

    Headings.part(out, "One member objects (TR-5)");
    sdk.terms().agree(firstActor, forum, first.asPerson(), v1);
    terms =
        sdk.terms()
            .object(
                Actor.practitioner(objector),
                forum,
                objector.asPerson(),
                v1,
                "Apologies should go to the whole forum, not only to the facilitator.");
    out.printf(
        "A member objected with a reason; version 1 is now %s and its earlier agreement no longer counts.%n",
        terms.versions().get(0).status().name().toLowerCase(java.util.Locale.ROOT));

    Headings.part(out, "The terms are amended and agreed by all (TR-2, TR-3)");
    TermsContent amended =
        TermsContent.builder()
            .from(template)
            .attendance(
                "Members come when they can and send apologies to the whole forum beforehand when they "
                    + "cannot. Attendance is recorded so that members can evidence their CPD.")
            .build();
    // Draft, hash and propose in one call; it stores nothing if either step is refused.
    ForumTerms proposed = sdk.terms().proposeDraft(firstActor, forum, amended);
    ContentHash v2 = proposed.pending().orElseThrow().hash();
    out.printf("Version 2 drafted and proposed; content hash %s...%n", v2.value().substring(0, 12));
    List<AgreementReceipt> receipts = new ArrayList<>();
    for (PersonId party : sdk.terms().parties(firstActor, forum).keySet()) {
      // Each party, signed in, agrees for themselves; the SDK acts for them in their role.
      receipts.add(sdk.terms().agreeAsParty(forum, party, v2));
    }
    ForumTerms agreed = sdk.terms().get(firstActor, forum);
    out.printf(
        "%d parties agreed version 2; it is %s.%n",
        receipts.size(),
        agreed.inForce().map(v -> "in force as version " + v.number()).orElse("not in force"));
    AgreementReceipt mine = receipts.get(0);
    out.printf(
        "A member's receipt: version %d, role %s, hash %s...; verifies against the stored terms: %s%n",
        mine.version(),
        mine.role(),
        mine.hash().value().substring(0, 12),
        sdk.terms().verify(firstActor, mine));

    Headings.part(out, "The forum becomes active and holds a reflective session (TR-4, TR-7)");
    Forum active =
        sdk.forums()
            .transition(
                firstActor, forum, ForumState.ACTIVE, "our terms of reference are agreed by all");
    out.printf("The forum is %s.%n", active.state().name().toLowerCase(java.util.Locale.ROOT));
    // A session starts within its forum's life (TR-7): this tour proposed the forum moments ago.
    Instant start = sdk.clock().instant();
    Session session =
        sdk.sessions()
            .hold(
                firstActor,
                forum,
                SessionRequest.builder()
                    .id(SessionId.of(forum.value() + "-session-1"))
                    .mode(SessionMode.REFLECTIVE)
                    .startedAt(start)
                    .duration(Duration.ofMinutes(90))
                    .present(members.subList(0, members.size() - 1))
                    .apologies(List.of(members.get(members.size() - 1)))
                    .build());
    out.printf(
        "A reflective session of %d minutes was held with %d members present; no minutes, nothing attributed.%n",
        session.duration().toMinutes(), session.present().size());
    out.printf(
        "Sessions the sponsoring manager can see: %d (reflective sessions are never visible to managers).%n",
        sdk.sessions().list(Actor.manager(sponsor), forum).size());

    Headings.part(out, "A member's CPD evidence, as CSV (no content from reflective sessions)");
    LocalDate today = LocalDate.now(sdk.clock());
    CpdRecord cpd = sdk.sessions().cpd(firstActor, first, today.minusDays(30), today);
    out.print(CpdExport.toCsv(cpd).replace("\r\n", System.lineSeparator()));

    Headings.part(out, "A private reflective note on the session (CPD-2)");
    ReflectiveNote note =
        sdk.notes()
            .write(
                firstActor,
                session.id(),
                NoteContent.builder()
                    .learnt("Asking the duty team before changing the rota saves a week of rework.")
                    .peerLearning("Others had tried a paper rota first and seen the same gaps.")
                    .build());
    out.printf(
        "The member wrote a note on the session; their notes: %d. Nobody else reads it:%n",
        sdk.notes().mine(firstActor).size());
    try {
      sdk.notes().get(Actor.manager(sponsor), note.id());
    } catch (PermissionDeniedException refused) {
      out.println("  the sponsoring manager is refused. " + refused.getMessage());
    }
    JsonNode portfolio = readJson(sdk.notes().export(firstActor));
    out.printf(
        "Exported for the member's portfolio as %s with %d note, anonymised first if they choose.%n",
        portfolio.path("format").asText(), portfolio.path("notes").size());

    Headings.part(out, "The member's registrant profile, used for readiness (CPD-1)");
    // Recorded once by the member, kept by the SDK for them alone: no registration is passed after.
    sdk.cpd().register(firstActor, Registration.with(Regulators.SOCIAL_WORK_ENGLAND));
    for (Readiness readiness : sdk.cpd().readiness(firstActor)) {
      out.println("Their regulator's readiness (CPD-1): " + readiness.summary());
    }
    try {
      sdk.cpd().profile(Actor.manager(sponsor));
    } catch (PermissionDeniedException refused) {
      out.println("The sponsoring manager asks for a profile: refused. " + refused.getMessage());
    }

    Headings.part(out, "Protected study time (CPD-3)");
    Actor admin = Actor.administrator(PersonId.of("tour-administrator"));
    Forum held = sdk.forums().get(firstActor, forum);
    sdk.studyTime().setPolicy(admin, held.organisation(), Duration.ofHours(30), Month.APRIL);
    sdk.studyTime().grant(admin, first, Duration.ofHours(40));
    StudyTimeUse use = sdk.studyTime().mine(firstActor, today);
    out.printf(
        "The member's own protected study time from %s: %s hours granted, %s used, %s remaining.%n",
        use.year().start(),
        StudyTimeUse.hours(use.granted()),
        StudyTimeUse.hours(use.used()),
        StudyTimeUse.hours(use.remaining()));
    Actor manager = Actor.manager(sponsor);
    out.println(
        "The sponsoring manager sees the forum: "
            + sdk.studyTime().forumTotals(manager, forum, today).summary());
    out.println(
        "and a base where the organisation has few practitioners: "
            + sdk.studyTime()
                .baseTotals(manager, held.organisation(), BaseId.of("tour-annexe"), today)
                .summary());
  }

  private static JsonNode readJson(String json) {
    try {
      return ForumJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the notes' export is not JSON", e);
    }
  }
}
