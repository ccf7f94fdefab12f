package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.consultation.LinkState;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RepeatGroup;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.RepeatStore;
import org.practitionersforum.api.spi.RepeatTransaction;

/**
 * The contract of {@link RepeatStore} (CR-6), for a storage whose transactions are {@link
 * RepeatTransaction}s: entries read back exactly, each in a group of its own; the candidate lookup
 * by shared key within one organisation, each entry once, each key cut at {@link
 * RepeatStore#BUCKET_CAP} entries, the most recent first; links and groups under optimistic
 * versions; and a failed unit of work changing nothing. Skipped for a storage that keeps no
 * repeats.
 */
public interface RepeatStoreContract extends StorageUnderTest {

  private <T> T repeats(Function<RepeatStore, T> work) {
    return storage().inTransaction(tx -> work.apply(((RepeatTransaction) tx).repeats()));
  }

  private java.util.Optional<LedgerEntry> entryOf(RecommendationId id) {
    return repeats(s -> s.entry(id));
  }

  private java.util.Optional<RepeatGroup> groupOf(RecommendationId id) {
    return repeats(s -> s.groupOf(id));
  }

  private java.util.Optional<RepeatLink> linkOf(RecommendationId newer, RecommendationId earlier) {
    return repeats(s -> s.findLink(newer, earlier));
  }

  private List<LedgerEntry> candidatesOf(OrganisationId org, List<Long> keys) {
    return repeats(s -> s.candidates(org, keys));
  }

  private List<RepeatLink> linksOf(RecommendationId id) {
    return repeats(s -> s.linksOf(id));
  }

