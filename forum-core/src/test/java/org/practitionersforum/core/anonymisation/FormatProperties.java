package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Each validator of the newer formats (0.2.0) against an independent oracle: java.time for
 * timestamps and dates, and regular expressions written from the published formats (HMRC's NI
 * number rules, the DVLA's licence and registration mark formats) for the rest. For shapes drawn at
 * random, the engine finds the whole text exactly when the oracle accepts it.
 */
class FormatProperties {
  private static final int EXAMPLES = Integer.getInteger("anon.examples", 1000);
  private static final Anonymiser ANONYMISER =
      Anonymisers.builder()
          .settings(AnonymiserSettings.builder().nameHeuristics(false).build())
          .build();

  /**
   * HMRC: prefixes not starting D, F, I, Q, U, V; second letter not D, F, I, O, Q, U, V; not BG,
   * GB, KN, NK, NT, TN, ZZ; suffix A-D.
   */
  private static final Pattern NI =
      Pattern.compile(
          "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \\d{2} \\d{2} \\d{2} [A-D]");

  /** DVLA driving licence: surname (padded with 9s), yMMddy, initials, digit, two check chars. */
  private static final Pattern LICENCE =
      Pattern.compile(
          "[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)(\\d)(\\d\\d)(\\d\\d)(\\d)[A-Z][A-Z9]\\d[A-Z0-9]{2}");

  /**
   * DVLA current format: memory tag without I, Q, Z; age identifier 02-49 or 51-99; random letters
   * without I, Q.
   */
  private static final Pattern CURRENT =
      Pattern.compile("[A-HJ-PR-Y]{2}(?:0[2-9]|[1-4]\\d|5[1-9]|[6-9]\\d) [A-HJ-PR-Z]{3}");

  private static final Pattern PREFIX =
      Pattern.compile("[A-HJ-NPR-TV-Y][1-9]\\d{0,2} [A-HJ-PR-Z]{3}");

  private static final Pattern SUFFIX =
      Pattern.compile("[A-HJ-PR-Z]{3} [1-9]\\d{0,2} ?[A-HJ-NPR-TV-Y]");

  private static boolean foundWhole(
      String before, String candidate, String after, IdentifierType type) {
    Anonymised result = ANONYMISER.anonymise(before + candidate + after);
    for (Finding f : result.report().findings()) {
      if (f.start() == before.length()
          && f.end() == before.length() + candidate.length()
          && f.type() == type) {
        return true;
      }
    }
    return false;
  }

  private static Gen<Character> upper() {
    return SourceDSL.integers().between('A', 'Z').map(i -> (char) i.intValue());
  }

  private static Gen<Character> digit() {
    return SourceDSL.integers().between('0', '9').map(i -> (char) i.intValue());
  }

  @Test
  void isoTimestampsAgreeWithJavaTime() {
    DateTimeFormatter strict =
        DateTimeFormatter.ISO_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
    qt().withExamples(EXAMPLES)
        .forAll(
            SourceDSL.integers().between(1900, 2199),
            SourceDSL.integers().between(0, 14),
            SourceDSL.integers().between(0, 33),
            SourceDSL.integers().between(0, 30_000))
        .checkAssert(
            (year, month, day, time) -> {
              int hour = time % 26;
              int minute = (time / 26) % 62;
              int second = (time / 1612) % 3 == 0 ? -1 : (time / 7) % 61;
              String zone =
                  switch (time % 4) {
                    case 0 -> "Z";
                    case 1 -> "+01:00";
                    case 2 -> "-05:30";
                    default -> "";
                  };
              String written =
                  String.format(
                      "%04d-%02d-%02dT%02d:%02d%s%s",
                      year,
                      month,
                      day,
                      hour,
                      minute,
                      second < 0 ? "" : String.format(":%02d", second),
                      zone);
              boolean valid;
              try {
                strict.parse(written);
                valid = true;
              } catch (DateTimeParseException e) {
                valid = false;
              }
              assertThat(foundWhole("Logged ", written, " today.", IdentifierType.DATE))
                  .as(written)
                  .isEqualTo(valid);
            });
  }

  @Test
  void hyphenatedWrittenDatesAgreeWithJavaTime() {
    DateTimeFormatter full =
        DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    qt().withExamples(EXAMPLES)
        .forAll(
            SourceDSL.integers().between(1, 33),
            SourceDSL.integers().between(1, 12),
            SourceDSL.integers().between(1900, 2199))
        .checkAssert(
            (day, month, year) -> {
              String mon =
                  LocalDate.of(2000, month, 1)
                      .format(DateTimeFormatter.ofPattern("MMM", Locale.US));
              String written = day + "-" + mon + "-" + year;
              boolean valid;
              try {
                LocalDate.parse(written, full);
                valid = true;
              } catch (DateTimeParseException e) {
                valid = false;
              }
              assertThat(foundWhole("Born ", written, ".", IdentifierType.DATE))
                  .as(written)
                  .isEqualTo(valid);
            });
  }

  @Test
  void niNumbersAgreeWithHmrcRules() {
    qt().withExamples(EXAMPLES)
        .forAll(upper(), upper(), SourceDSL.integers().between(0, 999_999), upper())
        .checkAssert(
            (a, b, digits, suffix) -> {
              String d = String.format("%06d", digits);
              String written =
                  ""
                      + a
                      + b
                      + " "
                      + d.substring(0, 2)
                      + " "
                      + d.substring(2, 4)
                      + " "
                      + d.substring(4)
                      + " "
                      + suffix;
              boolean valid = NI.matcher(written).matches();
              assertThat(foundWhole("Her number is ", written, " today.", IdentifierType.NI_NUMBER))
                  .as(written)
                  .isEqualTo(valid);
            });
  }

  @Test
  void drivingLicencesAgreeWithTheDvlaFormat() {
    Gen<String> surname = SourceDSL.strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 5);
    qt().withExamples(EXAMPLES)
        .forAll(
            surname,
            SourceDSL.integers().between(0, 9999),
            SourceDSL.integers().between(0, 99),
            upper())
        .checkAssert(
            (name, birth, dayOrMonth, check) -> {
              String padded = (name + "9999").substring(0, 5);
              String written =
                  padded
                      + (birth % 10)
                      + String.format("%02d", (birth / 10) % 64)
                      + String.format("%02d", dayOrMonth % 34)
                      + ((birth / 640) % 10)
                      + "J"
                      + (birth % 3 == 0 ? "9" : "K")
                      + "9"
                      + check
                      + "X";
              var m = LICENCE.matcher(written);
              boolean valid = m.matches();
              if (valid) {
                int month = Integer.parseInt(m.group(2));
                month = month > 50 ? month - 50 : month;
                int day = Integer.parseInt(m.group(3));
                try {
                  LocalDate.of(2000, month, day);
                } catch (java.time.DateTimeException e) {
                  valid = false;
                }
              }
              assertThat(
                      foundWhole("Licence ", written, " issued.", IdentifierType.DRIVING_LICENCE))
                  .as(written)
                  .isEqualTo(valid);
            });
  }

  @Test
  void currentRegistrationMarksAgreeWithTheDvlaFormat() {
    qt().withExamples(EXAMPLES)
        .forAll(
            upper(),
            upper(),
            SourceDSL.integers().between(0, 99),
            SourceDSL.strings().betweenCodePoints('A', 'Z').ofLength(3))
        .checkAssert(
            (a, b, age, letters) -> {
              String written = "" + a + b + String.format("%02d", age) + " " + letters;
              assertThat(
                      foundWhole(
                          "It was ", written, " on the road.", IdentifierType.VEHICLE_REGISTRATION))
                  .as(written)
                  .isEqualTo(CURRENT.matcher(written).matches());
            });
  }

  @Test
  void prefixAndSuffixMarksAgreeWithTheDvlaFormatsAfterAVehicleWord() {
    qt().withExamples(EXAMPLES)
        .forAll(
            upper(),
            SourceDSL.integers().between(0, 999),
            SourceDSL.strings().betweenCodePoints('A', 'Z').ofLength(3),
            SourceDSL.booleans().all())
        .checkAssert(
            (year, number, letters, prefix) -> {
              String written =
                  prefix ? "" + year + number + " " + letters : letters + " " + number + year;
              Pattern oracle = prefix ? PREFIX : SUFFIX;
              assertThat(
                      foundWhole(
                          "The vehicle registration was ",
                          written,
                          ".",
                          IdentifierType.VEHICLE_REGISTRATION))
                  .as(written)
                  .isEqualTo(oracle.matcher(written).matches());
              assertThat(
                      foundWhole(
                          "The table was ", written, ".", IdentifierType.VEHICLE_REGISTRATION))
                  .as(written)
                  .isFalse();
            });
  }

  @Test
  void timestampsFormattedByJavaTimeAreFoundWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.longs().between(-2_208_988_800L, 7_258_118_399L))
        .checkAssert(
            epoch -> {
              LocalDateTime t = LocalDateTime.ofEpochSecond(epoch, 0, java.time.ZoneOffset.UTC);
              String written = t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z";
              assertThat(foundWhole("At ", written, ".", IdentifierType.DATE)).as(written).isTrue();
            });
  }
}
