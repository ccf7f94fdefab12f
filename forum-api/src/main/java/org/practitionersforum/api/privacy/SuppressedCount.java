package org.practitionersforum.api.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.OptionalLong;
import org.practitionersforum.api.InvalidInputException;

/**
 * A count shown to people who must not be able to single anyone out. A count below the threshold is
 * suppressed: it is shown as "fewer than 5", and the exact number is not kept, so nothing that
 * holds this value can reveal it.
 *
 * <p>Every aggregate the SDK shows to managers uses it: individual input attached to a consultation
 * response (CR-3), engagement metrics (CR-8) and protected study time (CPD-3).
 *
 * <pre>{@code
 * SuppressedCount.of(12).toString();  // "12"
 * SuppressedCount.of(3).toString();   // "fewer than 5"
 * SuppressedCount.of(3).value();      // OptionalLong.empty()
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class SuppressedCount {
  /** The threshold used unless an organisation sets its own: counts below 5 are suppressed. */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The smallest threshold an organisation may set. */
  public static final int MIN_THRESHOLD = 2;

  /** The largest threshold an organisation may set. */
  public static final int MAX_THRESHOLD = 100;

  private final long value;
  private final int threshold;

  private SuppressedCount(long value, int threshold) {
    this.value = value;
    this.threshold = threshold;
  }

  /**
   * Returns the count as shown with the default threshold of 5.
   *
   * @param count the exact count, zero or more
   * @return the count, suppressed if it is below 5
   * @throws InvalidInputException if the count is negative
   */
  public static SuppressedCount of(long count) {
    return of(count, DEFAULT_THRESHOLD);
  }

  /**
   * Returns the count as shown with the given threshold.
   *
   * @param count the exact count, zero or more
   * @param threshold the smallest count shown exactly, from {@value #MIN_THRESHOLD} to {@value
   *     #MAX_THRESHOLD}
   * @return the count, suppressed if it is below the threshold
   * @throws InvalidInputException if the count is negative or the threshold out of range
   */
  public static SuppressedCount of(long count, int threshold) {
    checkThreshold(threshold);
    if (count < 0) {
      throw new InvalidInputException("a count cannot be negative");
    }
    return new SuppressedCount(count < threshold ? -1 : count, threshold);
  }

  /**
   * Checks a suppression threshold an organisation sets.
   *
   * @param threshold the threshold
   * @return the threshold
   * @throws InvalidInputException if it is not from {@value #MIN_THRESHOLD} to {@value
   *     #MAX_THRESHOLD}
   */
  public static int checkThreshold(int threshold) {
    if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
      throw new InvalidInputException(
          "the small-number suppression threshold is "
              + MIN_THRESHOLD
              + " to "
              + MAX_THRESHOLD
              + ", not "
              + threshold);
    }
    return threshold;
  }

  @JsonCreator
  static SuppressedCount fromJson(
      @JsonProperty("value") Long value, @JsonProperty("fewerThan") Integer fewerThan) {
    if ((value == null) == (fewerThan == null)) {
      throw new InvalidInputException("a shown count has either a value or fewerThan, not both");
    }
    if (value != null) {
      if (value < MIN_THRESHOLD) {
        throw new InvalidInputException("a count below " + MIN_THRESHOLD + " is never shown");
      }
      return new SuppressedCount(value, MIN_THRESHOLD);
    }
    return of(0, fewerThan);
  }

  /**
   * Returns whether the count is below the threshold and so not shown.
   *
   * @return true if suppressed
   */
  public boolean suppressed() {
    return value < 0;
  }

  /**
   * Returns the exact count, or empty if it is suppressed.
   *
   * @return the count when it may be shown
   */
  @JsonProperty("value")
  public OptionalLong value() {
    return suppressed() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * Returns the threshold below which the count is suppressed, when it is; empty when the count is
   * shown.
   *
   * @return the threshold of a suppressed count
   */
  @JsonProperty("fewerThan")
  public OptionalLong fewerThan() {
    return suppressed() ? OptionalLong.of(threshold) : OptionalLong.empty();
  }

  /**
   * Returns the count as a reader sees it: the number, or "fewer than N".
   *
   * @return the shown form
   */
  @Override
  public String toString() {
    return suppressed() ? "fewer than " + threshold : Long.toString(value);
  }

  /**
   * Two shown counts are equal when they show the same thing: the same number, or "fewer than" the
   * same threshold.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SuppressedCount other
        && other.value().equals(value())
        && other.fewerThan().equals(fewerThan());
  }

  @Override
  public int hashCode() {
    return Objects.hash(value(), fewerThan());
  }
}
