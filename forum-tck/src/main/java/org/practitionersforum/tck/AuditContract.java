package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditCheckpoint;
import org.practitionersforum.api.audit.AuditProblem;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.audit.AuditVerification;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;

/**
 * The contract of {@link org.practitionersforum.api.spi.AuditStore} (SEC-2): records stored exactly
 * in the unit of work that appends them, one per place of a chain, read back by chain, by query and
 * by scan; identities replaced only by pseudonymisation and retention; and, through the SDK, one
 * record per committed command with chains that verify. With an {@link AuditTampering}, records
 * altered, removed, reordered or truncated behind the SDK's back are found.
 */
public interface AuditContract extends StorageUnderTest {

  /**
   * Returns a way to tamper with the store's audit trail from outside, or empty to skip the
   * tampering tests.
   *
   * @return the tampering, if the store's test has one
   */
  default Optional<AuditTampering> auditTampering() {
    return Optional.empty();
  }

  /**
   * Returns how many random command sequences the audit property tries.
   *
   * @return the number of examples; 20 unless a store's test asks fewer
   */
  default int auditExamples() {
    return 20;
  }

  /** Random command sequences by random actors: one record per committed command, no free text. */
  @Test
  default void auditTrailHoldsOneRecordPerCommittedCommandAndNoFreeText() {
    qt().withExamples(auditExamples())
        .withShrinkCycles(50)
        .forAll(lists().of(integers().all()).ofSizeBetween(1, 30))
        .checkAssert(commands -> new AuditRun(storage()).run(commands));
  }

