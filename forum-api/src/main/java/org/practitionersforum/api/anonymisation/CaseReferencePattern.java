package org.practitionersforum.api.anonymisation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.practitionersforum.api.internal.Checks;

/**
 * A host-defined case reference format (AN-1): a regular expression, a validator that every match
 * must pass, and optionally a literal prefix every reference starts with.
 *
 * <p>The expression is compiled by the anonymiser with a linear-time engine (RE2 syntax: no
 * back-references or look-around), so no input can make matching hang. The anonymiser refuses a
 * pattern that matches the empty string or ordinary prose. With a {@link #literalPrefix()} the
 * expression is tried only where the prefix occurs, which keeps the anonymiser fast.
 *
 * <p>Instances are immutable if the validator is; the validator is called from any thread that runs
 * the anonymiser and must be thread-safe. {@code toString()} shows only the name.
 */
public final class CaseReferencePattern {
  private final String name;
  private final String regex;
  private final Predicate<String> validator;
  private final String literalPrefix;

  private CaseReferencePattern(
      String name, String regex, Predicate<String> validator, String literalPrefix) {
    this.name = Checks.id(name, "case-reference pattern name");
    this.regex = Checks.notNull(regex, "case-reference expression");
    if (regex.isEmpty()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "AN-1: a case-reference expression must not be empty");
    }
    this.validator = Checks.notNull(validator, "case-reference validator");
    if (literalPrefix != null && literalPrefix.isEmpty()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "AN-1: a case-reference prefix, when given, must not be empty");
    }
    this.literalPrefix = literalPrefix;
  }

  /**
   * Creates a pattern whose matches are all accepted.
   *
   * @param name a short name for reports and errors, such as "case"
   * @param regex the expression in RE2 syntax
   * @return the pattern
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or blank
   */
  public static CaseReferencePattern of(String name, String regex) {
    return new CaseReferencePattern(name, regex, s -> true, null);
  }

  /**
   * Creates a pattern whose matches must also pass a validator (a check digit, a known range).
   *
   * @param name a short name for reports and errors, such as "case"
   * @param regex the expression in RE2 syntax
   * @param validator accepts a matched text that is a real reference; must be thread-safe
   * @return the pattern
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or blank
   */
  public static CaseReferencePattern of(String name, String regex, Predicate<String> validator) {
    return new CaseReferencePattern(name, regex, validator, null);
  }

  /**
   * Returns a copy that tries the expression only where {@code prefix} occurs, at a word start.
   * Every match must then begin with the prefix.
   *
   * @param prefix the literal every reference starts with, such as "CR-"
   * @return the new pattern
   * @throws org.practitionersforum.api.InvalidInputException if the prefix is null or empty
   */
  public CaseReferencePattern withLiteralPrefix(String prefix) {
    Checks.notNull(prefix, "case-reference prefix");
    return new CaseReferencePattern(name, regex, validator, prefix);
  }

  /**
   * Returns the pattern's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the expression in RE2 syntax.
   *
   * @return the expression
   */
  public String regex() {
    return regex;
  }

  /**
   * Returns the validator.
   *
   * @return the validator
   */
  public Predicate<String> validator() {
    return validator;
  }

  /**
   * Returns the literal prefix, if one was given.
   *
   * @return the prefix
   */
  public Optional<String> literalPrefix() {
    return Optional.ofNullable(literalPrefix);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseReferencePattern p
        && name.equals(p.name)
        && regex.equals(p.regex)
        && validator.equals(p.validator)
        && Objects.equals(literalPrefix, p.literalPrefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, regex, literalPrefix);
  }

  /** Returns the name only. */
  @Override
  public String toString() {
    return "CaseReferencePattern[" + name + "]";
  }
}
