// Longer than 500 lines because the agreement contract covers every kind of read a store may do
// before an agreement (round, parties, whole terms), each with its refusals; splitting it would
// split one contract across files.
package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.namespace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.testkit.TermsGenerators;

/**
 * The contract of the terms store's narrow agreement operations, {@link
 * org.practitionersforum.api.spi.TermsStore#findAgreementRound} and {@link
 * org.practitionersforum.api.spi.TermsStore#recordAgreement}: they answer and store exactly what
 * the whole-aggregate operations would, they belong to the unit's repeatable read, and the store
 * itself refuses an agreement based on terms that changed since they were read, to a version that
 * is not open for agreement (or in force) in that round with that hash, or given twice in a round.
 * Most recordings here run in a unit of work that read nothing before, so that the store's own
 * checks, not a snapshot in memory, are what refuses them; the refusals also run after the unit
 * read the round or the whole terms, so that what the store keeps of those reads refuses them too.
 */
public interface TermsAgreementContract extends StorageUnderTest {

  /**
   * The round read alone is the round of the whole terms, for every hash, in the unit that wrote
   * them and later.
   */
  @Test
  default void agreementRoundIsTheRoundOfTheWholeTerms() {
    SplittableRandom random = new SplittableRandom(31);
    String ns = namespace();
    for (int i = 0; i < 15; i++) {
      ForumId forum = ForumId.of(ns + "round-" + i);
      ForumTerms terms = TermsGenerators.forumTerms(random, forum);
      List<ContentHash> hashes = new ArrayList<>();
      terms.versions().forEach(v -> hashes.add(v.hash()));
      hashes.add(TermsGenerators.contentHash(random));
      storage()
          .inTransaction(
              tx -> {
                assertThat(tx.terms().findAgreementRound(forum, hashes.get(0))).isEmpty();
                ForumTerms stored = tx.terms().insert(terms);
                for (ContentHash h : hashes) {
                  assertThat(tx.terms().findAgreementRound(forum, h))
                      .isEqualTo(expectedRound(stored, h));
                }
                return null;
              });
      for (ContentHash h : hashes) {
        storage()
            .inTransaction(
                tx -> {
                  Optional<AgreementRound> alone = tx.terms().findAgreementRound(forum, h);
                  ForumTerms whole = tx.terms().find(forum).orElseThrow();
                  assertThat(alone).isEqualTo(expectedRound(whole, h));
                  assertThat(tx.terms().findAgreementRound(forum, h)).isEqualTo(alone);
                  return null;
                });
      }
    }
    ContentHash unknown = TermsGenerators.contentHash(random);
    Optional<AgreementRound> none =
        storage()
            .inTransaction(tx -> tx.terms().findAgreementRound(ForumId.of(ns + "none"), unknown));
    assertThat(none).isEmpty();
  }

  /**
   * A recorded agreement is stored as an update of the whole terms with it would store it, at the
   * next version.
   */
  @Test
  default void recordedAgreementIsWhatAnUpdateWouldStore() {
    SplittableRandom random = new SplittableRandom(32);
    String ns = namespace();
    int recorded = 0;
    for (int i = 0; i < 30; i++) {
      ForumId forum = ForumId.of(ns + "record-" + i);
      ForumTerms stored =
          storage()
              .inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
      Optional<TermsVersion> target = agreeable(stored);
      if (target.isEmpty()) {
        continue;
      }
      TermsVersion v = target.get();
      boolean intoForce = v.status() == TermsStatus.OPEN && random.nextBoolean();
      Agreement a =
          agreement(
              v, PersonId.of(ns + "party-" + i), Instant.parse("2031-05-06T07:08:09.123456789Z"));
      ForumTerms expected =
          ForumTerms.builder().from(stored.withAgreement(a, intoForce)).version(2).build();
      long next = storage().inTransaction(tx -> tx.terms().recordAgreement(forum, 1, a, intoForce));
      assertThat(next).isEqualTo(2);
      assertThat(stored(forum)).contains(expected);
      Optional<TermsVersion> inForce = storage().inTransaction(tx -> tx.terms().findInForce(forum));
      assertThat(inForce).isEqualTo(expected.inForce());
      Optional<AgreementRound> round =
          storage().inTransaction(tx -> tx.terms().findAgreementRound(forum, v.hash()));
      assertThat(round).isEqualTo(expectedRound(expected, v.hash()));
      recorded++;
    }
    assertThat(recorded).as("the generated terms have versions open or in force").isGreaterThan(5);
  }

