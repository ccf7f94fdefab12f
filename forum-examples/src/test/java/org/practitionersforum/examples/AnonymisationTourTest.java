package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnonymisationTourTest {
  @Test
  void theTourPrintsTheAnonymisedWriteUpAndAReportWithoutIdentifiers() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AnonymisationTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String all = bytes.toString(StandardCharsets.UTF_8);
    int controls = all.indexOf("-- Controls");
    assertThat(controls).isPositive();
    String printed = all.substring(0, controls);
    String controlled = all.substring(controls);

    assertThat(printed)
        .doesNotContain(
            "Priya",
            "Raman",
            "Hughes",
            "Northgate",
            "Eastfield",
            "Kirklees",
            "0113",
            "496 0742",
            "priya.raman",
            "example.org",
            "LS1 4AP",
            "943 476 5919",
            "CR-204817",
            "12 Mill Lane",
            "14 March",
            "Okafor",
            "Dana");
    assertThat(printed)
        .contains(
            "[PERSON-1] (",
            "[PHONE-1]",
            "[EMAIL-1]",
            "[ORGANISATION-1]",
            "[ADDRESS-1]",
            "[POSTCODE-1]",
            "[NHS_NUMBER-1]",
            "[CASE_REFERENCE-1]",
            "West Yorkshire",
            "as\na team in Yorkshire and The Humber had done",
            "March 2025",
            "[PERSON-1]'s notes show why");
    assertThat(printed)
        .contains(
            "directory.full-name", "nhs-number.mod11", "heuristic.signature", "place.gazetteer");
    assertThat(printed).contains("For the reviewer to check first: 1 low-confidence finding(s)");
    assertThat(printed.substring(printed.indexOf("-- After review --"))).doesNotContain("Jo,");
    assertThat(printed).contains("Jo, the duty senior");

    // The award stays, the nickname goes, the guess is reported but left as written.
    assertThat(controlled)
        .contains(
            "The Hughes Award panel asked [PERSON-1] and [PERSON-2], the duty senior",
            "Dr Okafor agreed.",
            "Allow-listed (left as written): 1",
            "Deny-listed: 1",
            "Held for review: 1",
            "heuristic.title",
            "(not applied)")
        .doesNotContain("Priya", "Raman", "Lofty");
  }
}
