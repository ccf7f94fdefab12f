package org.practitionersforum.core.anonymisation;

import java.util.List;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;

/** A small directory shared by the tests. All names are fictional. */
final class Fixtures {
  private Fixtures() {}

  static final DirectoryEntry JOHN_SMITH = DirectoryEntry.person("p1", "John", "Smith");
  static final DirectoryEntry AISHA = DirectoryEntry.person("p2", "Aisha", "Khan-Patel");
  static final DirectoryEntry SEAN =
      DirectoryEntry.builder().id("p3").type(IdentifierType.PERSON).name("Seán O'Brien").build();
  static final DirectoryEntry MARIA =
      DirectoryEntry.builder()
          .id("p4")
          .type(IdentifierType.PERSON)
          .name("Maria van der Berg")
          .addGivenNames("Maria")
          .surname("van der Berg")
          .build();
  static final DirectoryEntry ANNA_BEE = DirectoryEntry.person("p5", "Anna", "Bee");
  static final DirectoryEntry COUNCIL =
      DirectoryEntry.organisation("o1", "Leeds City Council", "LCC");
  static final DirectoryEntry HAREHILLS = DirectoryEntry.place("l1", "Harehills", "West Yorkshire");

  static NameDirectory directory() {
    return NameDirectory.of(List.of(JOHN_SMITH, AISHA, SEAN, MARIA, ANNA_BEE, COUNCIL, HAREHILLS));
  }

  /** A valid NHS number (modulus 11) written with spaces. */
  static final String NHS = "943 476 5919";
}