  /**
   * In one unit of work, reads after a recorded agreement see it, whatever was read before, and a
   * later whole update of the terms in the unit starts from it: it keeps the agreement, or takes it
   * away again.
   */
  @Test
  default void recordedAgreementIsSeenByTheRestOfTheUnit() {
    SplittableRandom random = new SplittableRandom(33);
    String ns = namespace();
    for (int i = 0; i < 20; i++) {
      ForumId forum = ForumId.of(ns + "unit-" + i);
      ForumTerms stored =
          storage()
              .inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
      Optional<TermsVersion> target = agreeable(stored);
      if (target.isEmpty()) {
        continue;
      }
      TermsVersion v = target.get();
      boolean intoForce = v.status() == TermsStatus.OPEN;
      Agreement a =
          agreement(v, PersonId.of(ns + "party-" + i), Instant.parse("2031-05-06T07:08:09Z"));
      ForumTerms expected =
          ForumTerms.builder().from(stored.withAgreement(a, intoForce)).version(2).build();
      int readFirst = i % 4;
      boolean undo = i % 8 >= 4;
      ForumTerms after =
          storage()
              .inTransaction(
                  tx -> {
                    switch (readFirst) {
                      case 0 -> tx.terms().find(forum);
                      case 1 -> tx.terms().findInForce(forum);
                      case 2 -> tx.terms().findAgreementRound(forum, v.hash());
                      default -> {}
                    }
                    tx.terms().recordAgreement(forum, 1, a, intoForce);
                    assertThat(tx.terms().findInForce(forum)).isEqualTo(expected.inForce());
                    assertThat(tx.terms().findAgreementRound(forum, v.hash()))
                        .isEqualTo(expectedRound(expected, v.hash()));
                    assertThat(tx.terms().find(forum)).contains(expected);
                    return tx.terms()
                        .update(
                            undo
                                ? ForumTerms.builder().from(stored).version(2).build()
                                : tx.terms().find(forum).orElseThrow());
                  });
      assertThat(after)
          .isEqualTo(ForumTerms.builder().from(undo ? stored : expected).version(3).build());
      assertThat(stored(forum)).contains(after);
    }
  }

