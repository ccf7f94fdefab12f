package org.practitionersforum.testkit.quicktheories;

import java.util.Objects;
import java.util.SplittableRandom;
import org.practitionersforum.testkit.Generator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adapters from the testkit's {@link Generator} to QuickTheories 0.26 generators, for hosts and
 * tests that write property tests with QuickTheories:
 *
 * <pre>{@code
 * qt().withExamples(100).forAll(QuickTheoriesGens.of(Generators.forums()))
 *     .checkAssert(forum -> assertThat(ForumJson.read(ForumJson.write(forum), Forum.class)).isEqualTo(forum));
 * }</pre>
 *
 * <p>Each value draws one {@code long} from QuickTheories' randomness source and uses it to seed a
 * {@link SplittableRandom} that drives the testkit generator. So QuickTheories' fixed seeds ({@code
 * withFixedSeed}) reproduce values exactly, and a failing example is reported with the seed that
 * made it. Shrinking moves the drawn seed towards zero, which gives another valid example rather
 * than a smaller one; the testkit's generators keep examples small instead.
 *
 * <p>QuickTheories is an optional dependency of the testkit: this class needs it on the class path,
 * the rest of the testkit does not. Thread-safe.
 */
public final class QuickTheoriesGens {

  private QuickTheoriesGens() {}

  /**
   * Adapts a testkit generator to a QuickTheories generator.
   *
   * @param gen the testkit generator; never null
   * @param <T> the value type
   * @return a QuickTheories generator of the same values
   * @throws NullPointerException if {@code gen} is null
   */
  public static <T> Gen<T> of(Generator<T> gen) {
    Objects.requireNonNull(gen, "gen");
    return in -> gen.next(new SplittableRandom(seed(in)));
  }

  /**
   * Returns a QuickTheories generator of the seeds this class feeds to testkit generators, for
   * tests that want to drive several testkit generators from one seed themselves.
   *
   * @return the generator of seeds
   */
  public static Gen<Long> seeds() {
    return QuickTheoriesGens::seed;
  }

  private static long seed(RandomnessSource in) {
    return in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE));
  }
}
