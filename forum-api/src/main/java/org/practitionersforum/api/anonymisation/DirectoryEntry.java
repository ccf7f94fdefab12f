package org.practitionersforum.api.anonymisation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * One person, organisation or place the host knows, as supplied through a {@link NameDirectory}.
 * Every name part is redacted from {@code toString()} (AN-5).
 *
 * <p>For a person, the anonymiser matches the full name, the given names with the surname, the
 * surname alone, an initial with the surname, a title with the surname, possessives, and the first
 * given name alone where configured. For organisations and places it matches the name and each
 * alias. Matching ignores letter case and accents and accepts curly or straight apostrophes; only
 * whole words match.
 *
 * <p>Entries with the same {@link #id()} are merged: their names and aliases all map to one entity,
 * so they get one placeholder and one pseudonym.
 */
@Value.Immutable
@ForumStyle
public interface DirectoryEntry {
  /**
   * Returns the host's canonical identifier of the entry. Pseudonyms are derived from it, so all
   * forms of a name map to the same pseudonym.
   *
   * @return the identifier, non-blank
   */
  @Value.Redacted
  String id();

  /**
   * Returns the entry's type.
   *
   * @return {@link IdentifierType#PERSON}, {@link IdentifierType#ORGANISATION} or {@link
   *     IdentifierType#PLACE}
   */
  IdentifierType type();

  /**
   * Returns the full name as usually written, such as "Aisha Khan-Patel" or "Leeds City Council".
   *
   * @return the name, non-blank
   */
  @Value.Redacted
  String name();

  /**
   * Returns a person's given names in order. When empty for a person, every word of {@link #name()}
   * but the last is taken as a given name.
   *
   * @return the given names, possibly empty
   */
  @Value.Redacted
  List<String> givenNames();

  /**
   * Returns a person's surname, possibly hyphenated or of several words ("van der Berg"). When
   * absent for a person, the last word of {@link #name()} is taken.
   *
   * @return the surname, if given
   */
  @Value.Redacted
  Optional<String> surname();

  /**
   * Returns other names the entry is written as: nicknames, abbreviations, former names.
   *
   * @return the aliases, possibly empty
   */
  @Value.Redacted
  List<String> aliases();

  /**
   * Returns the region a place generalises to under {@link Operator#GENERALISE}, such as "West
   * Yorkshire".
   *
   * @return the region, if known
   */
  @Value.Redacted
  Optional<String> region();

  /**
   * Checks the entry's invariants.
   *
   * @throws InvalidInputException if a name is empty or the type is not a directory type
   */
  @Value.Check
  default void check() {
    Checks.id(id(), "directory entry id");
    if (!type().isDirectoryType()) {
      throw new InvalidInputException(
          "AN-1: a directory entry must be a person, an organisation or a place");
    }
    requireName(name());
    givenNames().forEach(DirectoryEntry::requireName);
    surname().ifPresent(DirectoryEntry::requireName);
    aliases().forEach(DirectoryEntry::requireName);
    region().ifPresent(DirectoryEntry::requireName);
  }

  private static void requireName(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("AN-1: a directory entry has an empty name or name part");
    }
    String problem = Checks.textProblem(value);
    if (problem != null) {
      throw new InvalidInputException(
          "AN-1: a directory entry's names must not contain " + problem);
    }
    boolean word = false;
    for (int i = 0; i < value.length() && !word; i++) {
      word = Character.isLetterOrDigit(value.charAt(i));
    }
    if (!word) {
      throw new InvalidInputException(
          "AN-1: a directory entry has a name or name part without any letter or digit");
    }
  }

  /**
   * Creates a person entry.
   *
   * @param id the host's identifier of the person
   * @param givenName the first given name
   * @param surname the surname
   * @return the entry
   * @throws InvalidInputException if a part is blank
   */
  static DirectoryEntry person(String id, String givenName, String surname) {
    return builder()
        .id(id)
        .type(IdentifierType.PERSON)
        .name(givenName + " " + surname)
        .addGivenNames(givenName)
        .surname(surname)
        .build();
  }

  /**
   * Creates an organisation entry.
   *
   * @param id the host's identifier of the organisation
   * @param name the organisation's name
   * @param aliases other names it is written as
   * @return the entry
   * @throws InvalidInputException if a name is blank
   */
  static DirectoryEntry organisation(String id, String name, String... aliases) {
    return builder()
        .id(id)
        .type(IdentifierType.ORGANISATION)
        .name(name)
        .addAliases(aliases)
        .build();
  }

  /**
   * Creates a place entry.
   *
   * @param id the host's identifier of the place
   * @param name the place's name
   * @param region the region it generalises to
   * @return the entry
   * @throws InvalidInputException if a name is blank
   */
  static DirectoryEntry place(String id, String name, String region) {
    return builder().id(id).type(IdentifierType.PLACE).name(name).region(region).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DirectoryEntry}s. */
  final class Builder extends ImmutableDirectoryEntry.Builder {
    /** Creates an empty builder; hosts obtain one from {@link DirectoryEntry#builder()}. */
    Builder() {}

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws InvalidInputException if a required attribute is missing or a name is empty
     */
    @Override
    public DirectoryEntry build() {
      return Checks.built(super::build);
    }
  }
}
