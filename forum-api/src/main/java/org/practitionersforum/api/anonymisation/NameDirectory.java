package org.practitionersforum.api.anonymisation;

import java.util.Collection;
import java.util.List;
import org.practitionersforum.api.internal.Checks;

/**
 * SPI: the people, organisations and places the host knows (AN-1). The anonymiser reads the entries
 * once, when it is built, and compiles them into an index; later changes to the host's directory
 * need a new anonymiser.
 *
 * <p>Implementations must be safe to call from the thread that builds the anonymiser; they are not
 * called afterwards.
 */
public interface NameDirectory {
  /**
   * Returns every entry. Entries sharing an id are merged; identical names of different entries are
   * kept apart and resolved in the text's context (a surname shared by two people maps to the one
   * already named in the document, else to the first in directory order).
   *
   * @return the entries, without null elements
   */
  Iterable<DirectoryEntry> entries();

  /**
   * Returns a directory over a fixed collection of entries.
   *
   * @param entries the entries; copied
   * @return the directory
   * @throws org.practitionersforum.api.InvalidInputException if the collection is null or holds
   *     null
   */
  static NameDirectory of(Collection<DirectoryEntry> entries) {
    List<DirectoryEntry> copy = List.copyOf(Checks.noNulls(entries, "directory entries"));
    return () -> copy;
  }

  /**
   * Returns a directory with no entries: only structured identifiers, case references and the name
   * heuristics apply.
   *
   * @return the empty directory
   */
  static NameDirectory empty() {
    return List::of;
  }
}
