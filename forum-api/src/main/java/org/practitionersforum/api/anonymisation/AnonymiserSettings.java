package org.practitionersforum.api.anonymisation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * How the anonymiser treats what it finds (AN-2): the operator for each identifier type, how far
 * dates are generalised, the key for pseudonyms, and which optional rules run. Immutable and
 * thread-safe. The key is never shown by {@code toString()}.
 *
 * <p>Controls: an allow list of terms never replaced (such as the organisation's own programme
 * names), a deny list of terms always replaced with a given type, identifier types whose detection
 * is switched off, and a minimum confidence below which findings are reported for review ({@link
 * AnonymisationReport#heldForReview()}) but not applied. Terms match whole words in any letter case
 * and with accents folded; a deny-listed term is replaced even inside an allow-listed one, so a
 * term the host wants gone never survives. {@code toString()} shows how many terms each list holds,
 * never the terms.
 *
 * <p>Defaults: {@link Operator#PLACEHOLDER} for every type except {@link IdentifierType#AGE}, which
 * is {@link Operator#GENERALISE}d to a ten-year band; dates generalise to the month; first names
 * alone are not matched; the name heuristics run; no allow or deny list; every type detected;
 * findings of every confidence applied.
 */
public final class AnonymiserSettings {
  private final Map<IdentifierType, Operator> operators;
  private final DateGranularity dateGranularity;
  private final byte[] pseudonymKey;
  private final boolean firstNameAlone;
  private final boolean nameHeuristics;
  private final Set<String> allowList;
  private final Map<String, IdentifierType> denyList;
  private final Set<IdentifierType> disabledTypes;
  private final Confidence minimumConfidence;

  /** The longest allow- or deny-listed term, in chars. */
  public static final int MAX_TERM_LENGTH = 200;

  private AnonymiserSettings(Builder b) {
    this.operators = new EnumMap<>(b.operators);
    this.dateGranularity = b.dateGranularity;
    this.pseudonymKey = b.pseudonymKey == null ? null : b.pseudonymKey.clone();
    this.firstNameAlone = b.firstNameAlone;
    this.nameHeuristics = b.nameHeuristics;
    this.allowList = Collections.unmodifiableSet(new LinkedHashSet<>(b.allowList));
    this.denyList = Collections.unmodifiableMap(new LinkedHashMap<>(b.denyList));
    this.disabledTypes =
        Collections.unmodifiableSet(
            b.disabledTypes.isEmpty()
                ? EnumSet.noneOf(IdentifierType.class)
                : EnumSet.copyOf(b.disabledTypes));
    this.minimumConfidence = b.minimumConfidence;
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

  /**
   * Returns the terms never replaced, as given (stripped of surrounding white space, in Unicode
   * NFC). A finding that lies within an occurrence of one of them is left in clear and listed in
   * {@link AnonymisationReport#allowListed()}, unless it is a deny-listed term.
   *
   * @return the allow list in the order added, unmodifiable
   */
  public Set<String> allowList() {
    return allowList;
  }

  /**
   * Returns the terms always replaced, each with the type it is replaced as. Every occurrence is a
   * finding of rule {@code deny-list} and {@link Confidence#HIGH}, whatever the detectors found.
   *
   * @return the deny list in the order added, unmodifiable
   */
  public Map<String, IdentifierType> denyList() {
    return denyList;
  }

  /**
   * Returns the identifier types whose detection is switched off: no detector's finding of such a
   * type is kept (the deny list still applies to the types it names, which are never switched off).
   *
   * @return the types switched off, unmodifiable
   */
  public Set<IdentifierType> disabledTypes() {
    return disabledTypes;
  }

  /**
   * Tells whether a type is detected.
   *
   * @param type the identifier type
   * @return false if its detection is switched off
   * @throws InvalidInputException if the type is null
   */
  public boolean detects(IdentifierType type) {
    return !disabledTypes.contains(Checks.notNull(type, "identifier type"));
  }

  /**
   * Returns the lowest confidence of a finding that is applied; findings below it are listed in
   * {@link AnonymisationReport#heldForReview()} and left in clear.
   *
   * @return the minimum confidence, {@link Confidence#LOW} (apply all) by default
   */
  public Confidence minimumConfidence() {
    return minimumConfidence;
  }

  /** Shows the operators and options and the sizes of the term lists, never a term or the key. */
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
        + ", allowList="
        + allowList.size()
        + " terms, denyList="
        + denyList.size()
        + " terms, disabledTypes="
        + disabledTypes
        + ", minimumConfidence="
        + minimumConfidence
        + "]";
  }

  /** Builds {@link AnonymiserSettings}. Not thread-safe. */
  public static final class Builder {
    private final Map<IdentifierType, Operator> operators = new EnumMap<>(IdentifierType.class);
    private DateGranularity dateGranularity = DateGranularity.MONTH;
    private byte[] pseudonymKey;
    private boolean firstNameAlone;
    private boolean nameHeuristics = true;
    private final Set<String> allowList = new LinkedHashSet<>();
    private final Map<String, IdentifierType> denyList = new LinkedHashMap<>();
    private final Set<IdentifierType> disabledTypes = EnumSet.noneOf(IdentifierType.class);
    private Confidence minimumConfidence = Confidence.LOW;

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
     * Adds a term that is never replaced, such as the organisation's own programme name.
     *
     * @param term the term: one or more words
     * @return this builder
     * @throws InvalidInputException naming AN-1 if the term is null, blank, longer than {@link
     *     #MAX_TERM_LENGTH}, holds no letter or digit or holds an invisible character; the message
     *     never quotes the term
     */
    public Builder allow(String term) {
      allowList.add(term(term, "an allow-list term"));
      return this;
    }

    /**
     * Adds a term that is always replaced, as the given type.
     *
     * @param term the term: one or more words
     * @param type the type it is replaced as; its operator applies
     * @return this builder
     * @throws InvalidInputException naming AN-1 if the term is invalid (as for {@link
     *     #allow(String)}), the type is null, or the same term was already denied with another
     *     type; the message never quotes the term
     */
    public Builder deny(String term, IdentifierType type) {
      String t = term(term, "a deny-list term");
      Checks.notNull(type, "identifier type");
      for (Map.Entry<String, IdentifierType> e : denyList.entrySet()) {
        if (sameTerm(e.getKey(), t) && e.getValue() != type) {
          throw new InvalidInputException(
              "AN-1: a deny-list term was given twice with different types");
        }
      }
      denyList.put(t, type);
      return this;
    }

    /**
     * Switches off the detection of one type: no finding of that type is made, except from the deny
     * list.
     *
     * @param type the type not to detect
     * @return this builder
     * @throws InvalidInputException if the type is null
     */
    public Builder disable(IdentifierType type) {
      disabledTypes.add(Checks.notNull(type, "identifier type"));
      return this;
    }

    /**
     * Sets the lowest confidence of a finding that is applied. Findings below it are reported for
     * review ({@link AnonymisationReport#heldForReview()}) and left in clear: with {@link
     * Confidence#MEDIUM} the name heuristics' guesses are only reported.
     *
     * @param confidence the minimum confidence
     * @return this builder
     * @throws InvalidInputException if it is null
     */
    public Builder minimumConfidence(Confidence confidence) {
      this.minimumConfidence = Checks.notNull(confidence, "minimum confidence");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws InvalidInputException if an operator is {@link Operator#PSEUDONYM} and no key is set
     *     (AN-2), a term is both allowed and denied, or a deny-listed term's type is switched off
     *     (AN-1)
     */
    public AnonymiserSettings build() {
      if (pseudonymKey == null && operators.containsValue(Operator.PSEUDONYM)) {
        throw new InvalidInputException("AN-2: the pseudonym operator needs a pseudonym key");
      }
      for (Map.Entry<String, IdentifierType> e : denyList.entrySet()) {
        if (disabledTypes.contains(e.getValue())) {
          throw new InvalidInputException(
              "AN-1: a deny-list term's type "
                  + e.getValue()
                  + " is switched off; enable it or drop the term");
        }
        for (String allowed : allowList) {
          if (sameTerm(allowed, e.getKey())) {
            throw new InvalidInputException(
                "AN-1: a term cannot be both on the allow list and on the deny list");
          }
        }
      }
      return new AnonymiserSettings(this);
    }

    private static String term(String term, String what) {
      Checks.notNull(term, what);
      String t;
      try {
        t = Checks.text(term, what, MAX_TERM_LENGTH);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            "AN-1: "
                + what
                + " must be non-blank, visible text of at most "
                + MAX_TERM_LENGTH
                + " characters");
      }
      if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
        throw new InvalidInputException("AN-1: " + what + " must hold a letter or a digit");
      }
      if (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
        throw new InvalidInputException("AN-1: " + what + " must be on one line");
      }
      return t;
    }

    private static boolean sameTerm(String a, String b) {
      return normal(a).equals(normal(b));
    }

    private static String normal(String term) {
      return term.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
  }
}
