package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;

/** The formats found since 0.2.0, and the shapes no longer taken for identifiers. */
class FormatsTest {
  private final Anonymiser anonymiser =
      Anonymisers.builder()
          .settings(AnonymiserSettings.builder().nameHeuristics(false).build())
          .build();

  private String out(String text) {
    return anonymiser.anonymise(text).text();
  }

  private Finding only(String text) {
    Anonymised result = anonymiser.anonymise(text);
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  @Test
  void isoTimestampsAreDatesWithTheirTime() {
    assertThat(out("Logged at 2024-03-15T14:30:00Z by the system."))
        .isEqualTo("Logged at [DATE-1] by the system.");
    assertThat(out("At 2024-03-15T14:30+01:00, and 2024-03-15t14:30:00.250-05:00."))
        .isEqualTo("At [DATE-1], and [DATE-1].");
    assertThat(out("Not a time: 2024-03-15T25:30:00Z."))
        .isEqualTo("Not a time: 2024-03-15T25:30:00Z.");
    assertThat(out("Not a day: 2024-02-30T10:00:00Z."))
        .isEqualTo("Not a day: 2024-02-30T10:00:00Z.");
    Anonymiser months =
        Anonymisers.builder()
            .settings(
                AnonymiserSettings.builder()
                    .operator(IdentifierType.DATE, Operator.GENERALISE)
                    .build())
            .build();
    assertThat(months.anonymise("Seen 2024-03-15T14:30:00Z.").text()).isEqualTo("Seen March 2024.");
  }

  @Test
  void hyphenatedDatesWithAWrittenMonth() {
    assertThat(out("Born 5-May-2021, reviewed 05-May and 12-sept-21."))
        .isEqualTo("Born [DATE-1], reviewed [DATE-2] and [DATE-3].");
    assertThat(only("Reviewed 05-May.").rule()).isEqualTo("date.written-no-year");
    assertThat(out("Items 31-Feb-2021 and 3-Maybe.")).isEqualTo("Items 31-Feb-2021 and 3-Maybe.");
  }

  @Test
  void internationalNumbersWithTheAreaCodeBracketedWithoutItsZero() {
    assertThat(out("Call +44 (20) 7946 0000 or +44 (113) 496 0000."))
        .isEqualTo("Call [PHONE-1] or [PHONE-2].");
    assertThat(only("Call +44 (20) 7946 0000.").type()).isEqualTo(IdentifierType.PHONE);
  }

  @Test
  void bareDomainsUnderCountryCodes() {
    assertThat(out("See example.fr, www.gov.ie and bbc.co.nz/news for more."))
        .isEqualTo("See [URL-1], [URL-2] and [URL-3] for more.");
    assertThat(out("It ended.It was late. See no.de and report.pdf, version 2.0."))
        .isEqualTo("It ended.It was late. See no.de and report.pdf, version 2.0.");
  }

  @Test
  void userNamesTheTextCallsUserNames() {
    assertThat(out("The post was submitted by user jsmith on the forum."))
        .isEqualTo("The post was submitted by user [HANDLE-1] on the forum.");
    assertThat(out("Username: carer_22. User name jo.bloggs replied."))
        .isEqualTo("Username: [HANDLE-1]. User name [HANDLE-2] replied.");
    assertThat(out("The user asked, and by user research we learned; every user said so."))
        .isEqualTo("The user asked, and by user research we learned; every user said so.");
  }

  @Test
  void aStreetWithoutAHouseNumberBeforeTheTownAndPostcode() {
    assertThat(out("Write to Fermi Avenue, Harwell, OX11 0QX."))
        .isEqualTo("Write to [ADDRESS-1], Harwell, [POSTCODE-1].");
    assertThat(out("Centre\nMill Lane\nEastfield\nLS1 4AP\n"))
        .isEqualTo("Centre\n[ADDRESS-1]\nEastfield\n[POSTCODE-1]\n");
    assertThat(out("<span>Fermi Avenue<br></span><br><span>Harwell Oxford</span><br>OX11 0QX"))
        .isEqualTo("<span>[ADDRESS-1]<br></span><br><span>Harwell Oxford</span><br>[POSTCODE-1]");
    assertThat(out("Our office, Leeds, LS1 4AP.")).isEqualTo("Our office, Leeds, [POSTCODE-1].");
  }

  @Test
  void httpFollowedByASingleWordIsNotAUrl() {
    assertThat(out("Open http://intranet or http://wiki/page, not http://example.org/x."))
        .isEqualTo("Open http://intranet or http://wiki/page, not [URL-1].");
  }

  @Test
  void anNiShapedNumberWithAnImpossibleSuffixIsNotFound() {
    assertThat(out("Ref AB 12 34 56 E and AB123456E."))
        .isEqualTo("Ref AB 12 34 56 E and AB123456E.");
    assertThat(out("NI AB 12 34 56 C and AB123456."))
        .isEqualTo("NI [NI_NUMBER-1] and [NI_NUMBER-1].");
  }

  @Test
  void ukDocumentNumbers() {
    assertThat(out("Licence MORGA753116SM9IJ, or MORGA 753116 SM9IJ, issue 35."))
        .isEqualTo("Licence [DRIVING_LICENCE-1], or [DRIVING_LICENCE-1], issue 35.");
    assertThat(out("Licence MORGA713216SM9IJ is not one (month 13).")).contains("MORGA713216SM9IJ");
    assertThat(out("Her passport number is 925076473."))
        .isEqualTo("Her passport number is [PASSPORT_NUMBER-1].");
    assertThat(out("Order number 925076473.")).isEqualTo("Order number 925076473.");
    assertThat(out("The car, AB51 ABC, was parked."))
        .isEqualTo("The car, [VEHICLE_REGISTRATION-1], was parked.");
    assertThat(out("Vehicle registration A123 BCD and reg ABC 123D."))
        .isEqualTo(
            "Vehicle registration [VEHICLE_REGISTRATION-1] and reg [VEHICLE_REGISTRATION-2].");
    assertThat(out("Section A123 BCD and table ABC 123D."))
        .isEqualTo("Section A123 BCD and table ABC 123D.");
    assertThat(out("Codes AB50 ABC and AI51 ABC.")).isEqualTo("Codes AB50 ABC and AI51 ABC.");
  }
}
