package org.practitionersforum.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditPage;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.audit.AuditVerification;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.security.AccessRow;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.EventDelivery;
import org.practitionersforum.core.ForumSdk;

/**
 * The trust part of the tour (SEC-1 to SEC-4): the access policy read as data and a refusal naming
 * its rule, the forum's audit trail queried and verified, a host reading events from the outbox to
 * forward them to a message broker, and a member's subject access export and erasure, after which
 * the forum, its terms and the audit trail still hold.
 */
public final class TrustTour {
  private static final int PAGE = 4;

  private TrustTour() {}

  /**
   * Runs this part of the tour on an active forum with terms in force, as the terms part of the
   * tour leaves it. The last member of the list asks to be erased; the forum needs one more member
   * than its minimum so that it stays active.
   *
   * @param sdk the SDK, with its audit trail on (the default)
   * @param organisation the forum's organisation
   * @param forum the forum
   * @param members the forum's members, in order of joining
   * @param sponsor the forum's sponsoring manager
   * @param out where to print the account
   */
  public static void run(
      ForumSdk sdk,
      OrganisationId organisation,
      ForumId forum,
      List<PractitionerId> members,
      PersonId sponsor,
      PrintStream out) {
    Actor admin = Actor.administrator(PersonId.of("information-governance-1"));

    Headings.part(out, "One access policy, read as data (SEC-1)");
    List<AccessRow> rows = sdk.accessPolicy(organisation).rows();
    out.printf("The organisation's policy has %d rows; who may read a session:%n", rows.size());
    for (AccessRow row : rows) {
      if (row.operation() == Operation.SESSION_GET) {
        out.printf(
            "  %-13s %-11s sees %-12s (%s)%n",
            lower(row.role().name()),
            lower(row.relationship().name()),
            lower(row.view().name()),
            row.rule());
      }
    }
    try {
      sdk.audit().query(Actor.manager(sponsor), AuditQuery.all());
    } catch (PermissionDeniedException e) {
      out.println("The sponsoring manager asks for the audit trail: refused. " + e.getMessage());
    }

    Headings.part(out, "The audit trail: who did what, when, never what was said (SEC-2)");
    AuditQuery query = AuditQuery.all().aggregate(AggregateRef.forum(forum)).limit(PAGE);
    AuditPage page = sdk.audit().query(admin, query);
    out.printf("The forum's first %d records, oldest first:%n", PAGE);
    for (AuditRecord r : page.records()) {
      out.printf(
          "  #%d %s by a %s: %s%n",
          r.sequence(), lower(r.operation().name()), lower(r.actorRole().name()), r.outcome());
    }
    int more = 0;
    while (page.next().isPresent()) {
      page = sdk.audit().query(admin, query.after(page.next().get()));
      more += page.records().size();
    }
    out.printf("... and %d more, a page at a time.%n", more);
    printVerification(sdk, admin, out);

    Headings.part(out, "Events a host forwards to its message broker, from the outbox");
    outboxForBroker(out);

    Headings.part(out, "A member leaves the organisation and asks to be forgotten (SEC-3)");
    PractitionerId leaver = members.get(members.size() - 1);
    Actor leaverActor = Actor.practitioner(leaver);
    String export = sdk.privacy().export(leaverActor, leaver);
    out.printf(
        "Subject access (UK GDPR Article 15): the member downloads %d characters of JSON about"
            + " themselves.%n",
        export.length());
    TermsVersion before = sdk.terms().inForce(admin, forum).orElseThrow();
    ErasureReceipt receipt = sdk.privacy().erase(admin, leaver);
    out.println("An administrator erases them. Records removed: " + counts(receipt.removed()));
    out.println(
        "Records kept under a pseudonymous token, so that history stays true: "
            + counts(receipt.pseudonymised()));
    Forum after = sdk.forums().get(Actor.practitioner(members.get(0)), forum);
    TermsVersion still = sdk.terms().inForce(admin, forum).orElseThrow();
    out.printf(
        "The forum is %s with %d members; the terms in force are still version %d, hash"
            + " unchanged: %s.%n",
        lower(after.state().name()),
        after.members().size(),
        still.number(),
        still.hash().equals(before.hash()));
    printVerification(sdk, admin, out);
  }

  private static void printVerification(ForumSdk sdk, Actor admin, PrintStream out) {
    AuditVerification v = sdk.audit().verify(admin);
    out.printf(
        "Verified: %d records in %d chains, %s.%n",
        v.recordsChecked(),
        v.chainsChecked(),
        v.clean() ? "none altered, removed or reordered" : v.problemsFound() + " problems");
  }

  /**
   * A host that forwards events to a message broker reads them from the outbox, where each was
   * written in the same transaction as its change, and acknowledges them once the broker has them.
   */
  private static void outboxForBroker(PrintStream out) {
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(EmbeddedH2.inMemory("forum-tour-broker-" + UUID.randomUUID()))
            .eventDelivery(EventDelivery.OUTBOX_READ_BY_HOST)
            .build();
    PractitionerId proposer = PractitionerId.of("sw-ivy");
    sdk.practitioners()
        .register(
            Actor.administrator(PersonId.of("admin-7")),
            PractitionerProfile.builder()
                .id(proposer)
                .discipline(Discipline.SOCIAL_WORK)
                .specialism(Specialism.ADULTS)
                .base(BaseId.of("quay-street"))
                .organisation(OrganisationId.of("coastal-trust"))
                .locality(LocalityId.of("east"))
                .build());
    sdk.forums()
        .propose(
            Actor.practitioner(proposer),
            ForumProposal.builder()
                .id(ForumId.of("quay-street-forum"))
                .name("Quay Street practitioners' forum")
                .organisation(OrganisationId.of("coastal-trust"))
                .base(BaseId.of("quay-street"))
                .locality(LocalityId.of("east"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    List<EventEnvelope> pending = sdk.outbox().pending(10);
    for (EventEnvelope e : pending) {
      out.printf(
          "Waiting in the outbox: %s, event id %s (the broker deduplicates by it).%n",
          e.event().getClass().getSimpleName(), e.id());
    }
    List<UUID> ids = pending.stream().map(EventEnvelope::id).toList();
    sdk.outbox().acknowledge(ids);
    out.printf(
        "The broker has them; acknowledged. Waiting now: %d.%n", sdk.outbox().pending(10).size());
  }

  private static String counts(Map<ErasureCategory, Integer> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    counts.forEach(
        (category, n) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(lower(category.name()))
                .append(' ')
                .append(n));
    return b.toString();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
