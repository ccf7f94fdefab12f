package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditPage;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.TestClock;

/**
 * One run of a command sequence by random actors for {@link AuditContract}: every command that
 * returns is expected to leave exactly one audit record on its aggregate, in order, and every
 * refused one none; no record may hold any of the free texts the commands were given.
 */
final class AuditRun {
  private static final int PEOPLE = 6;
  private static final int FORUMS = 2;

  private final String ns = StorageFixtures.namespace();
  private final TestClock clock = new TestClock(StorageFixtures.T0);
  private final ForumSdk sdk;
  private final Actor admin = Actor.administrator(PersonId.of("audit-admin"));
  private final Map<AggregateRef, List<Operation>> expected = new LinkedHashMap<>();
  private final List<String> freeTexts = new ArrayList<>();
  private int committed;

  AuditRun(ForumStorage storage) {
    sdk = ForumSdk.builder().storage(storage).clock(clock).build();
  }

  void run(List<Integer> commands) {
    SplittableRandom setup = new SplittableRandom(commands.size());
    for (int i = 0; i < PEOPLE; i++) {
      PractitionerProfile p =
          StorageFixtures.profile(setup, ns + "p" + i, ns + "base0", java.util.Optional.empty());
      run(
          AggregateRef.practitioner(p.id()),
          Operation.PRACTITIONER_REGISTER,
          () -> sdk.practitioners().register(admin, p));
    }
    int step = 0;
    for (int command : commands) {
      clock.set(StorageFixtures.at(++step));
      apply(new SplittableRandom(command));
    }
    check();
  }

  private void apply(SplittableRandom r) {
    ForumId forum = ForumId.of(ns + "f" + r.nextInt(FORUMS));
    PractitionerId p = PractitionerId.of(ns + "p" + r.nextInt(PEOPLE));
    Actor actor = actor(r, p);
    AggregateRef ref = AggregateRef.forum(forum);
    String text = "Free text " + ns + freeTexts.size() + " about Jo Bloggs";
    switch (r.nextInt(8)) {
      case 0 -> {
        freeTexts.add(text);
        ForumProposal proposal =
            ForumProposal.builder()
                .id(forum)
                .name(text)
                .organisation(OrganisationId.of("org-" + r.nextInt(2)))
                .base(BaseId.of(ns + "base0"))
                .locality(LocalityId.of("locality-0"))
                .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.LOCALITY))
                .build();
        run(ref, Operation.FORUM_PROPOSE, () -> sdk.forums().propose(actor, proposal));
      }
      case 1, 2 -> run(ref, Operation.FORUM_JOIN, () -> sdk.forums().join(actor, forum, p));
      case 3 -> run(ref, Operation.FORUM_LEAVE, () -> sdk.forums().leave(actor, forum, p));
      case 4 -> {
        freeTexts.add(text);
        ForumState target = ForumState.values()[r.nextInt(ForumState.values().length)];
        run(
            ref,
            Operation.FORUM_TRANSITION,
            () -> sdk.forums().transition(actor, forum, target, text));
      }
      case 5 ->
          run(
              ref,
              Operation.FORUM_START_FACILITATION,
              () -> sdk.forums().startFacilitation(actor, forum, PersonId.of(ns + "fac")));
      case 6 -> {
        freeTexts.add(text);
        run(
            ref,
            Operation.FORUM_END_FACILITATION,
            () -> sdk.forums().endFacilitation(actor, forum, text));
      }
      default -> {
        Discipline d = Discipline.wellKnown().get(r.nextInt(3));
        PractitionerProfile current = sdk.practitioners().get(admin, p);
        run(
            AggregateRef.practitioner(p),
            Operation.PRACTITIONER_UPDATE,
            () ->
                sdk.practitioners()
                    .update(
                        actor, PractitionerProfile.builder().from(current).discipline(d).build()));
      }
    }
  }

  private Actor actor(SplittableRandom r, PractitionerId self) {
    return switch (r.nextInt(6)) {
      case 0, 1 -> Actor.practitioner(self);
      case 2 -> Actor.practitioner(PractitionerId.of(ns + "p" + r.nextInt(PEOPLE)));
      case 3 -> admin;
      case 4 -> Actor.manager(PersonId.of(ns + "mgr"));
      default -> Actor.system();
    };
  }

  private void run(AggregateRef ref, Operation operation, Supplier<Object> command) {
    try {
      command.get();
    } catch (ForumException refused) {
      return;
    }
    committed++;
    expected.computeIfAbsent(ref, k -> new ArrayList<>()).add(operation);
  }

  private void check() {
    int found = 0;
    for (Map.Entry<AggregateRef, List<Operation>> e : expected.entrySet()) {
      List<AuditRecord> records = all(AuditQuery.all().aggregate(e.getKey()).limit(7));
      records.sort(Comparator.comparingLong(AuditRecord::sequence));
      assertThat(records)
          .as("one audit record per committed command on an aggregate, in order")
          .extracting(AuditRecord::operation)
          .containsExactlyElementsOf(e.getValue());
      for (AuditRecord record : records) {
        String fields =
            String.join(
                "|",
                record.aggregate().id(),
                record.actorId(),
                record.outcome(),
                record.organisation().map(OrganisationId::value).orElse(""),
                record.toString());
        for (String text : freeTexts) {
          assertThat(fields).as("no free text in an audit record").doesNotContain(text);
        }
        assertThat(fields).doesNotContain("Jo Bloggs");
      }
      found += records.size();
    }
    assertThat(found).isEqualTo(committed);
    for (int i = 0; i < FORUMS; i++) {
      AggregateRef ref = AggregateRef.forum(ForumId.of(ns + "f" + i));
      if (!expected.containsKey(ref)) {
        assertThat(sdk.audit().query(admin, AuditQuery.all().aggregate(ref)).records())
            .as("no audit record for a forum no command changed")
            .isEmpty();
      }
    }
    assertThat(sdk.audit().verify(Actor.system()).problems()).isEmpty();
  }

  private List<AuditRecord> all(AuditQuery query) {
    List<AuditRecord> out = new ArrayList<>();
    AuditPage page = sdk.audit().query(admin, query);
    out.addAll(page.records());
    while (page.next().isPresent()) {
      page = sdk.audit().query(admin, query.after(page.next().get()));
      out.addAll(page.records());
    }
    return out;
  }
}
