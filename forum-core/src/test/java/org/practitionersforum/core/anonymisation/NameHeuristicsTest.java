package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymiser;

/** The name heuristics without a directory: names of things are not people; people still are. */
class NameHeuristicsTest {
  private final Anonymiser anonymiser = Anonymisers.builder().build();

  private String out(String text) {
    return anonymiser.anonymise(text).text();
  }

  @Test
  void namesOfThingsAreNotPeople() {
    String text =
        "The Heart Age tool and the Easy Meals app were launched by the Technology Manager.\n"
            + "Gold Command met the Chief Executive and the Steering Board.\n"
            + "She took the Export Communication Review and a Search Engine Optimisation course.\n";
    assertThat(out(text)).isEqualTo(text);
  }

  @Test
  void peopleAreFoundByTheEvidenceOfBothWords() {
    assertThat(out("We met Jim Pennycook, and later Lev Denker spoke."))
        .isEqualTo("We met [PERSON-1], and later [PERSON-2] spoke.");
    assertThat(out("Philip McNeill, Bernie O'Gorman and Mark Willis wrote."))
        .isEqualTo("[PERSON-1], [PERSON-2] and [PERSON-3] wrote.");
    assertThat(out("The Prime Minister, Theresa May, agreed."))
        .isEqualTo("The Prime Minister, [PERSON-1], agreed.");
  }

  @Test
  void aHeadingOfTitleCaseWordsNeedsStrongEvidence() {
    assertThat(out("Nuclear Industry Association Annual Review\n\nText follows.\n"))
        .isEqualTo("Nuclear Industry Association Annual Review\n\nText follows.\n");
    assertThat(out("Board Members\nRichard Sanders, Acting Chief Executive\n"))
        .isEqualTo("Board Members\n[PERSON-1], Acting Chief Executive\n");
  }

  @Test
  void rolesAndAbbreviationsAfterATitleAreNotNames() {
    assertThat(out("With permission, Mr Speaker, the Lord Chancellor spoke."))
        .isEqualTo("With permission, Mr Speaker, the Lord Chancellor spoke.");
    assertThat(out("Minutes (MS Word Document, 72KB)."))
        .isEqualTo("Minutes (MS Word Document, 72KB).");
    assertThat(out("Dr Okafor agreed.")).isEqualTo("[PERSON-1] agreed.");
  }

  @Test
  void onlyAStrongGuessLendsItsWordsToOtherMentions() {
    // A strong pair: the given name and the surname are found again, with one placeholder.
    assertThat(out("Nick Keith founded it. Later Nick said Keith was right."))
        .isEqualTo("[PERSON-1] founded it. Later [PERSON-1] said [PERSON-1] was right.");
    // A weak pair (neither word in the name lists) is replaced, but its words are not hunted down.
    assertThat(out("We met Zorblat Quexton there. Quexton left."))
        .isEqualTo("We met [PERSON-1] there. Quexton left.");
    // A common word is never propagated.
    assertThat(out("Dr Green came. The Green Belt is green."))
        .isEqualTo("[PERSON-1] came. The Green Belt is green.");
  }

  @Test
  void aGivenNameAloneIsANameAfterAStrongCue() {
    assertThat(out("Dear Amy,\nThanks for the notes."))
        .isEqualTo("Dear [PERSON-1],\nThanks for the notes.");
    assertThat(out("Amy said the inbox was full. \"Too late,\" said Amy."))
        .isEqualTo("[PERSON-1] said the inbox was full. \"Too late,\" said [PERSON-1].");
    // Without a cue, a common word, or inside a run of capitalised words: not a lone name.
    String plain =
        "Amy was there. Dear Colleague, Grace said no. Will said yes. The Amy Award said so.";
    assertThat(
            anonymiser.anonymise(plain).report().findings().stream()
                .filter(f -> f.rule().equals("heuristic.given-name"))
                .count())
        .isZero();
  }

  @Test
  void royalStylesAndTitlesNameAPerson() {
    assertThat(out("Her Majesty The Queen celebrated her 90th birthday."))
        .isEqualTo("[PERSON-1] celebrated her 90th birthday.");
    assertThat(out("A visit by His Royal Highness the Prince of Wales and HRH The Duke of Kent."))
        .isEqualTo("A visit by [PERSON-1] and [PERSON-2].");
    assertThat(
            out("His Majesty King Charles III opened it; Her Majesty The Queen's speech followed."))
        .isEqualTo("[PERSON-1] opened it; [PERSON-2]'s speech followed.");
    // A possessive style names a thing: a government, a prison, a revenue service.
    String things = "Her Majesty's Government and His Majesty's Prison Service agreed.";
    assertThat(out(things)).isEqualTo(things);
  }

  @Test
  void organisationsByTheirPatterns() {
    assertThat(
            out(
                "Leeds City Council and the University of Leeds met Calderdale NHS Foundation Trust."))
        .isEqualTo("[ORGANISATION-1] and the [ORGANISATION-2] met [ORGANISATION-3].");
    assertThat(out("Staff from Northgate Family Hub and Keele University came."))
        .isEqualTo("Staff from [ORGANISATION-1] and [ORGANISATION-2] came.");
    assertThat(out("The council and the university agreed; a Summer School ran."))
        .isEqualTo("The council and the university agreed; a Summer School ran.");
  }
}
