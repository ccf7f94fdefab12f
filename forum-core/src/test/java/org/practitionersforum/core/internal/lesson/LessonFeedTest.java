package org.practitionersforum.core.internal.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.Attribution;
import org.practitionersforum.api.lesson.DigestFormat;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.FeedPage;
import org.practitionersforum.api.lesson.FeedQuery;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.ReferenceCode;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.testkit.TestClock;

/** The tier feed and its digest (LS-3, LS-4) on the in-memory store. */
class LessonFeedTest {
  private final TestClock clock = new TestClock(TermsFixture.NOW);
  private final TermsFixture f =
      new TermsFixture(
          4,
          2,
          clock,
          true,
          b -> b.referenceCodeIterations(1_000).defaultLessonSettings(LessonSettings.defaults()));
  private final PractitionerId author = f.members.get(0);
  private final Actor asAuthor = Actor.practitioner(author);
  private final Actor reviewer = Actor.reviewer(PersonId.of("reviewer-f"));
  private final Actor manager = Actor.manager(TermsFixture.SPONSOR);
  private final Actor member = Actor.practitioner(f.members.get(1));
  private final Actor colleague = Actor.practitioner(f.volunteers.get(0));

  LessonFeedTest() {
    f.colleagues(author, 4);
  }

  private static Map<LessonSection, String> sections(String marker) {
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      out.put(s, "We wrote about " + s.title().toLowerCase() + " " + marker + ".");
    }
    return out;
  }

  /** Drafts, submits and publishes a lesson up to a tier; one minute passes per publication. */
  private ReferenceCode published(String id, LessonKind kind, String marker, Tier upTo) {
    LessonId lesson = LessonId.of(id);
    f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(lesson)
                .forum(f.forum)
                .kind(kind)
                .sections(LessonSections.of(sections(marker)))
                .build());
    ReferenceCode code = f.sdk.lessons().submit(asAuthor, lesson).code();
    for (Tier tier : Tier.values()) {
      if (tier.compareTo(upTo) > 0) {
        break;
      }
      f.sdk.lessons().consent(asAuthor, lesson, tier);
      List<TierFinding> findings =
          f.sdk.lessons().anonymise(reviewer, lesson, tier).tier(tier).orElseThrow().findings();
      for (int k = 0; k < findings.size(); k++) {
        if (findings.get(k).needsDecision()) {
          f.sdk.lessons().decide(reviewer, lesson, tier, k + 1, FindingDecision.REDACT);
        }
      }
      f.sdk.lessons().clear(reviewer, lesson, tier);
      clock.advance(Duration.ofMinutes(1));
      f.sdk.lessons().publish(reviewer, lesson, tier, Disclosure.exact());
    }
    return code;
  }

  private static List<String> ids(FeedPage page) {
    return page.items().stream().map(p -> p.id().value()).toList();
  }

  /** Reads every page of a feed, checking each is full but the last. */
  private List<String> all(Actor actor, FeedQuery query) {
    List<String> out = new ArrayList<>();
    FeedQuery q = query;
    while (true) {
      FeedPage page = f.sdk.lessons().feed(actor, q);
      out.addAll(ids(page));
      if (page.next().isEmpty()) {
        return out;
      }
      assertThat(page.items()).hasSize(q.pageSize());
      q = q.after(page.next().get());
    }
  }

  @Test
  void theFeedIsNewestFirstInFullPagesWithoutDuplicatesOrGapsAndAsReadShowsIt() {
    for (int k = 1; k <= 5; k++) {
      published(
          "lesson-" + k, k % 2 == 0 ? LessonKind.PRODUCT : LessonKind.PROCESS, "m" + k, Tier.FORUM);
    }
    FeedQuery query = FeedQuery.forum(f.forum).pageSize(2);
    FeedPage first = f.sdk.lessons().feed(member, query);
    assertThat(ids(first)).containsExactly("lesson-5", "lesson-4");
    assertThat(first.items().get(0))
        .isEqualTo(f.sdk.lessons().read(member, LessonId.of("lesson-5"), Tier.FORUM));
    assertThat(first.items().get(0).attribution()).isPresent();
    assertThat(all(member, query))
        .containsExactly("lesson-5", "lesson-4", "lesson-3", "lesson-2", "lesson-1");
    assertThat(all(reviewer, FeedQuery.forum(f.forum).pageSize(5))).hasSize(5);
    assertThat(f.sdk.lessons().feed(member, FeedQuery.forum(f.forum).pageSize(5)).next()).isEmpty();
    assertThat(all(member, FeedQuery.forum(f.forum).ofKind(LessonKind.PRODUCT).pageSize(1)))
        .containsExactly("lesson-4", "lesson-2");
  }

  @Test
  void aLessonPublishedAfterAPageDoesNotShiftTheNextPage() {
    for (int k = 1; k <= 4; k++) {
      published("lesson-" + k, LessonKind.PROCESS, "m" + k, Tier.FORUM);
    }
    FeedQuery query = FeedQuery.forum(f.forum).pageSize(2);
    FeedPage first = f.sdk.lessons().feed(member, query);
    published("lesson-9", LessonKind.PROCESS, "m9", Tier.FORUM);
    FeedPage second = f.sdk.lessons().feed(member, query.after(first.next().orElseThrow()));
    assertThat(ids(second)).containsExactly("lesson-2", "lesson-1");
    assertThat(second.next()).isEmpty();
  }

  @Test
  void theTextFilterMatchesThePublishedTextIgnoringCaseAndPagesStayFull() {
    for (int k = 1; k <= 7; k++) {
      published("lesson-" + k, LessonKind.PROCESS, k % 3 == 0 ? "ROTA" : "plain", Tier.FORUM);
    }
    assertThat(all(member, FeedQuery.forum(f.forum).containing("rota").pageSize(1)))
        .containsExactly("lesson-6", "lesson-3");
    assertThat(all(member, FeedQuery.forum(f.forum).containing("no such words").pageSize(3)))
        .isEmpty();
  }

  /** Stores lessons published at the forum tier straight into the store, one minute apart. */
  private void stored(int count, java.util.function.IntPredicate needle) {
    f.storage.inTransaction(
        tx -> {
          LessonTransaction lt = (LessonTransaction) tx;
          for (int k = 0; k < count; k++) {
            Instant at = TermsFixture.NOW.plusSeconds(60L * k);
            Map<LessonSection, String> text = sections(needle.test(k) ? "a Needle" : "hay");
            lt.lessons()
                .insert(
                    Lesson.builder()
                        .id(LessonId.of(String.format("many-%03d", k)))
                        .forum(f.forum)
                        .organisation(TermsFixture.ORG)
                        .kind(LessonKind.SERVICE)
                        .sections(LessonSections.of(sections("as written")))
                        .state(LessonState.SUBMITTED)
                        .createdAt(at)
                        .submittedAt(at)
                        .addTiers(
                            LessonTier.builder()
                                .tier(Tier.FORUM)
                                .consentedAt(at)
                                .anonymisedAt(at)
                                .anonymised(LessonSections.of(text))
                                .clearedAt(at)
                                .publishedAt(at)
                                .build())
                        .build());
          }
          return null;
        });
  }

  @Test
  void aSiftedFeedReadsWindowAfterWindowUntilThePageAndOneMoreAreFound() {
    int count = 2 * DefaultLessonService.FEED_WINDOW + 30;
    stored(count, k -> k == 0 || k == count - 1 || k == DefaultLessonService.FEED_WINDOW + 7);
    FeedQuery needles = FeedQuery.forum(f.forum).containing("NEEDLE").pageSize(1);
    assertThat(all(member, needles))
        .containsExactly(
            String.format("many-%03d", count - 1),
            String.format("many-%03d", DefaultLessonService.FEED_WINDOW + 7),
            "many-000");
    FeedPage two = f.sdk.lessons().feed(member, needles.pageSize(2));
    assertThat(two.next()).isPresent();
    assertThat(f.sdk.lessons().feed(member, needles.pageSize(3)).next()).isEmpty();
    assertThat(f.sdk.lessons().feed(member, FeedQuery.forum(f.forum).containing("nothing")))
        .isEqualTo(new FeedPage(List.of(), Optional.empty()));
    assertThat(all(member, FeedQuery.forum(f.forum).pageSize(100))).hasSize(count);
  }

  @Test
  void theTextFilterNeverMatchesTheTextAsWritten() {
    f.sdk
        .lessons()
        .draft(
            asAuthor,
            LessonDraft.builder()
                .id(LessonId.of("lesson-e"))
                .forum(f.forum)
                .kind(LessonKind.PROCESS)
                .sections(
                    LessonSections.of(
                        Map.of(
                            LessonSection.WHAT_WE_DID, "We wrote to jane.doe@example.org weekly.",
                            LessonSection.WHEN_WE_HAD_CONCERNS, "Early.",
                            LessonSection.HOW_WE_JUDGED, "Counts.",
                            LessonSection.WHEN_WE_STOPPED, "Month two.",
                            LessonSection.WHY_IT_FAILED, "Nobody read it.",
                            LessonSection.NEXT_TIME, "Ask first.")))
                .build());
    f.sdk.lessons().submit(asAuthor, LessonId.of("lesson-e"));
    f.sdk.lessons().consent(asAuthor, LessonId.of("lesson-e"), Tier.FORUM);
    f.sdk.lessons().anonymise(reviewer, LessonId.of("lesson-e"), Tier.FORUM);
    f.sdk.lessons().clear(reviewer, LessonId.of("lesson-e"), Tier.FORUM);
    f.sdk.lessons().publish(reviewer, LessonId.of("lesson-e"), Tier.FORUM, Disclosure.exact());
    assertThat(ids(f.sdk.lessons().feed(member, FeedQuery.forum(f.forum).containing("NOBODY"))))
        .containsExactly("lesson-e");
    assertThat(
            f.sdk.lessons().feed(member, FeedQuery.forum(f.forum).containing("jane.doe")).items())
        .isEmpty();
  }

  @Test
  void tiersAreNotMixedAndWithdrawnOrRevokedLessonsNeverAppear() {
    ReferenceCode gone = published("lesson-1", LessonKind.PROCESS, "a", Tier.ORGANISATION);
    published("lesson-2", LessonKind.PROCESS, "b", Tier.FORUM);
    published("lesson-3", LessonKind.PROCESS, "c", Tier.ORGANISATION);
    FeedQuery org = FeedQuery.organisation(TermsFixture.ORG);
    assertThat(ids(f.sdk.lessons().feed(colleague, org))).containsExactly("lesson-3", "lesson-1");
    assertThat(f.sdk.lessons().feed(colleague, org).items()).allMatch(p -> p.forum().isEmpty());
    assertThat(ids(f.sdk.lessons().feed(member, FeedQuery.forum(f.forum))))
        .containsExactly("lesson-3", "lesson-2", "lesson-1");
    f.sdk.lessons().withdraw(colleague, gone);
    f.sdk.lessons().revokeConsent(asAuthor, LessonId.of("lesson-3"), Tier.ORGANISATION);
    assertThat(f.sdk.lessons().feed(colleague, org).items()).isEmpty();
    assertThat(ids(f.sdk.lessons().feed(member, FeedQuery.forum(f.forum))))
        .containsExactly("lesson-3", "lesson-2");
  }

  @Test
  void onlyTheTiersReadersReadItsFeedAndManagersNeverTheForumTier() {
    published("lesson-1", LessonKind.PROCESS, "a", Tier.NETWORK);
    assertThatThrownBy(() -> f.sdk.lessons().feed(manager, FeedQuery.forum(f.forum)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("LS-3");
    assertThatThrownBy(() -> f.sdk.lessons().feed(colleague, FeedQuery.forum(f.forum)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageNotContaining(colleague.person().value());
    assertThat(ids(f.sdk.lessons().feed(manager, FeedQuery.organisation(TermsFixture.ORG))))
        .containsExactly("lesson-1");
    assertThatThrownBy(
            () ->
                f.sdk
                    .lessons()
                    .feed(member, FeedQuery.organisation(OrganisationId.of("org-elsewhere"))))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(ids(f.sdk.lessons().feed(manager, FeedQuery.network()))).containsExactly("lesson-1");
    assertThatThrownBy(
            () ->
                f.sdk.lessons().feed(Actor.administrator(TermsFixture.ADMIN), FeedQuery.network()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () -> f.sdk.lessons().feed(member, FeedQuery.forum(ForumId.of("forum-none"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void badQueriesAreRefusedWithATypedError() {
    assertThatThrownBy(() -> FeedQuery.forum(f.forum).pageSize(0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FeedQuery.forum(f.forum).pageSize(101))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FeedQuery.forum(f.forum).containing(" "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                new FeedQuery(
                    Tier.FORUM,
                    Optional.empty(),
                    Optional.of(TermsFixture.ORG),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    20))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FeedCursor.parse("12:lesson"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> f.sdk.lessons().feed(member, null))
        .isInstanceOf(InvalidInputException.class);
    FeedCursor cursor = new FeedCursor(TermsFixture.NOW.plusNanos(7), LessonId.of("lesson:7"));
    assertThat(FeedCursor.parse(cursor.token())).isEqualTo(cursor);
    assertThat(FeedQuery.forum(f.forum).containing("secret").toString()).doesNotContain("secret");
  }

  /** A lesson whose text and attribution are fixed, for the exact digest. */
  private static PublishedLesson fixed() {
    Map<LessonSection, String> text = new EnumMap<>(LessonSection.class);
    text.put(LessonSection.WHAT_WE_DID, "We ran a weekly rota by [EMAIL-1].");
    text.put(LessonSection.WHEN_WE_HAD_CONCERNS, "After a month.");
    text.put(LessonSection.HOW_WE_JUDGED, "Nobody used it.");
    text.put(LessonSection.WHEN_WE_STOPPED, "Week ten.");
    text.put(LessonSection.WHY_IT_FAILED, "It asked too much.");
    text.put(LessonSection.NEXT_TIME, "Ask the team first.");
    return new PublishedLesson(
        LessonId.of("lesson-d"),
        Tier.ORGANISATION,
        LessonKind.PROCESS,
        TermsFixture.ORG,
        Optional.empty(),
        LessonSections.of(text),
        TermsFixture.NOW,
        Optional.of(
            new Attribution(
                new Disclosure(
                    Disclosure.Place.ORGANISATION,
                    Disclosure.Practice.DISCIPLINE,
                    Disclosure.Period.QUARTER),
                org.practitionersforum.api.practitioner.Discipline.SOCIAL_WORK,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                TermsFixture.ORG,
                "2026-Q1")));
  }

  @Test
  void theMarkdownDigestOfAFixedLessonIsExactly() {
    FeedPage page = new FeedPage(List.of(fixed()), Optional.empty());
    assertThat(LessonDigest.markdown(FeedQuery.organisation(TermsFixture.ORG), page))
        .isEqualTo(
            """
            # Lessons from practice: organisation org-1

            Published 2026-03-02. 1 lesson.

            ## 1. Process (lesson-d)

            Told by: social-work, org-1, 2026-Q1. Published 2026-03-02.

            ### What we did

            We ran a weekly rota by \\[EMAIL-1\\].

            ### The stage at which we had concerns

            After a month.

            ### How we made the judgement

            Nobody used it.

            ### The stage at which we pulled the plug

            Week ten.

            ### Why it did not work

            It asked too much.

            ### What we would do next time

            Ask the team first.
            """);
  }

  @Test
  void theMarkdownDigestOfAnEmptyPageSaysSo() {
    assertThat(
            LessonDigest.markdown(
                FeedQuery.forum(f.forum), new FeedPage(List.of(), Optional.empty())))
        .isEqualTo("# Lessons from practice: forum forum-1\n\nNo lessons published.\n");
  }

  @Test
  void theJsonDigestParsesAndCarriesEveryField() throws Exception {
    PublishedLesson lesson = fixed();
    FeedCursor next = new FeedCursor(lesson.publishedAt(), lesson.id());
    String json =
        LessonDigest.json(
            FeedQuery.organisation(TermsFixture.ORG),
            new FeedPage(List.of(lesson), Optional.of(next)));
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("format").asText()).isEqualTo("practitioners-forum-lesson-digest/1");
    assertThat(root.get("title").asText()).isEqualTo("Lessons from practice: organisation org-1");
    assertThat(root.get("tier").asText()).isEqualTo("ORGANISATION");
    assertThat(root.get("period").asText()).isEqualTo("2026-03-02");
    assertThat(FeedCursor.parse(root.get("next").asText())).isEqualTo(next);
    JsonNode l = root.get("lessons").get(0);
    assertThat(l.get("id").asText()).isEqualTo("lesson-d");
    assertThat(LessonKind.valueOf(l.get("kind").asText())).isEqualTo(lesson.kind());
    assertThat(java.time.Instant.parse(l.get("publishedAt").asText()))
        .isEqualTo(lesson.publishedAt());
    assertThat(l.get("attribution").asText()).isEqualTo(lesson.attribution().get().describe());
    Map<LessonSection, String> text = new EnumMap<>(LessonSection.class);
    for (JsonNode s : l.get("sections")) {
      LessonSection section = LessonSection.valueOf(s.get("section").asText());
      assertThat(s.get("title").asText()).isEqualTo(section.title());
      text.put(section, s.get("text").asText());
    }
    assertThat(LessonSections.of(text)).isEqualTo(lesson.sections());
  }

  @Test
  void theServiceDigestRendersTheFeedPageTheActorReads() {
    published("lesson-1", LessonKind.PROCESS, "a", Tier.ORGANISATION);
    published("lesson-2", LessonKind.SYSTEM, "b", Tier.ORGANISATION);
    FeedQuery query = FeedQuery.organisation(TermsFixture.ORG);
    String markdown = f.sdk.lessons().digest(colleague, query, DigestFormat.MARKDOWN);
    assertThat(markdown)
        .startsWith("# Lessons from practice: organisation org-1\n")
        .contains("2 lessons.", "## 1. System (lesson-2)", "## 2. Process (lesson-1)")
        .doesNotContain(author.value());
    assertThat(f.sdk.lessons().digest(colleague, query, DigestFormat.JSON))
        .contains("\"lesson-2\"", "practitioners-forum-lesson-digest/1")
        .doesNotContain(author.value());
    assertThatThrownBy(
            () -> f.sdk.lessons().digest(manager, FeedQuery.forum(f.forum), DigestFormat.JSON))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
