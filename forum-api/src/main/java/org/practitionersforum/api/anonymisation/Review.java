package org.practitionersforum.api.anonymisation;

import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * A reviewer's corrections to a report (AN-3): spans the anonymiser missed, and findings that were
 * wrong. Apply it with {@link Anonymiser#reapply(CharSequence, AnonymisationReport, Review)}.
 * Immutable and thread-safe; holds spans, not text.
 */
public final class Review {
  /**
   * A span a reviewer marked as an identifier.
   *
   * @param start the index of the first character in the original text
   * @param end the index after the last character
   * @param type the identifier type
   */
  public record Addition(int start, int end, IdentifierType type) {
    /**
     * Creates an addition.
     *
     * @param start the index of the first character in the original text
     * @param end the index after the last character
     * @param type the identifier type
     * @throws InvalidInputException if the span is empty or negative or the type is missing
     */
    public Addition {
      if (start < 0 || end <= start) {
        throw new InvalidInputException("AN-3: a reviewer's span must not be empty");
      }
      Checks.notNull(type, "identifier type");
    }
  }

  private final List<Addition> additions;
  private final List<Finding> rejections;

  private Review(List<Addition> additions, List<Finding> rejections) {
    this.additions = List.copyOf(additions);
    this.rejections = List.copyOf(rejections);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the spans the reviewer added.
   *
   * @return the additions
   */
  public List<Addition> additions() {
    return additions;
  }

  /**
   * Returns the findings the reviewer rejected.
   *
   * @return the rejections
   */
  public List<Finding> rejections() {
    return rejections;
  }

  /** Shows counts only. */
  @Override
  public String toString() {
    return "Review[additions=" + additions.size() + ", rejections=" + rejections.size() + "]";
  }

  /** Builds {@link Review}s. Not thread-safe. */
  public static final class Builder {
    private final List<Addition> additions = new ArrayList<>();
    private final List<Finding> rejections = new ArrayList<>();

    private Builder() {}

    /**
     * Marks a span the anonymiser missed. Added spans win over overlapping findings.
     *
     * @param start the index of the first character in the original text
     * @param end the index after the last character
     * @param type the identifier type
     * @return this builder
     * @throws InvalidInputException if the span is empty or negative or the type is missing
     */
    public Builder add(int start, int end, IdentifierType type) {
      additions.add(new Addition(start, end, type));
      return this;
    }

    /**
     * Rejects a finding: its text is left as written when the review is applied.
     *
     * @param finding a finding of the report under review
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder reject(Finding finding) {
      rejections.add(Checks.notNull(finding, "finding"));
      return this;
    }

    /**
     * Builds the review.
     *
     * @return the review
     */
    public Review build() {
      return new Review(additions, rejections);
    }
  }
}
