package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.LessonTransaction;

/**
 * The contract of {@link org.practitionersforum.api.spi.LessonStore#findPublished}: a tier's
 * published lessons newest first by publication time at the tier, then by id descending; windows
 * after a cursor that together hold every lesson once, without duplicates or gaps; the forum,
 * organisation and kind filters; each lesson as {@link PublishedLesson#of} shows it at that tier
 * only; withdrawn lessons and lessons not published at the tier never returned. Skipped for a
 * storage that keeps no lessons.
 */
public interface LessonFeedContract extends StorageUnderTest {

  /** When the lessons of this contract are first published. */
  Instant FEED_START = Instant.parse("2026-04-01T09:00:00.000000001Z");

  /**
   * Returns a submitted lesson published at the tiers up to one, each publication a given number of
   * minutes after {@link #FEED_START}.
   *
   * @param id the id
   * @param forum the forum
   * @param organisation the organisation
   * @param kind the kind
   * @param upTo the widest tier it is published at
   * @param minutes the minutes after the start of its publication at every tier
   * @return the lesson, at version 0
   */
  static Lesson feedLesson(
      String id, String forum, String organisation, LessonKind kind, Tier upTo, long minutes) {
    Lesson base = LessonStoreContract.sampleLesson(id);
    Instant at = FEED_START.plusSeconds(60 * minutes);
    List<LessonTier> tiers = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      if (tier.compareTo(upTo) > 0) {
        break;
      }
      Map<LessonSection, String> text = new EnumMap<>(LessonSection.class);
      for (LessonSection s : LessonSection.values()) {
        text.put(s, "Published at " + tier + " for " + id + ": " + s.title());
      }
      tiers.add(
          LessonTier.builder()
              .tier(tier)
              .consentedAt(at)
              .anonymisedAt(at)
              .anonymised(LessonSections.of(text))
              .clearedAt(at)
              .publishedAt(at)
              .disclosure(
                  new Disclosure(
                      Disclosure.Place.LOCALITY,
                      Disclosure.Practice.DISCIPLINE,
                      Disclosure.Period.QUARTER))
              .build());
    }
    return Lesson.builder()
        .from(base)
        .forum(ForumId.of(forum))
        .organisation(OrganisationId.of(organisation))
        .kind(kind)
        .quasiIdentifiers(
            LessonStoreContract.sampleLessonWithTiers(id).quasiIdentifiers().orElseThrow())
        .tiers(tiers)
        .build();
  }

  /** Runs work on the lesson part of a unit of work; skips the test on a storage without it. */
  private <T> T feedLessons(Function<LessonTransaction, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof LessonTransaction, "this storage keeps no lessons");
              return work.apply((LessonTransaction) tx);
            });
  }

  private void storeAll(List<Lesson> lessons) {
    feedLessons(
        tx -> {
          lessons.forEach(tx.lessons()::insert);
          return null;
        });
  }

  private List<PublishedLesson> window(
      Tier tier,
      Optional<ForumId> forum,
      Optional<OrganisationId> organisation,
      Optional<LessonKind> kind,
      Optional<FeedCursor> after,
      int limit) {
    return feedLessons(
        tx -> tx.lessons().findPublished(tier, forum, organisation, kind, after, limit));
  }

  private List<String> every(
      Tier tier,
      Optional<ForumId> forum,
      Optional<OrganisationId> organisation,
      Optional<LessonKind> kind,
      int limit) {
    List<String> out = new ArrayList<>();
    Optional<FeedCursor> after = Optional.empty();
    while (true) {
      List<PublishedLesson> got = window(tier, forum, organisation, kind, after, limit);
      assertThat(got).hasSizeLessThanOrEqualTo(limit);
      got.forEach(p -> out.add(p.id().value()));
      if (got.size() < limit) {
        return out;
      }
      PublishedLesson last = got.get(got.size() - 1);
      after = Optional.of(new FeedCursor(last.publishedAt(), last.id()));
    }
  }

  /** Five lessons of two forums and two organisations; two share a publication time. */
  private List<Lesson> world() {
    return List.of(
        feedLesson("feed-a", "forum-1", "org-1", LessonKind.PROCESS, Tier.NETWORK, 1),
        feedLesson("feed-b", "forum-1", "org-1", LessonKind.PRODUCT, Tier.ORGANISATION, 2),
        feedLesson("feed-c", "forum-2", "org-1", LessonKind.PROCESS, Tier.FORUM, 3),
        feedLesson("feed-d", "forum-1", "org-1", LessonKind.PROCESS, Tier.FORUM, 3),
        feedLesson("feed-e", "forum-9", "org-2", LessonKind.SYSTEM, Tier.NETWORK, 4));
  }

  /** Newest first, ties by id descending, each as it reads at the tier, in every window size. */
  @Test
  default void theFeedIsNewestFirstAndWindowsHoldEveryLessonOnce() {
    List<Lesson> world = world();
    storeAll(world);
    List<String> forum = List.of("feed-e", "feed-d", "feed-c", "feed-b", "feed-a");
    for (int limit = 1; limit <= 6; limit++) {
      assertThat(every(Tier.FORUM, Optional.empty(), Optional.empty(), Optional.empty(), limit))
          .as("window of %s", limit)
          .containsExactlyElementsOf(forum);
    }
    List<PublishedLesson> all =
        window(
            Tier.FORUM, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10);
    assertThat(all).allMatch(p -> p.attribution().isPresent());
    for (PublishedLesson p : all) {
      Lesson stored = world.stream().filter(l -> l.id().equals(p.id())).findFirst().orElseThrow();
      assertThat(p).isEqualTo(PublishedLesson.of(stored, Tier.FORUM));
    }
    List<PublishedLesson> network =
        window(
            Tier.NETWORK,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            10);
    assertThat(network).extracting(p -> p.id().value()).containsExactly("feed-e", "feed-a");
    assertThat(network).allMatch(p -> p.tier() == Tier.NETWORK && p.forum().isEmpty());
    assertThat(network.get(1).sections().get(LessonSection.WHAT_WE_DID).orElseThrow())
        .startsWith("Published at NETWORK");
  }

  /** The forum, organisation and kind filters; tiers are never mixed. */
  @Test
  default void theFiltersNarrowTheFeedAndTiersAreNotMixed() {
    storeAll(world());
    assertThat(
            every(
                Tier.FORUM,
                Optional.of(ForumId.of("forum-1")),
                Optional.empty(),
                Optional.empty(),
                2))
        .containsExactly("feed-d", "feed-b", "feed-a");
    assertThat(
            every(
                Tier.ORGANISATION,
                Optional.empty(),
                Optional.of(OrganisationId.of("org-1")),
                Optional.empty(),
                1))
        .containsExactly("feed-b", "feed-a");
    assertThat(
            every(
                Tier.FORUM, Optional.empty(), Optional.empty(), Optional.of(LessonKind.PROCESS), 2))
        .containsExactly("feed-d", "feed-c", "feed-a");
    assertThat(
            every(
                Tier.NETWORK,
                Optional.empty(),
                Optional.of(OrganisationId.of("org-2")),
                Optional.of(LessonKind.SYSTEM),
                5))
        .containsExactly("feed-e");
    assertThat(
            every(
                Tier.ORGANISATION,
                Optional.of(ForumId.of("forum-2")),
                Optional.empty(),
                Optional.empty(),
                5))
        .isEmpty();
  }

  /** A withdrawn lesson, or one only consented to at a tier, is never in that tier's feed. */
  @Test
  default void withdrawnAndUnpublishedLessonsAreNeverReturned() {
    Lesson consentedOnly =
        Lesson.builder()
            .from(feedLesson("feed-f", "forum-1", "org-1", LessonKind.PROCESS, Tier.FORUM, 5))
            .addTiers(LessonTier.builder().tier(Tier.ORGANISATION).consentedAt(FEED_START).build())
            .build();
    List<Lesson> lessons = new ArrayList<>(world());
    lessons.add(consentedOnly);
    storeAll(lessons);
    feedLessons(
        tx -> {
          Lesson a = tx.lessons().find(LessonId.of("feed-a")).orElseThrow();
          return tx.lessons()
              .update(
                  Lesson.builder()
                      .from(a)
                      .state(LessonState.WITHDRAWN)
                      .withdrawnAt(FEED_START.plusSeconds(3_600))
                      .sections(LessonSections.empty())
                      .questions(List.of())
                      .tiers(List.of())
                      .quasiIdentifiers(Optional.empty())
                      .build());
        });
    assertThat(every(Tier.FORUM, Optional.empty(), Optional.empty(), Optional.empty(), 3))
        .containsExactly("feed-f", "feed-e", "feed-d", "feed-c", "feed-b");
    assertThat(every(Tier.ORGANISATION, Optional.empty(), Optional.empty(), Optional.empty(), 3))
        .containsExactly("feed-e", "feed-b");
    assertThat(every(Tier.NETWORK, Optional.empty(), Optional.empty(), Optional.empty(), 3))
        .containsExactly("feed-e");
  }
}
