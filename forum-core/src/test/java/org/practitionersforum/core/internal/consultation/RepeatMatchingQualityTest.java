package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.RepeatTransaction;
import org.practitionersforum.core.memory.InMemoryForumStorage;
import org.practitionersforum.testkit.RecommendationGenerators;
import org.practitionersforum.testkit.RecommendationGenerators.Generated;

/**
 * The default matcher's quality on generated corpora (CR-6): each recommendation, in the order
 * raised, is matched against the ledger through the store's candidate lookup, exactly as the
 * service does, and the links it would suggest are compared with the corpus's topics. Recall is the
 * share of true repeat pairs suggested; precision the share of suggested pairs that are true.
 */
class RepeatMatchingQualityTest {
  private static final OrganisationId ORG = OrganisationId.of("org");

  @Test
  void recallAndPrecisionOnGeneratedCorporaMeetTheTargets() {
    long truePairs = 0;
    long suggested = 0;
    long correct = 0;
    for (long seed : List.of(1L, 2L, 3L)) {
      List<Generated> corpus =
          RecommendationGenerators.corpus(new SplittableRandom(seed), 120, 240);
      long[] counts = run(corpus, Consultations.defaultMatcher());
      truePairs += counts[0];
      suggested += counts[1];
      correct += counts[2];
    }
    double recall = (double) correct / truePairs;
    double precision = (double) correct / suggested;
    System.out.printf(
        Locale.ROOT,
        "CR-6 matching on 3 generated corpora: recall %.3f (%d of %d repeat pairs),"
            + " precision %.3f (%d of %d suggested links)%n",
        recall,
        correct,
        truePairs,
        precision,
        correct,
        suggested);

    assertThat(truePairs).isGreaterThan(400);
    assertThat(recall).isGreaterThanOrEqualTo(0.90);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theMatcherDoesNotKnowTheGeneratorsSynonyms() {
    RecommendationMatcher m = Consultations.defaultMatcher();
    for (var e : RecommendationGenerators.synonyms().entrySet()) {
      if (MinHashMatcher.stems(e.getKey()).isEmpty()) {
        continue; // a function word, dropped whatever replaces it
      }
      String a = "Fund " + e.getKey() + " now.";
      String b = "Fund " + e.getValue() + " now.";
      assertThat(m.similarity(a, b)).as(e.getKey()).isLessThan(1.0);
    }
  }

  /** Matches the corpus in order; returns the true pairs, the suggested and the correct ones. */
  private static long[] run(List<Generated> corpus, RecommendationMatcher matcher) {
    InMemoryForumStorage storage = new InMemoryForumStorage();
    long truePairs = 0;
    long suggested = 0;
    long correct = 0;
    List<Integer> topics = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < corpus.size(); i++) {
      Generated g = corpus.get(i);
      for (int t : topics) {
        if (t == g.topic()) {
          truePairs++;
        }
      }
      LedgerEntry entry =
          new LedgerEntry(
              new RecommendationId(RoundId.of("round-" + i), ForumId.of("forum"), 1),
              ORG,
              LocalDate.of(2026, 1, 1).plusDays(i),
              g.text(),
              matcher.keys(g.text()));
      List<Repeats.Match> matches =
          storage.inTransaction(
              tx -> {
                var store = ((RepeatTransaction) tx).repeats();
                List<Repeats.Match> found = Repeats.matches(store, matcher, entry);
                store.index(entry);
                return found;
              });
      for (Repeats.Match m : matches) {
        suggested++;
        int earlier = Integer.parseInt(m.earlier().id().round().value().substring(6));
        if (corpus.get(earlier).topic() == g.topic()) {
          correct++;
        }
      }
      topics.add(g.topic());
      seen.add(g.topic());
    }
    return new long[] {truePairs, suggested, correct};
  }
}
