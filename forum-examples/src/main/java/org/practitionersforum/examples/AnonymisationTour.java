package org.practitionersforum.examples;

import java.io.PrintStream;
import java.util.List;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.api.anonymisation.Review;
import org.practitionersforum.core.anonymisation.Anonymisers;

/**
 * Anonymises a "we tried it and it failed" write-up before it leaves its forum (AN-1 to AN-3):
 * builds an anonymiser over the host's directory, prints the output and the report (which holds no
 * identifier), then applies a reviewer's correction. A place the directory does not hold but the
 * bundled gazetteer of UK local authority areas does ("Kirklees") is generalised to its region.
 * Every person, organisation, number and address is fictional; the telephone number is from Ofcom's
 * drama range.
 */
public final class AnonymisationTour {
  /** The write-up as its author typed it. */
  static final String WRITE_UP =
      """
      What we tried: in spring 2025 the Northgate Family Hub piloted a single duty inbox, as
      a team in Kirklees had done.
      Priya Raman (0113 496 0742, priya.raman@example.org) led it; Mr Hughes signed it off on
      14 March 2025. The first family, seen at 12 Mill Lane, Eastfield, LS1 4AP (NHS number
      943 476 5919, case CR-204817), waited five weeks for a reply. Raman's notes show why:
      nobody owned the inbox. Jo, the duty senior, raised it twice. We stopped on 2 May 2025.
      Kind regards,
      Dana Okafor
      """;

  /** A second note, for the controls: the organisation's own award, a nickname and a guess. */
  static final String NOTE =
      """
      The Hughes Award panel asked Priya Raman and Lofty, the duty senior, to review the inbox.
      Dr Okafor agreed.
      """;

  private AnonymisationTour() {}

  /**
   * The host's directory: in a real host this reads the HR system and the care records.
   *
   * @return the directory
   */
  static NameDirectory directory() {
    return NameDirectory.of(
        List.of(
            DirectoryEntry.person("staff-1041", "Priya", "Raman"),
            DirectoryEntry.person("staff-0977", "Tom", "Hughes"),
            DirectoryEntry.organisation("org-12", "Northgate Family Hub", "NFH"),
            DirectoryEntry.place("place-7", "Eastfield", "West Yorkshire")));
  }

  /**
   * Builds the anonymiser: places generalise to their region (from the directory, or from the
   * bundled gazetteer for a local authority area), dates to their month, everything else gets a
   * typed placeholder; the host's case references are registered with a validator.
   *
   * @return the anonymiser
   */
  static Anonymiser anonymiser() {
    return Anonymisers.builder()
        .directory(directory())
        .settings(
            AnonymiserSettings.builder()
                .operator(IdentifierType.PLACE, Operator.GENERALISE)
                .operator(IdentifierType.DATE, Operator.GENERALISE)
                .build())
        .caseReference(
            CaseReferencePattern.of("case", "CR-[0-9]{6}", ref -> !ref.endsWith("000000"))
                .withLiteralPrefix("CR-"))
        .build();
  }

  /**
   * Builds an anonymiser with the controls a publisher uses: the organisation's own award (named
   * after a person in the directory) is allow-listed, a nickname no directory holds is deny-listed
   * as a person, and guesses below medium confidence are reported for review but not applied.
   *
   * @return the anonymiser
   */
  static Anonymiser controlled() {
    return Anonymisers.builder()
        .directory(directory())
        .settings(
            AnonymiserSettings.builder()
                .allow("Hughes Award")
                .deny("Lofty", IdentifierType.PERSON)
                .minimumConfidence(Confidence.MEDIUM)
                .build())
        .build();
  }

  /**
   * Runs the tour.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Anonymiser anonymiser = anonymiser();
    Anonymised result = anonymiser.anonymise(WRITE_UP);

    Headings.part(out, "Anonymised write-up");
    out.println(result.text());
    Headings.part(out, "Report (no identifier in clear)");
    for (Finding f : result.report().findings()) {
      out.printf(
          "%4d..%-4d %-15s %-28s %-6s %-11s -> %s%n",
          f.start(), f.end(), f.type(), f.rule(), f.confidence(), f.operator(), f.replacement());
    }
    out.println("Counts: " + result.report().counts());
    out.println(
        "For the reviewer to check first: "
            + result.report().needsReview().size()
            + " low-confidence finding(s)");

    // The reviewer sees that "Jo" (a nickname the directory does not hold) was missed.
    int jo = WRITE_UP.indexOf("Jo,");
    Review review = Review.builder().add(jo, jo + 2, IdentifierType.PERSON).build();
    Anonymised reviewed = anonymiser.reapply(WRITE_UP, result.report(), review);
    Headings.part(out, "After review");
    out.println(reviewed.text());
    out.println("Report: " + reviewed.report());

    Anonymised controlled = controlled().anonymise(NOTE);
    Headings.part(out, "Controls: allow list, deny list, minimum confidence");
    out.println(controlled.text());
    out.println("Allow-listed (left as written): " + controlled.report().allowListed().size());
    out.println(
        "Deny-listed: "
            + controlled.report().findings().stream()
                .filter(f -> f.rule().equals("deny-list"))
                .count());
    out.println("Held for review: " + controlled.report().heldForReview().size());
    for (Finding f : controlled.report().heldForReview()) {
      out.printf(
          "%4d..%-4d %-15s %-28s %-6s (not applied)%n",
          f.start(), f.end(), f.type(), f.rule(), f.confidence());
    }
  }

  /**
   * Runs the tour on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
