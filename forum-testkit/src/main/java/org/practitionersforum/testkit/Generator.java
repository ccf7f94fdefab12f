package org.practitionersforum.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values of one type, driven entirely by the {@link RandomGenerator} it is given:
 * the same seed gives the same values. Generators never reject and retry, so every value they
 * return is valid by construction and generation always terminates.
 *
 * <p>Written against {@code java.util.random} only, so that any property-testing library (or a
 * plain loop over seeds) can drive it; see {@code QuickTheoriesGens} for the QuickTheories adapter.
 * Implementations are stateless and thread-safe; the random generator passed in is not shared
 * between threads by the testkit.
 *
 * <p>Named {@code Generator}, not {@code Gen}, so that a test can import it beside QuickTheories'
 * {@code org.quicktheories.core.Gen} without qualifying either.
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates one value.
   *
   * @param random the source of randomness; never null
   * @return a value, never null
   */
  T next(RandomGenerator random);

  /**
   * Returns a generator that applies {@code mapper} to each value of this one. The mapper must
   * return a valid value for every input; nothing is filtered out.
   *
   * @param mapper the function to apply; never null
   * @param <R> the type of the mapped values
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * Returns a generator of lists of this generator's values, with a size drawn uniformly from
   * {@code [minSize, maxSize]}. Elements may repeat.
   *
   * @param minSize the smallest size, at least 0
   * @param maxSize the largest size, at least {@code minSize}
   * @return the list generator; its lists are unmodifiable
   * @throws IllegalArgumentException if the sizes are out of order or negative
   */
  default Generator<List<T>> list(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("list sizes must satisfy 0 <= min <= max");
    }
    return random -> {
      int n = random.nextInt(minSize, maxSize + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(random));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Returns a generator of optional values: present with probability {@code presence}.
   *
   * @param presence the probability of a present value, in {@code [0, 1]}
   * @return the optional generator
   * @throws IllegalArgumentException if {@code presence} is outside {@code [0, 1]}
   */
  default Generator<Optional<T>> optional(double presence) {
    if (!(presence >= 0 && presence <= 1)) {
      throw new IllegalArgumentException("presence must be a probability");
    }
    return random -> random.nextDouble() < presence ? Optional.of(next(random)) : Optional.empty();
  }

  /**
   * Returns a generator that always gives {@code value}.
   *
   * @param value the value; never null
   * @param <T> its type
   * @return the constant generator
   * @throws NullPointerException if {@code value} is null
   */
  static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * Returns a generator that picks uniformly among {@code values}.
   *
   * @param values the values to pick from; not empty, no nulls
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Generator<T> oneOf(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one value");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * Returns a generator that picks uniformly among the constants of an enum.
   *
   * @param type the enum type
   * @param <E> the enum
   * @return the generator
   */
  static <E extends Enum<E>> Generator<E> oneOf(Class<E> type) {
    return oneOf(List.of(type.getEnumConstants()));
  }

  /**
   * Returns a generator that delegates to one of {@code gens}, chosen uniformly for each value.
   *
   * @param gens the generators; not empty
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if {@code gens} is empty
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array: it is neither kept nor written
  static <T> Generator<T> oneOfGens(Generator<? extends T>... gens) {
    List<Generator<? extends T>> copy = List.of(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOfGens needs at least one generator");
    }
    return random -> copy.get(random.nextInt(copy.size())).next(random);
  }

  /**
   * Returns a generator that picks among {@code values} with the given relative weights.
   *
   * @param values the values; not empty
   * @param weights a positive weight per value, in the same order
   * @param <T> the value type
   * @return the generator
   * @throws IllegalArgumentException if the lists differ in size, are empty, or a weight is not
   *     positive
   */
  static <T> Generator<T> weighted(List<? extends T> values, List<Integer> weights) {
    List<? extends T> v = List.copyOf(values);
    if (v.isEmpty() || v.size() != weights.size()) {
      throw new IllegalArgumentException("weighted needs one positive weight per value");
    }
    int[] cumulative = new int[v.size()];
    int total = 0;
    for (int i = 0; i < v.size(); i++) {
      int w = weights.get(i);
      if (w <= 0) {
        throw new IllegalArgumentException("weights must be positive");
      }
      total += w;
      cumulative[i] = total;
    }
    int sum = total;
    return random -> {
      int r = random.nextInt(sum);
      for (int i = 0; i < cumulative.length; i++) {
        if (r < cumulative[i]) {
          return v.get(i);
        }
      }
      return v.get(v.size() - 1);
    };
  }

  /**
   * Returns a generator of integers drawn uniformly from {@code [min, max]}.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Generator<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("ints needs min <= max");
    }
    return random -> (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * Returns a generator of booleans, true with probability {@code p}.
   *
   * @param p the probability of true, in {@code [0, 1]}
   * @return the generator
   */
  static Generator<Boolean> booleans(double p) {
    return random -> random.nextDouble() < p;
  }
}
