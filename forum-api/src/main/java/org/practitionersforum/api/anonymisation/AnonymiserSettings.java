package org.practitionersforum.api.anonymisation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * How the anonymiser treats what it finds (AN-2): the operator for each identifier type, how far
 * dates are generalised, the key for pseudonyms, and which optional rules run. Immutable and
 * thread-safe. The key is never shown by {@code toString()}.
 *
 * <p>Defaults: {@link Operator#PLACEHOLDER} for every type except {@link IdentifierType#AGE}, which
 * is {@link Operator#GENERALISE}d to a ten-year band; dates generalise to the month; first names
 * alone are not matched; the name heuristics run.
 */
public final class AnonymiserSettings {
  private final Map<IdentifierType, Operator> operators;
  private final DateGranularity dateGranularity;
  private final byte[] pseudonymKey;
  private final boolean firstNameAlone;
  private final boolean nameHeuristics;

  private AnonymiserSettings(Builder b) {
    this.operators = new EnumMap<>(b.operators);
    this.dateGranularity = b.dateGranularity;
    this.pseudonymKey = b.pseudonymKey == null ? null : b.pseudonymKey.clone();
    this.firstNameAlone = b.firstNameAlone;
    this.nameHeuristics = b.nameHeuristics;
  }

  /**
   * Returns the default settings.
   *
   * @return the defaults
   */
  public static AnonymiserSettings defaults() {
    return builder().build();
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the operator applied to a type.
   *
   * @param type the identifier type
   * @return the operator
   */
  public Operator operator(IdentifierType type) {
    return operators.get(Checks.notNull(type, "identifier type"));
  }

  /**
   * Returns how far dates are generalised.
   *
   * @return the granularity
   */
  public DateGranularity dateGranularity() {
    return dateGranularity;
  }

  /**
   * Returns a copy of the pseudonym key, if one was set.
   *
   * @return the key
   */
  public Optional<byte[]> pseudonymKey() {
    return Optional.ofNullable(pseudonymKey).map(byte[]::clone);
  }

  /**
   * Tells whether a person's first given name alone is matched ("Aisha said").
   *
   * @return true if first names alone are matched
   */
  public boolean firstNameAlone() {
    return firstNameAlone;
  }

  /**
   * Tells whether the low-confidence name heuristics run (titles, "by Firstname Lastname",
   * signature lines, capitalised name pairs).
   *
   * @return true if they run
   */
  public boolean nameHeuristics() {
    return nameHeuristics;
  }

  /** Shows the operators and options, never the key. */
  @Override
  public String toString() {
    return "AnonymiserSettings[operators="
        + operators
        + ", dates="
        + dateGranularity
        + ", pseudonymKey="
        + (pseudonymKey == null ? "none" : "****")
        + ", firstNameAlone="
        + firstNameAlone
        + ", nameHeuristics="
        + nameHeuristics
        + "]";
  }

  /** Builds {@link AnonymiserSettings}. Not thread-safe. */
  public static final class Builder {
    private final Map<IdentifierType, Operator> operators = new EnumMap<>(IdentifierType.class);
    private DateGranularity dateGranularity = DateGranularity.MONTH;
    private byte[] pseudonymKey;
    private boolean firstNameAlone;
    private boolean nameHeuristics = true;

    private Builder() {
      for (IdentifierType t : IdentifierType.values()) {
        operators.put(t, t == IdentifierType.AGE ? Operator.GENERALISE : Operator.PLACEHOLDER);
      }
    }

    /**
     * Sets the operator for one type.
     *
     * @param type the identifier type
     * @param operator the operator
     * @return this builder
     * @throws InvalidInputException if an argument is null or the operator cannot apply to the type
     *     (see {@link Operator#appliesTo(IdentifierType)})
     */
    public Builder operator(IdentifierType type, Operator operator) {
      Checks.notNull(type, "identifier type");
      Checks.notNull(operator, "operator");
      if (!operator.appliesTo(type)) {
        throw new InvalidInputException(
            "AN-2: " + type + " cannot be generalised; choose another operator");
      }
      operators.put(type, operator);
      return this;
    }

    /**
     * Sets the operator for every type that it applies to.
     *
     * @param operator the operator
     * @return this builder
     * @throws InvalidInputException if the operator is null
     */
    public Builder allOperators(Operator operator) {
      Checks.notNull(operator, "operator");
      for (IdentifierType t : IdentifierType.values()) {
        if (operator.appliesTo(t)) {
          operators.put(t, operator);
        }
      }
      return this;
    }

    /**
     * Sets how far dates are generalised.
     *
     * @param granularity month or quarter
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder dateGranularity(DateGranularity granularity) {
      this.dateGranularity = Checks.notNull(granularity, "date granularity");
      return this;
    }

    /**
     * Sets the host-held key for {@link Operator#PSEUDONYM}. The key is copied.
     *
     * @param key at least 16 bytes
     * @return this builder
     * @throws InvalidInputException if the key is null or shorter than 16 bytes
     */
    public Builder pseudonymKey(byte[] key) {
      Checks.notNull(key, "pseudonym key");
      if (key.length < 16) {
        throw new InvalidInputException("AN-2: a pseudonym key must be at least 16 bytes long");
      }
      this.pseudonymKey = Arrays.copyOf(key, key.length);
      return this;
    }

    /**
     * Sets whether a person's first given name alone is matched.
     *
     * @param enabled true to match first names alone
     * @return this builder
     */
    public Builder firstNameAlone(boolean enabled) {
      this.firstNameAlone = enabled;
      return this;
    }

    /**
     * Sets whether the low-confidence name heuristics run.
     *
     * @param enabled true to run them
     * @return this builder
     */
    public Builder nameHeuristics(boolean enabled) {
      this.nameHeuristics = enabled;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws InvalidInputException if an operator is {@link Operator#PSEUDONYM} and no key is set
     */
    public AnonymiserSettings build() {
      if (pseudonymKey == null && operators.containsValue(Operator.PSEUDONYM)) {
        throw new InvalidInputException("AN-2: the pseudonym operator needs a pseudonym key");
      }
      return new AnonymiserSettings(this);
    }
  }
}
