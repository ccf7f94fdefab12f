package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/**
 * Random sequences of consultation commands (drafting and editing responses, agreeing with the
 * current or a stale hash, by members or outsiders, disposing, closing, time passing) against a
 * model of what each forum's members agreed: no sequence closes a round with an undisposed
 * recommendation, and no response counts unless every member agreed its exact content.
 */
class ConsultationProperties {

  @Test
  void noSequenceClosesWithAnUndisposedRecommendationOrCountsAnUnagreedResponse() {
    qt().withExamples(40).forAll(QuickTheoriesGens.seeds()).checkAssert(this::run);
  }

  /** What the model expects of one forum's response. */
  private static final class Expected {
    ContentHash hash;
    int recommendations;
    final Set<PersonId> agreed = new HashSet<>();
    boolean released;
  }

  private void run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ConsultationFixture c = new ConsultationFixture();
    c.open();
    List<ForumId> forums = List.of(c.forum1, c.forum2, c.forum3);
    Map<ForumId, Expected> model = new HashMap<>();
    List<ContentHash> stale = new ArrayList<>();
    for (int step = 0; step < 40; step++) {
      ForumId forum = forums.get(random.nextInt(forums.size()));
      Actor member = c.member(forum, random.nextInt(4));
      try {
        switch (random.nextInt(6)) {
          case 0 -> {
            ResponseContent content =
                ResponseContent.of("View " + step, recommendations(random.nextInt(3), step));
            c.sdk.consultations().respond(member, ConsultationFixture.ROUND, forum, content);
            Expected e = model.computeIfAbsent(forum, x -> new Expected());
            if (e.hash != null) {
              stale.add(e.hash);
            }
            e.hash = content.hash();
            e.recommendations = content.recommendations().size();
            e.agreed.clear();
          }
          case 1, 2 -> {
            Expected e = model.get(forum);
            ContentHash hash =
                e == null || (!stale.isEmpty() && random.nextInt(4) == 0)
                    ? stale.isEmpty() ? ResponseContent.of("x", List.of()).hash() : stale.get(0)
                    : e.hash;
            c.sdk.consultations().agree(member, ConsultationFixture.ROUND, forum, hash);
            e.agreed.add(member.person());
            if (e.agreed.size() == 4) {
              e.released = true;
            }
          }
          case 3 -> {
            List<Recommendation> recs = c.stored().recommendations();
            if (!recs.isEmpty()) {
              c.sdk
                  .consultations()
                  .dispose(
                      c.manager,
                      ConsultationFixture.ROUND,
                      recs.get(random.nextInt(recs.size())).id(),
                      Disposition.adopted());
            }
          }
          case 4 -> c.sdk.consultations().close(c.manager, ConsultationFixture.ROUND);
          default -> c.clock.advance(Duration.ofDays(random.nextInt(8)));
        }
      } catch (ForumException refused) {
        // A refusal changes nothing; the invariants below are checked all the same.
      }
      check(c, model);
    }
  }

  private static void check(ConsultationFixture c, Map<ForumId, Expected> model) {
    ConsultationRound round = c.stored();
    if (round.state() == RoundState.CLOSED) {
      assertThat(round.undisposed())
          .as("a closed round has no undisposed recommendation")
          .isEmpty();
    }
    int counted = 0;
    for (ForumResponse r : round.responses()) {
      Expected e = model.get(r.forum());
      assertThat(e).as("a response exists only once drafted").isNotNull();
      assertThat(r.hash()).isEqualTo(e.hash);
      Set<PersonId> agreed = new HashSet<>();
      for (ResponseAgreement a : r.agreements()) {
        assertThat(a.hash()).as("an agreement binds to the current content").isEqualTo(r.hash());
        agreed.add(a.party());
      }
      if (r.state() == ResponseState.AGREED) {
        assertThat(agreed)
            .as("an agreed response is agreed by every member")
            .containsAll(c.members(r.forum()).stream().map(p -> p.asPerson()).toList());
        counted += e.recommendations;
      } else {
        assertThat(round.recommendations())
            .as("a draft's recommendations do not count")
            .noneMatch(rec -> rec.id().forum().equals(r.forum()));
      }
      assertThat(r.state() == ResponseState.AGREED)
          .as("the model and the store agree on release")
          .isEqualTo(e.released);
    }
    assertThat(round.recommendations()).hasSize(counted);
  }

  private static List<String> recommendations(int n, int step) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add("Step " + step + " recommendation " + i);
    }
    return out;
  }
}