  /**
   * An agreement decided on another version of the terms than the stored one is refused, and
   * nothing of its unit is stored.
   */
  @Test
  default void recordAgreementRefusesAStaleVersion() {
    String ns = namespace();
    ForumId forum = ForumId.of(ns + "stale");
    ForumId other = ForumId.of(ns + "stale-other");
    SplittableRandom random = new SplittableRandom(34);
    ForumTerms v1 = storage().inTransaction(tx -> tx.terms().insert(openTerms(random, forum)));
    ForumTerms v2 = storage().inTransaction(tx -> tx.terms().update(v1));
    TermsVersion open = v2.pending().orElseThrow();
    Agreement a = agreement(open, PersonId.of(ns + "late"), Instant.parse("2031-01-01T00:00:00Z"));
    for (long stale : new long[] {1, 3}) {
      assertThatThrownBy(
              () ->
                  storage()
                      .inTransaction(
                          tx -> {
                            tx.terms().insert(TermsGenerators.forumTerms(random, other));
                            return tx.terms().recordAgreement(forum, stale, a, false);
                          }))
          .isInstanceOf(ConcurrentUpdateException.class);
    }
    assertThat(stored(forum)).contains(v2);
    assertThat(stored(other)).isEmpty();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> tx.terms().recordAgreement(ForumId.of(ns + "none"), 1, a, false)))
        .isInstanceOf(NotFoundException.class);
  }

  /**
   * An agreement is stored only on the version it names, while that version is open for agreement
   * or in force, in its current round and with its hash; only an open version comes into force.
   * Anything else is refused and nothing of the unit is stored.
   */
  @Test
  default void recordAgreementRefusesAVersionNotOpenForIt() {
    SplittableRandom random = new SplittableRandom(35);
    String ns = namespace();
    ForumId forum = ForumId.of(ns + "closed");
    ForumId other = ForumId.of(ns + "closed-other");
    List<TermsVersion> versions =
        List.of(
            TermsGenerators.version(random, 1, TermsStatus.SUPERSEDED),
            TermsGenerators.version(random, 2, TermsStatus.WITHDRAWN),
            TermsGenerators.version(random, 3, TermsStatus.IN_FORCE),
            TermsGenerators.version(random, 4, TermsStatus.OPEN));
    ForumTerms stored =
        storage()
            .inTransaction(
                tx ->
                    tx.terms()
                        .insert(ForumTerms.builder().forum(forum).versions(versions).build()));
    ForumTerms withDraft =
        ForumTerms.builder().forum(forum).versions(versions.subList(0, 3)).build();
    Instant at = Instant.parse("2031-01-01T00:00:00Z");
    PersonId party = PersonId.of(ns + "newcomer");
    List<Agreement> refused = new ArrayList<>();
    refused.add(agreement(versions.get(0), party, at));
    refused.add(agreement(versions.get(1), party, at));
    TermsVersion open = versions.get(3);
    refused.add(
        Agreement.builder().from(agreement(open, party, at)).hash(versions.get(2).hash()).build());
    refused.add(
        Agreement.builder()
            .from(agreement(open, party, at))
            .hash(TermsGenerators.contentHash(random))
            .build());
    refused.add(
        Agreement.builder().from(agreement(open, party, at)).round(open.round() + 1).build());
    if (open.round() > 1) {
      refused.add(
          Agreement.builder().from(agreement(open, party, at)).round(open.round() - 1).build());
    }
    refused.add(Agreement.builder().from(agreement(open, party, at)).version(5).build());
    for (Agreement a : refused) {
      for (int read = 0; read < 4; read++) {
        int before = read;
        assertThatThrownBy(
                () ->
                    storage()
                        .inTransaction(
                            tx -> {
                              tx.terms().insert(TermsGenerators.forumTerms(random, other));
                              readBefore(tx, forum, before, a.hash(), open.hash());
                              return tx.terms().recordAgreement(forum, 1, a, false);
                            }))
            .as("agreement to version %d, round %d, after read %d", a.version(), a.round(), before)
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
    Agreement toInForce = agreement(versions.get(2), party, at);
    for (int read = 0; read < 4; read++) {
      int before = read;
      assertThatThrownBy(
              () ->
                  storage()
                      .inTransaction(
                          tx -> {
                            readBefore(tx, forum, before, toInForce.hash(), open.hash());
                            return tx.terms().recordAgreement(forum, 1, toInForce, true);
                          }))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(stored(forum)).contains(stored);
    assertThat(stored(other)).isEmpty();
    // A draft takes no agreement either, whatever its round.
    ForumId drafted = ForumId.of(ns + "drafted");
    TermsVersion draft =
        TermsVersion.builder()
            .from(TermsGenerators.version(random, 4, TermsStatus.DRAFT))
            .round(2)
            .build();
    ForumTerms draftTerms =
        storage()
            .inTransaction(
                tx ->
                    tx.terms()
                        .insert(
                            ForumTerms.builder()
                                .from(withDraft)
                                .forum(drafted)
                                .addVersions(draft)
                                .build()));
    for (int read = 0; read < 4; read++) {
      int before = read;
      assertThatThrownBy(
              () ->
                  storage()
                      .inTransaction(
                          tx -> {
                            readBefore(tx, drafted, before, draft.hash(), draft.hash());
                            return tx.terms()
                                .recordAgreement(drafted, 1, agreement(draft, party, at), false);
                          }))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(stored(drafted)).contains(draftTerms);
  }

  /**
   * Reads a forum's terms in a unit of work before it records an agreement, in one of four ways (0
   * to 3): nothing (the store's statements must refuse a wrong agreement), the round of the
   * agreement's hash or of another (what the store keeps of a round read must), or the whole terms
   * (what it keeps of those must).
   */
  private static void readBefore(
      StorageTransaction tx, ForumId forum, int how, ContentHash agreed, ContentHash other) {
    switch (how) {
      case 1 -> tx.terms().findAgreementRound(forum, agreed);
      case 2 -> tx.terms().findAgreementRound(forum, other);
      case 3 -> tx.terms().find(forum);
      default -> {}
    }
  }

  /**
   * The first agreement of a new round goes after the agreements of the earlier rounds, whatever
   * the unit read before: they keep their places, and the version's agreements stay in the order
   * they were given.
   */
  @Test
  default void firstAgreementOfARoundFollowsTheEarlierRounds() {
    SplittableRandom random = new SplittableRandom(38);
    String ns = namespace();
    Instant at = Instant.parse("2031-01-01T00:00:00Z");
    for (int read = 0; read < 4; read++) {
      ForumId forum = ForumId.of(ns + "next-round-" + read);
      TermsVersion v = TermsGenerators.version(random, 1, TermsStatus.OPEN);
      TermsVersion reopened =
          TermsVersion.builder()
              .from(v)
              .round(3)
              .agreements(
                  List.of(
                      Agreement.builder()
                          .from(agreement(v, PersonId.of(ns + "first"), at))
                          .round(1)
                          .build(),
                      Agreement.builder()
                          .from(agreement(v, PersonId.of(ns + "second"), at))
                          .round(2)
                          .build()))
              .build();
      ForumTerms stored =
          storage()
              .inTransaction(
                  tx ->
                      tx.terms()
                          .insert(ForumTerms.builder().forum(forum).addVersions(reopened).build()));
      Agreement a = agreement(reopened, PersonId.of(ns + "third"), at.plusSeconds(60));
      int before = read;
      storage()
          .inTransaction(
              tx -> {
                readBefore(tx, forum, before, a.hash(), a.hash());
                return tx.terms().recordAgreement(forum, 1, a, false);
              });
      assertThat(stored(forum))
          .as("after read %d", read)
          .contains(ForumTerms.builder().from(stored.withAgreement(a, false)).version(2).build());
    }
  }

  /**
   * A party agrees a version once per round: a second agreement, in the same unit or a later one,
   * is a duplicate.
   */
  @Test
  default void recordAgreementRefusesASecondAgreementInTheRound() {
    SplittableRandom random = new SplittableRandom(36);
    String ns = namespace();
    ForumId forum = ForumId.of(ns + "twice");
    ForumTerms stored = storage().inTransaction(tx -> tx.terms().insert(openTerms(random, forum)));
    TermsVersion open = stored.pending().orElseThrow();
    PersonId party = PersonId.of(ns + "eager");
    Agreement first = agreement(open, party, Instant.parse("2031-01-01T00:00:00Z"));
    Agreement again = agreement(open, party, Instant.parse("2031-01-02T00:00:00Z"));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.terms().recordAgreement(forum, 1, first, false);
                          return tx.terms().recordAgreement(forum, 2, again, false);
                        }))
        .isInstanceOf(DuplicateException.class);
    assertThat(stored(forum)).contains(stored);
    storage().inTransaction(tx -> tx.terms().recordAgreement(forum, 1, first, false));
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> tx.terms().recordAgreement(forum, 2, again, false)))
        .isInstanceOf(DuplicateException.class);
    assertThat(stored(forum))
        .contains(ForumTerms.builder().from(stored.withAgreement(first, false)).version(2).build());
  }

  /**
   * Of two interleaved agreements decided on the same round, only the first to commit is stored;
   * the other fails with a retryable storage failure.
   */
  @Test
  default void ofTwoInterleavedAgreementsOnlyTheFirstIsStored() {
    SplittableRandom random = new SplittableRandom(37);
    String ns = namespace();
    ForumId forum = ForumId.of(ns + "interleaved");
    ForumTerms stored = storage().inTransaction(tx -> tx.terms().insert(openTerms(random, forum)));
    TermsVersion open = stored.pending().orElseThrow();
    Agreement first =
        agreement(open, PersonId.of(ns + "first"), Instant.parse("2031-01-01T00:00:00Z"));
    Agreement second =
        agreement(open, PersonId.of(ns + "second"), Instant.parse("2031-01-01T00:00:01Z"));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        outer -> {
                          AgreementRound round =
                              outer.terms().findAgreementRound(forum, open.hash()).orElseThrow();
                          storage()
                              .inTransaction(
                                  inner ->
                                      inner
                                          .terms()
                                          .recordAgreement(
                                              forum, round.termsVersion(), first, false));
                          return outer
                              .terms()
                              .recordAgreement(forum, round.termsVersion(), second, false);
                        }))
        .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(stored(forum))
        .contains(ForumTerms.builder().from(stored.withAgreement(first, false)).version(2).build());
  }

  /**
   * An agreement decided on an open version that another unit then withdraws by drafting an
   * amendment (or sends back to draft by an objection) is refused with a retryable failure: it
   * never attaches to the version after the change.
   */
  @Test
  default void agreementRacingANewVersionIsRefused() {
    SplittableRandom random = new SplittableRandom(38);
    String ns = namespace();
    for (int i = 0; i < 2; i++) {
      ForumId forum = ForumId.of(ns + "amended-" + i);
      ForumTerms stored =
          storage().inTransaction(tx -> tx.terms().insert(openTerms(random, forum)));
      TermsVersion open = stored.pending().orElseThrow();
      Instant later = open.draftedAt().plusSeconds(86_400);
      ForumTerms changed;
      if (i == 0) {
        TermsVersion withdrawn =
            TermsVersion.builder().from(open).status(TermsStatus.WITHDRAWN).endedAt(later).build();
        TermsContent text = TermsGenerators.edit(random, open.content());
        TermsVersion amendment =
            TermsVersion.builder()
                .number(open.number() + 1)
                .content(text)
                .hash(ContentHash.of(text))
                .status(TermsStatus.DRAFT)
                .draftedAt(later)
                .build();
        changed = ForumTerms.builder().from(stored.with(withdrawn)).addVersions(amendment).build();
      } else {
        changed = stored.with(TermsVersion.builder().from(open).status(TermsStatus.DRAFT).build());
      }
      Agreement late = agreement(open, PersonId.of(ns + "late-" + i), later.plusSeconds(1));
      assertThatThrownBy(
              () ->
                  storage()
                      .inTransaction(
                          outer -> {
                            AgreementRound round =
                                outer.terms().findAgreementRound(forum, open.hash()).orElseThrow();
                            storage().inTransaction(inner -> inner.terms().update(changed));
                            return outer
                                .terms()
                                .recordAgreement(forum, round.termsVersion(), late, true);
                          }))
          .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.retryable()).isTrue());
      ForumTerms expected = ForumTerms.builder().from(changed).version(2).build();
      assertThat(stored(forum)).contains(expected);
      assertThat(expected.byNumber(open.number()).orElseThrow().agreements())
          .isEqualTo(open.agreements());
    }
  }

  /**
   * The round read alone is part of the unit's repeatable read: after another unit changed the
   * terms, a whole read in the same unit returns the terms the round came from or the unit fails
   * with a retryable failure.
   */
  @Test
  default void agreementRoundIsRepeatable() {
    SplittableRandom random = new SplittableRandom(39);
    String ns = namespace();
    ForumId forum = ForumId.of(ns + "repeatable");
    ForumTerms stored = storage().inTransaction(tx -> tx.terms().insert(openTerms(random, forum)));
    TermsVersion open = stored.pending().orElseThrow();
    Agreement a =
        agreement(open, PersonId.of(ns + "meanwhile"), Instant.parse("2031-01-01T00:00:00Z"));
    try {
      storage()
          .inTransaction(
              outer -> {
                AgreementRound round =
                    outer.terms().findAgreementRound(forum, open.hash()).orElseThrow();
                storage().inTransaction(inner -> inner.terms().recordAgreement(forum, 1, a, false));
                assertThat(outer.terms().find(forum)).contains(stored);
                assertThat(outer.terms().findAgreementRound(forum, open.hash())).contains(round);
                return null;
              });
    } catch (StorageException e) {
      assertThat(e.retryable()).isTrue();
    }
    assertThat(stored(forum))
        .contains(ForumTerms.builder().from(stored.withAgreement(a, false)).version(2).build());
  }

  private static Optional<AgreementRound> expectedRound(ForumTerms terms, ContentHash hash) {
    return terms.byHash(hash).map(v -> AgreementRound.of(terms, v));
  }

  /**
   * The version an agreement may be recorded on: the open one, else the one in force, if its round
   * is from 1.
   */
  private static Optional<TermsVersion> agreeable(ForumTerms terms) {
    return terms
        .pending()
        .filter(v -> v.status() == TermsStatus.OPEN)
        .or(terms::inForce)
        .filter(v -> v.round() >= 1);
  }

  /** Terms whose latest version is open for agreement, in a round from 1. */
  private static ForumTerms openTerms(SplittableRandom random, ForumId forum) {
    ForumTerms terms;
    do {
      terms = TermsGenerators.forumTerms(random, forum);
    } while (terms.pending().filter(v -> v.status() == TermsStatus.OPEN).isEmpty());
    return terms;
  }

  private static Agreement agreement(TermsVersion v, PersonId party, Instant at) {
    return Agreement.builder()
        .party(party)
        .role(PartyRole.MEMBER)
        .version(v.number())
        .hash(v.hash())
        .round(Math.max(1, v.round()))
        .at(at)
        .build();
  }

  private Optional<ForumTerms> stored(ForumId forum) {
    return storage().inTransaction(tx -> tx.terms().find(forum));
  }
}