  private void assumeRepeats() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof RepeatTransaction);
    assumeTrue(keeps, "this storage keeps no repeats");
  }

  private static RecommendationId rec(String ns, String round, int number) {
    return new RecommendationId(RoundId.of(ns + round), ForumId.of(ns + "forum"), number);
  }

  private static LedgerEntry entry(
      RecommendationId id, OrganisationId org, LocalDate on, List<Long> keys) {
    return new LedgerEntry(id, org, on, "Recommendation “" + id.number() + "”, ünïcode.", keys);
  }

  /** An entry reads back exactly, in a group of its own; indexing it twice is refused. */
  @Test
  default void anEntryReadsBackInAGroupOfItsOwn() {
    assumeRepeats();
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    RecommendationId id = rec(ns, "r1", 1);
    LedgerEntry e = entry(id, org, LocalDate.of(2026, 3, 1), List.of(-5L, 7L, Long.MAX_VALUE));
    repeats(
        s -> {
          s.index(e);
          return null;
        });

    LedgerEntry read = repeats(s -> s.entry(id)).orElseThrow();
    assertThat(read).isEqualTo(e);
    assertThat(read.text()).isEqualTo(e.text());
    RepeatGroup group = repeats(s -> s.groupOf(id)).orElseThrow();
    assertThat(group.members()).containsExactly(id);
    assertThat(group.id()).isEqualTo(id);
    assertThat(group.tier()).isEqualTo(ManagementTier.SERVICE);
    assertThat(group.version()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                repeats(
                    s -> {
                      s.index(e);
                      return null;
                    }))
        .isInstanceOf(DuplicateException.class);
    assertThat(entryOf(rec(ns, "r1", 2))).isEmpty();
    assertThat(groupOf(rec(ns, "r1", 2))).isEmpty();
  }

  /** The lookup finds the organisation's entries sharing a key, each once, and nothing else. */
  @Test
  default void candidatesShareAKeyInTheOrganisation() {
    assumeRepeats();
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    OrganisationId other = OrganisationId.of(ns + "other");
    LocalDate on = LocalDate.of(2026, 3, 1);
    LedgerEntry both = entry(rec(ns, "r1", 1), org, on, List.of(1L, 2L));
    LedgerEntry one = entry(rec(ns, "r1", 2), org, on, List.of(2L, 3L));
    LedgerEntry none = entry(rec(ns, "r1", 3), org, on, List.of(4L));
    LedgerEntry elsewhere = entry(rec(ns, "r2", 1), other, on, List.of(1L, 2L));
    repeats(
        s -> {
          for (LedgerEntry e : List.of(both, one, none, elsewhere)) {
            s.index(e);
          }
          return null;
        });

    List<LedgerEntry> found = repeats(s -> s.candidates(org, List.of(1L, 2L, 9L)));

    assertThat(found).containsExactlyInAnyOrder(both, one);
    assertThat(candidatesOf(org, List.of(9L))).isEmpty();
    assertThat(candidatesOf(org, List.of())).isEmpty();
    assertThat(candidatesOf(other, List.of(3L, 4L))).isEmpty();
  }

  /** A key shared by more entries than the cap gives only its most recent ones. */
  @Test
  default void anOversizedBucketGivesItsMostRecentEntries() {
    assumeRepeats();
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    LocalDate first = LocalDate.of(2026, 1, 1);
    int n = RepeatStore.BUCKET_CAP + 10;
    List<LedgerEntry> all = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      all.add(entry(rec(ns, "r" + i, 1), org, first.plusDays(i), List.of(42L, 1000L + i)));
    }
    repeats(
        s -> {
          all.forEach(s::index);
          return null;
        });

    List<LedgerEntry> found = repeats(s -> s.candidates(org, List.of(42L, 1001L)));

    // The 50 most recent under key 42, and the oldest through its own key.
    assertThat(found).hasSize(RepeatStore.BUCKET_CAP + 1);
    assertThat(found).containsAll(all.subList(n - RepeatStore.BUCKET_CAP, n));
    assertThat(found).contains(all.get(0));
    assertThat(found).doesNotContain(all.get(1));
  }

  /** Links are stored, decided under a version, and listed at either end. */
  @Test
  default void linksAreVersionedAndListedAtEitherEnd() {
    assumeRepeats();
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    RecommendationId a = rec(ns, "r1", 1);
    RecommendationId b = rec(ns, "r2", 1);
    RecommendationId c = rec(ns, "r3", 1);
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    RepeatLink ba = repeats(s -> s.insertLink(RepeatLink.suggested(org, b, a, 0.75, at)));
    repeats(s -> s.insertLink(RepeatLink.suggested(org, c, b, 0.5, at)));
    assertThat(ba.version()).isEqualTo(1);
    assertThat(linkOf(b, a)).contains(ba);
    assertThat(linkOf(a, b)).isEmpty();
    assertThatThrownBy(() -> repeats(s -> s.insertLink(RepeatLink.suggested(org, b, a, 0.9, at))))
        .isInstanceOf(DuplicateException.class);

    RepeatLink decided =
        repeats(s -> s.updateLink(ba.decided(LinkState.REJECTED, at.plusSeconds(60))));

    assertThat(decided.version()).isEqualTo(2);
    assertThat(linkOf(b, a)).contains(decided);
    assertThatThrownBy(
            () -> repeats(s -> s.updateLink(ba.decided(LinkState.CONFIRMED, at.plusSeconds(90)))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(linksOf(b))
        .extracting(RepeatLink::newer, RepeatLink::earlier)
        .containsExactly(tuple(b, a), tuple(c, b));
    assertThat(linksOf(a)).containsExactly(decided);
  }

  /** Two groups merge by an update and a delete; a stale one of either is refused. */
  @Test
  default void groupsMergeUnderTheirVersions() {
    assumeRepeats();
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    LocalDate on = LocalDate.of(2026, 3, 1);
    RecommendationId a = rec(ns, "r1", 1);
    RecommendationId b = rec(ns, "r2", 1);
    RecommendationId c = rec(ns, "r3", 1);
    repeats(
        s -> {
          s.index(entry(a, org, on, List.of(1L)));
          s.index(entry(b, org, on, List.of(1L)));
          s.index(entry(c, org, on, List.of(1L)));
          return null;
        });
    RepeatGroup ga = repeats(s -> s.groupOf(a)).orElseThrow();
    RepeatGroup gb = repeats(s -> s.groupOf(b)).orElseThrow();

    RepeatGroup merged =
        repeats(
            s -> {
              s.deleteGroup(gb);
              return s.updateGroup(ga.with(List.of(a, b), ManagementTier.HEAD_OF_SERVICE));
            });

    assertThat(merged.version()).isEqualTo(2);
    assertThat(groupOf(b)).contains(merged);
    assertThat(groupOf(a)).contains(merged);
    assertThat(groupOf(c).orElseThrow().members()).containsExactly(c);
    assertThatThrownBy(
            () -> repeats(s -> s.updateGroup(ga.with(List.of(a, c), ManagementTier.SERVICE))))
        .isInstanceOf(ConcurrentUpdateException.class);
    RepeatGroup gc = repeats(s -> s.groupOf(c)).orElseThrow();
    assertThatThrownBy(
            () ->
                repeats(
                    s -> {
                      s.deleteGroup(gc.withVersion(7));
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(groupOf(c)).contains(gc);
  }

  /** A unit of work that fails after indexing, linking and merging leaves nothing behind. */
  @Test
  default void aFailedUnitChangesNothing() {
    assumeRepeats();
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    LocalDate on = LocalDate.of(2026, 3, 1);
    RecommendationId a = rec(ns, "r1", 1);
    RecommendationId b = rec(ns, "r2", 1);
    repeats(
        s -> {
          s.index(entry(a, org, on, List.of(1L)));
          return null;
        });
    RepeatGroup ga = repeats(s -> s.groupOf(a)).orElseThrow();

    assertThatThrownBy(
            () ->
                repeats(
                    s -> {
                      s.index(entry(b, org, on, List.of(1L)));
                      s.insertLink(RepeatLink.suggested(org, b, a, 1, Instant.EPOCH));
                      s.updateGroup(ga.with(List.of(a, b), ManagementTier.SERVICE));
                      throw new IllegalStateException("the host's work failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(entryOf(b)).isEmpty();
    assertThat(linkOf(b, a)).isEmpty();
    assertThat(groupOf(a)).contains(ga);
    assertThat(candidatesOf(org, List.of(1L))).hasSize(1);
  }
}
