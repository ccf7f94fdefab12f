package org.practitionersforum.testkit.anonymisation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories adapters for {@link IdentifierTexts}. Each generator draws one seed from
 * QuickTheories and feeds a {@link SplittableRandom}, so QuickTheories' reported seed reproduces a
 * failure. Needs QuickTheories on the class path (an optional dependency of the testkit).
 */
public final class AnonymisationGens {
  private AnonymisationGens() {}

  /**
   * Adapts any seeded generator function.
   *
   * @param generator builds a value from a random generator
   * @param <T> the value type
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> seeded(Function<RandomGenerator, T> generator) {
    return in ->
        generator.apply(
            new SplittableRandom(
                in.next(Constraint.between(0, Long.MAX_VALUE - 1).withNoShrinkPoint())));
  }

  /**
   * Texts with identifiers of every type injected.
   *
   * @param directory the entries names are drawn from
   * @param maxSentences the most sentences per text, at least 1
   * @return the generator
   */
  public static Gen<TextWithIdentifiers> texts(List<DirectoryEntry> directory, int maxSentences) {
    List<DirectoryEntry> entries = List.copyOf(directory);
    return seeded(r -> IdentifierTexts.text(r, entries, 1 + r.nextInt(maxSentences), 1.0));
  }

  /**
   * Identifier-free prose.
   *
   * @param maxSentences the most sentences per text, at least 1
   * @return the generator
   */
  public static Gen<String> prose(int maxSentences) {
    return seeded(r -> IdentifierTexts.prose(r, 1 + r.nextInt(maxSentences)));
  }
}
