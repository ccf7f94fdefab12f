package org.practitionersforum.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.testkit.Generators;

class QuickTheoriesGensTest {

  @Test
  void adaptedGeneratorGivesValidValues() {
    List<Forum> seen = new ArrayList<>();
    qt().withExamples(30)
        .forAll(QuickTheoriesGens.of(Generators.forums()))
        .checkAssert(
            forum -> {
              assertThat(forum.history()).isNotEmpty();
              assertThat(forum.members().size()).isLessThanOrEqualTo(forum.sizeBounds().maximum());
              seen.add(forum);
            });
    assertThat(seen).hasSize(30);
    assertThat(seen.stream().map(Forum::id).distinct().count()).isGreaterThan(1);
  }

  @Test
  void aFixedSeedReproducesTheSameValues() {
    List<Forum> first = new ArrayList<>();
    List<Forum> second = new ArrayList<>();
    qt().withFixedSeed(99)
        .withExamples(10)
        .forAll(QuickTheoriesGens.of(Generators.forums()))
        .checkAssert(first::add);
    qt().withFixedSeed(99)
        .withExamples(10)
        .forAll(QuickTheoriesGens.of(Generators.forums()))
        .checkAssert(second::add);
    assertThat(first).hasSize(10).isEqualTo(second);
  }

  @Test
  void seedsDriveTestkitGeneratorsLikeTheAdapter() {
    qt().withExamples(20)
        .forAll(QuickTheoriesGens.seeds())
        .checkAssert(
            seed ->
                assertThat(Generators.forums().next(new SplittableRandom(seed)))
                    .isEqualTo(Generators.forums().next(new SplittableRandom(seed))));
  }
}