  /**
   * Two SDKs on one store, as on two application servers, take turns changing one forum: each
   * appends after the record the other wrote, although each keeps the heads of the chains it wrote
   * itself, and the chain stays whole and in order.
   */
  @Test
  default void twoSdksTakingTurnsOnOneForumKeepItsChainWhole() {
    String ns = StorageFixtures.namespace();
    ForumStorage storage = storage();
    ForumSdk[] sdks = {
      ForumSdk.builder().storage(storage).build(), ForumSdk.builder().storage(storage).build()
    };
    Actor admin = Actor.administrator(PersonId.of(ns + "admin"));
    ForumId forum = ForumId.of(ns + "turns");
    sdks[0]
        .forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(forum)
                .name("Turns")
                .organisation(OrganisationId.of("org-1"))
                .base(BaseId.of(ns + "base"))
                .locality(LocalityId.of("north"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    int commands = 1;
    for (int i = 0; i < 6; i++) {
      PractitionerId p = PractitionerId.of(ns + "p" + i);
      sdks[0].practitioners().register(admin, StorageFixtures.profile(p.value(), ns + "base"));
      sdks[i % 2].forums().join(Actor.practitioner(p), forum, p);
      commands++;
    }
    for (int i = 0; i < 3; i++) {
      PractitionerId p = PractitionerId.of(ns + "p" + i);
      sdks[(i + 1) % 2].forums().leave(Actor.practitioner(p), forum, p);
      commands++;
    }

    List<AuditRecord> chain =
        sdks[1]
            .audit()
            .query(admin, AuditQuery.all().aggregate(AggregateRef.forum(forum)).limit(100))
            .records()
            .stream()
            .sorted(java.util.Comparator.comparingLong(AuditRecord::sequence))
            .toList();
    assertThat(chain).hasSize(commands);
    String previous = AuditRecord.GENESIS;
    for (int i = 0; i < chain.size(); i++) {
      assertThat(chain.get(i).sequence()).isEqualTo(i + 1);
      assertThat(chain.get(i).previousHash()).isEqualTo(previous);
      previous = chain.get(i).hash();
    }
  }

  /** Appended records are read back exactly, by head, query and scan. */
  @Test
  default void auditStoreKeepsRecordsExactly() {
    AggregateRef forum = AggregateRef.forum(ForumId.of("audit-forum"));
    AggregateRef person = AggregateRef.practitioner(PractitionerId.of("audit-person"));
    List<AuditRecord> records =
        List.of(
            record(forum, 1, 10, "a", Optional.of("org-1")),
            record(forum, 2, 11, "b", Optional.of("org-1")),
            record(person, 1, 12, "c", Optional.empty()));
    storage()
        .inTransaction(
            tx -> {
              records.forEach(tx.audit()::append);
              assertThat(tx.audit().head(forum)).contains(records.get(1));
              return null;
            });
    assertThat(head(forum)).contains(records.get(1));
    assertThat(head(person)).contains(records.get(2));
    assertThat(head(AggregateRef.forum(ForumId.of("no-such-audit-forum")))).isEmpty();
    assertThat(query(AuditQuery.all())).containsExactlyElementsOf(records);
    assertThat(query(AuditQuery.all().newestFirst().limit(2)))
        .containsExactly(records.get(2), records.get(1));
    List<AuditRecord> scanned = new ArrayList<>();
    Optional<AggregateRef> after = Optional.empty();
    long sequence = 0;
    while (true) {
      Optional<AggregateRef> from = after;
      long fromSequence = sequence;
      List<AuditRecord> page =
          storage().inTransaction(tx -> tx.audit().scan(from, fromSequence, 1));
      if (page.isEmpty()) {
        break;
      }
      scanned.addAll(page);
      after = Optional.of(page.get(0).aggregate());
      sequence = page.get(0).sequence();
    }
    assertThat(scanned).containsExactlyInAnyOrderElementsOf(records);
    int forumAt = scanned.indexOf(records.get(0));
    assertThat(scanned.get(forumAt + 1)).isEqualTo(records.get(1));
  }

  /** A place in a chain is taken once; a rolled-back unit leaves no record. */
  @Test
  default void auditStoreRefusesASecondRecordAtOnePlaceAndKeepsNothingOfARollback() {
    AggregateRef forum = AggregateRef.forum(ForumId.of("audit-race"));
    storage()
        .inTransaction(
            tx -> {
              tx.audit().append(record(forum, 1, 1, "a", Optional.empty()));
              return null;
            });
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.audit().append(record(forum, 1, 2, "b", Optional.empty()));
                          return null;
                        }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.audit().append(record(forum, 2, 3, "c", Optional.empty()));
                          throw new IllegalStateException("the command failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(query(AuditQuery.all())).extracting(AuditRecord::hash).containsExactly(hash("a"));
  }

  /** Pseudonymisation and retention replace identities only, and only where they should. */
  @Test
  default void auditStoreReplacesIdentitiesOnlyByPseudonymisationAndRetention() {
    AggregateRef forum = AggregateRef.forum(ForumId.of("audit-id-forum"));
    AggregateRef person = AggregateRef.practitioner(PractitionerId.of("audit-actor"));
    storage()
        .inTransaction(
            tx -> {
              tx.audit().append(record(forum, 1, 10, "a", Optional.of("org-1")));
              tx.audit().append(record(forum, 2, 20, "b", Optional.of("org-1")));
              tx.audit().append(record(person, 1, 30, "c", Optional.of("org-2")));
              return null;
            });
    int retained =
        storage()
            .inTransaction(
                tx ->
                    tx.audit()
                        .removeIdentities(
                            OrganisationId.of("org-1"), StorageFixtures.at(15), "gone"));
    assertThat(retained).isEqualTo(1);
    List<AuditRecord> after = query(AuditQuery.all());
    assertThat(after.get(0).actorId()).isEqualTo("gone");
    assertThat(after.get(0).actorSalt()).isEmpty();
    assertThat(after.get(0).hash()).isEqualTo(hash("a"));
    assertThat(after.get(1).actor()).contains(PersonId.of("audit-actor"));
    int erased =
        storage()
            .inTransaction(tx -> tx.audit().pseudonymise(PersonId.of("audit-actor"), "erased-1"));
    assertThat(erased).isEqualTo(2);
    List<AuditRecord> erasedRecords = query(AuditQuery.all());
    assertThat(erasedRecords)
        .extracting(AuditRecord::actorId)
        .containsExactly("gone", "erased-1", "erased-1");
    assertThat(erasedRecords.get(2).aggregate())
        .isEqualTo(new AggregateRef(AggregateRef.Kind.PRACTITIONER, "erased-1"));
    assertThat(erasedRecords.get(2).aggregateSalt()).isEmpty();
    assertThat(erasedRecords.get(2).aggregateDigest()).contains(hash("digest"));
    assertThat(query(AuditQuery.all().actor(PersonId.of("audit-actor")))).isEmpty();
  }

  /** An altered field is found, and the record named. */
  @Test
  default void auditVerifyFindsAnAlteredRecord() {
    AuditTampering tamper = tampering();
    ForumSdk sdk = sdkWithChain();
    tamper.alterOutcome(CHAIN, 3, "MemberLeft");
    assertThat(problems(sdk.audit().verify(ADMIN))).containsExactly("3 ALTERED");
  }

  /** A record deleted from the middle of a chain is found missing. */
  @Test
  default void auditVerifyFindsAMissingRecord() {
    AuditTampering tamper = tampering();
    ForumSdk sdk = sdkWithChain();
    tamper.delete(CHAIN, 3);
    assertThat(problems(sdk.audit().verify(ADMIN))).containsExactly("3 MISSING");
  }

  /** Two records swapped are found reordered. */
  @Test
  default void auditVerifyFindsReorderedRecords() {
    AuditTampering tamper = tampering();
    ForumSdk sdk = sdkWithChain();
    tamper.swap(CHAIN, 2, 3);
    List<String> found = problems(sdk.audit().verify(ADMIN));
    assertThat(found).contains("2 REORDERED", "3 REORDERED");
    assertThat(found).allMatch(p -> p.endsWith("REORDERED"));
  }

  /** A truncated tail is invisible without a checkpoint and found missing against one. */
  @Test
  default void auditVerifyFindsATruncatedTailOnlyAgainstACheckpoint() {
    AuditTampering tamper = tampering();
    ForumSdk sdk = sdkWithChain();
    AuditCheckpoint checkpoint =
        AuditCheckpoint.decode(sdk.audit().checkpoint(Actor.system()).encode());
    assertThat(sdk.audit().verify(ADMIN, checkpoint).clean()).isTrue();
    tamper.truncate(CHAIN, 5);
    assertThat(sdk.audit().verify(ADMIN).clean()).isTrue();
    assertThat(problems(sdk.audit().verify(ADMIN, checkpoint))).containsExactly("5 MISSING");
  }

  /** The forum chain the tampering tests change. */
  AggregateRef CHAIN = AggregateRef.forum(ForumId.of("audit-tampered"));

  /** The administrator of the tampering tests. */
  Actor ADMIN = Actor.administrator(PersonId.of("audit-admin"));

  private Optional<AuditRecord> head(AggregateRef chain) {
    return storage().inTransaction(tx -> tx.audit().head(chain));
  }

  private List<AuditRecord> query(AuditQuery query) {
    return storage().inTransaction(tx -> tx.audit().query(query));
  }

  private AuditTampering tampering() {
    Optional<AuditTampering> t = auditTampering();
    assumeTrue(t.isPresent(), "this store's test supplies no way to tamper with its audit trail");
    return t.get();
  }

  /** A forum with a chain of six records: its proposal and five joins; every chain verifies. */
  private ForumSdk sdkWithChain() {
    TickingClock clock = new TickingClock();
    ForumSdk sdk = ForumSdk.builder().storage(storage()).clock(clock).build();
    ForumId forum = ForumId.of(CHAIN.id());
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Tampered forum")
                .organisation(OrganisationId.of("org-1"))
                .base(BaseId.of("audit-base"))
                .locality(LocalityId.of("north"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (int i = 0; i < 5; i++) {
      PractitionerId p = PractitionerId.of("audit-p" + i);
      sdk.practitioners().register(ADMIN, StorageFixtures.profile(p.value(), "audit-base"));
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    AuditVerification clean = sdk.audit().verify(ADMIN);
    assertThat(clean.problems()).isEmpty();
    assertThat(clean.recordsChecked()).isEqualTo(11);
    return sdk;
  }

  private static List<String> problems(AuditVerification v) {
    List<String> out = new ArrayList<>();
    for (AuditProblem p : v.problems()) {
      assertThat(p.aggregate()).contains(CHAIN);
      out.add(p.sequence() + " " + p.kind());
    }
    assertThat(v.problemsFound()).isEqualTo(out.size());
    return out;
  }

  /** A synthetic record: hashes made from a letter, its time a step of the fixtures' clock. */
  private static AuditRecord record(
      AggregateRef ref, long sequence, int step, String letter, Optional<String> organisation) {
    boolean person = ref.kind() == AggregateRef.Kind.PRACTITIONER;
    return new AuditRecord(
        ref,
        person ? Optional.of("0123456789abcdef0123456789abcdef") : Optional.empty(),
        person ? Optional.of(hash("digest")) : Optional.empty(),
        sequence,
        Operation.FORUM_JOIN,
        Role.PRACTITIONER,
        "audit-actor",
        Optional.of("fedcba9876543210fedcba9876543210"),
        hash("actor"),
        organisation.map(OrganisationId::of),
        at(step),
        "MemberJoined,FormationStarted",
        sequence == 1 ? AuditRecord.GENESIS : hash("previous"),
        hash(letter));
  }

  private static Instant at(int step) {
    return StorageFixtures.at(step);
  }

  private static String hash(String letter) {
    String hex = Integer.toHexString(letter.hashCode() & 0xfffffff);
    return (hex + "0".repeat(64)).substring(0, 64);
  }
}
