package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;

/** The structured validators accept exactly the valid values, in every written form. */
class ValidatorProperties {
  private static final Anonymiser ANONYMISER = Anonymisers.builder().build();

  private static IdentifierType onlyType(String text) {
    var findings = ANONYMISER.anonymise(text).report().findings();
    return findings.size() == 1 ? findings.get(0).type() : null;
  }

  private static String nhs(long nine, int check) {
    String digits = String.format("%09d", nine) + check;
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  private static int checkDigit(long nine) {
    String d = String.format("%09d", nine);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  @Test
  void nhsNumbersAreFoundExactlyWhenTheirCheckDigitIsValid() {
    qt().withExamples(2000)
        .forAll(longs().between(100_000_000L, 999_999_999L), integers().between(0, 9))
        .checkAssert(
            (nine, digit) -> {
              int check = checkDigit(nine);
              String text = "NHS number " + nhs(nine, digit) + " was on the form.";
              IdentifierType found = onlyType(text);
              if (check != 10 && digit == check) {
                assertThat(found).isEqualTo(IdentifierType.NHS_NUMBER);
              } else {
                assertThat(found).isNotEqualTo(IdentifierType.NHS_NUMBER);
              }
            });
  }

  @Test
  void niNumbersAreFoundExactlyWhenTheirPrefixIsValid() {
    qt().withExamples(2000)
        .forAll(
            integers().between(0, 25),
            integers().between(0, 25),
            integers().between(0, 999_999),
            integers().between(0, 3))
        .checkAssert(
            (a, b, digits, suffix) -> {
              char c1 = (char) ('A' + a);
              char c2 = (char) ('A' + b);
              String pair = "" + c1 + c2;
              boolean valid =
                  "DFIQUV".indexOf(c1) < 0
                      && "DFIOQUV".indexOf(c2) < 0
                      && !java.util.Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(pair);
              String ni = pair + String.format("%06d", digits) + (char) ('A' + suffix);
              IdentifierType found = onlyType("Her NI number " + ni + " is on file.");
              assertThat(found == IdentifierType.NI_NUMBER).isEqualTo(valid);
            });
  }

  @Test
  void validDatesAreFoundInEveryFormAndImpossibleOnesAreNot() {
    String[] months = {
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    };
    qt().withExamples(2000)
        .forAll(
            integers().between(1, 31),
            integers().between(1, 12),
            integers().between(1950, 2049),
            integers().between(0, 4))
        .checkAssert(
            (day, month, year, form) -> {
              boolean valid = day <= Validators.daysIn(month, year);
              String date =
                  switch (form) {
                    case 0 -> String.format("%02d/%02d/%d", day, month, year);
                    case 1 -> day + " " + months[month - 1] + " " + year;
                    case 2 -> months[month - 1] + " " + day + ", " + year;
                    case 3 -> String.format("%d-%02d-%02d", year, month, day);
                    default -> String.format("%d.%d.%02d", day, month, year % 100);
                  };
              IdentifierType found = onlyType("We met on " + date + " to review it.");
              assertThat(found == IdentifierType.DATE).isEqualTo(valid);
            });
  }

  @Test
  void ukPhoneNumbersAreFoundInEveryForm() {
    qt().withExamples(1000)
        .forAll(longs().between(0, 999_999_999L), integers().between(0, 4))
        .checkAssert(
            (rest, form) -> {
              String mobile = "07" + String.format("%09d", rest);
              String phone =
                  switch (form) {
                    case 0 -> mobile;
                    case 1 -> mobile.substring(0, 5) + " " + mobile.substring(5);
                    case 2 -> "+44 " + mobile.substring(1, 5) + " " + mobile.substring(5);
                    case 3 -> "+447" + mobile.substring(2);
                    default -> "(0113) " + mobile.substring(4, 7) + " " + mobile.substring(7);
                  };
              String text = "Ring " + phone + " after ten.";
              var result = ANONYMISER.anonymise(text);
              assertThat(result.report().findings())
                  .extracting(Finding::type)
                  .containsExactly(IdentifierType.PHONE);
              assertThat(result.text()).isEqualTo("Ring [PHONE-1] after ten.");
            });
  }
}
