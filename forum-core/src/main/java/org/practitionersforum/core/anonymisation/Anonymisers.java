package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.internal.Checks;

/**
 * Builds {@link Anonymiser}s (AN-1, AN-2, AN-3, AN-5).
 *
 * <pre>{@code
 * Anonymiser anonymiser = Anonymisers.builder()
 *     .directory(hostDirectory)
 *     .settings(AnonymiserSettings.defaults())
 *     .caseReference(CaseReferencePattern.of("case", "CR-[0-9]{6}").withLiteralPrefix("CR-"))
 *     .build();
 * }</pre>
 */
public final class Anonymisers {
  private Anonymisers() {}

  /**
   * Returns a new builder: no directory, default settings, no case references.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Anonymiser}. Not thread-safe; the anonymiser it builds is. */
  public static final class Builder {
    private NameDirectory directory = NameDirectory.empty();
    private AnonymiserSettings settings = AnonymiserSettings.defaults();
    private final List<CaseReferencePattern> caseReferences = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the directory of people, organisations and places to find. Read once, by {@link
     * #build()}.
     *
     * @param directory the host's directory
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder directory(NameDirectory directory) {
      this.directory = Checks.notNull(directory, "name directory");
      return this;
    }

    /**
     * Sets the operators and options.
     *
     * @param settings the settings
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if they are null
     */
    public Builder settings(AnonymiserSettings settings) {
      this.settings = Checks.notNull(settings, "anonymiser settings");
      return this;
    }

    /**
     * Registers a host-defined case reference format.
     *
     * @param pattern the pattern
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder caseReference(CaseReferencePattern pattern) {
      caseReferences.add(Checks.notNull(pattern, "case-reference pattern"));
      return this;
    }

    /**
     * Compiles the directory and the case references into an anonymiser. Takes one to two seconds
     * for 100,000 names.
     *
     * @return the anonymiser, immutable and thread-safe
     * @throws org.practitionersforum.api.InvalidInputException if the directory returns a missing
     *     entry or two entries share an id but differ in type (AN-1), or a case-reference
     *     expression is invalid, matches the empty text or matches ordinary prose
     */
    public Anonymiser build() {
      CaseReferences refs = CaseReferences.compile(caseReferences);
      NameIndex index = NameIndex.build(directory, settings.firstNameAlone());
      return new Engine(index, refs, settings);
    }
  }
}
