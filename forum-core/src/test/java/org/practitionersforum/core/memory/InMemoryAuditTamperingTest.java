package org.practitionersforum.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditCheckpoint;
import org.practitionersforum.api.audit.AuditProblem;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.audit.AuditVerification;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.core.internal.audit.AuditLog;
import org.practitionersforum.core.internal.terms.TermsFixture;

/**
 * The in-memory store's audit trail, tampered with as someone with access to the process's memory
 * would: {@code verify()} finds each change (the contract suite does the same on the databases with
 * raw SQL).
 */
class InMemoryAuditTamperingTest {
  private static final Actor ADMIN = Actor.administrator(TermsFixture.ADMIN);
  private final TermsFixture f = new TermsFixture(5, 0);
  private final AggregateRef chain = AggregateRef.forum(f.forum);
  private final InMemoryAuditLog log = f.storage.auditLog();

  private List<String> problems(AuditVerification v) {
    assertThat(v.problemsFound()).isEqualTo(v.problems().size());
    return v.problems().stream()
        .peek(p -> assertThat(p.aggregate()).contains(chain))
        .map(p -> p.sequence() + " " + p.kind())
        .toList();
  }

  @Test
  void theUntouchedTrailVerifies() {
    AuditVerification v = f.sdk.audit().verify(ADMIN);
    assertThat(v.clean()).isTrue();
    assertThat(v.recordsChecked()).isEqualTo(11);
  }

  @Test
  void anAlteredFieldIsFound() {
    log.tamperReplace(
        chain,
        4,
        r ->
            new AuditRecord(
                r.aggregate(),
                r.aggregateSalt(),
                r.aggregateDigest(),
                r.sequence(),
                r.operation(),
                r.actorRole(),
                r.actorId(),
                r.actorSalt(),
                r.actorDigest(),
                r.organisation(),
                r.at().plusSeconds(1),
                r.outcome(),
                r.previousHash(),
                r.hash()));
    assertThat(problems(f.sdk.audit().verify(ADMIN))).containsExactly("4 ALTERED");
  }

  @Test
  void anActorWhoseDigestNoLongerMatchesIsFound() {
    log.tamperReplace(
        chain,
        2,
        r ->
            new AuditRecord(
                r.aggregate(),
                r.aggregateSalt(),
                r.aggregateDigest(),
                r.sequence(),
                r.operation(),
                r.actorRole(),
                "someone-else",
                r.actorSalt(),
                r.actorDigest(),
                r.organisation(),
                r.at(),
                r.outcome(),
                r.previousHash(),
                r.hash()));
    assertThat(problems(f.sdk.audit().verify(ADMIN))).containsExactly("2 ALTERED");
  }

  @Test
  void aRemovedRecordIsFoundMissing() {
    log.tamperRemove(chain, 3, false);
    assertThat(problems(f.sdk.audit().verify(ADMIN))).containsExactly("3 MISSING");
  }

  @Test
  void swappedRecordsAreFoundReordered() {
    log.tamperSwap(chain, 2, 4);
    List<String> found = problems(f.sdk.audit().verify(ADMIN));
    assertThat(found).contains("2 REORDERED", "4 REORDERED");
    assertThat(found).allMatch(p -> p.endsWith("REORDERED"));
  }

  @Test
  void aRecordPutBetweenTwoOthersIsFoundExtra() {
    // Renumber 3..6 to 4..7 and put a copy of record 2, relinked as the forger would, at 3.
    for (long s = 6; s >= 3; s--) {
      long from = s;
      log.tamperReplace(chain, from, r -> renumbered(r, from + 1));
    }
    // The forger writes a record after record 2 with a true hash, as the SDK's writer would.
    InMemoryForumStorage scratch = new InMemoryForumStorage();
    AuditRecord forged =
        scratch.inTransaction(
            tx -> {
              for (AuditRecord r :
                  f.storage.inTransaction(
                      t -> t.audit().scan(java.util.Optional.empty(), 0, 100))) {
                if (r.aggregate().equals(chain) && r.sequence() <= 2) {
                  tx.audit().append(r);
                }
              }
              AuditLog.on()
                  .record(tx, ADMIN, Operation.FORUM_JOIN, chain, TermsFixture.NOW, List.of());
              return tx.audit().head(chain).orElseThrow();
            });
    assertThat(forged.sequence()).isEqualTo(3);
    log.tamperInsert(forged);
    List<String> found = problems(f.sdk.audit().verify(ADMIN));
    assertThat(found).contains("3 EXTRA");
  }

  @Test
  void aTruncatedTailIsFoundOnlyAgainstACheckpoint() {
    AuditCheckpoint checkpoint = f.sdk.audit().checkpoint(Actor.system());
    log.tamperRemove(chain, 5, true);
    assertThat(f.sdk.audit().verify(ADMIN).clean()).isTrue();
    assertThat(problems(f.sdk.audit().verify(ADMIN, checkpoint))).containsExactly("5 MISSING");
  }

  @Test
  void aChainRemovedWholeIsFoundAgainstACheckpoint() {
    AuditCheckpoint checkpoint = f.sdk.audit().checkpoint(Actor.system());
    log.tamperRemove(chain, 1, true);
    AuditVerification v = f.sdk.audit().verify(ADMIN, checkpoint);
    assertThat(v.problems())
        .extracting(AuditProblem::kind, AuditProblem::sequence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.MISSING, 1L));
    assertThat(v.problems().get(0).aggregate()).isEmpty();
  }

  private static AuditRecord renumbered(AuditRecord r, long sequence) {
    return new AuditRecord(
        r.aggregate(),
        r.aggregateSalt(),
        r.aggregateDigest(),
        sequence,
        r.operation(),
        r.actorRole(),
        r.actorId(),
        r.actorSalt(),
        r.actorDigest(),
        r.organisation(),
        r.at(),
        r.outcome(),
        r.previousHash(),
        r.hash());
  }
}
