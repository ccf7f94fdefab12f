package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.testkit.anonymisation.AnonymisationGens;
import org.practitionersforum.testkit.anonymisation.IdentifierTexts;
import org.practitionersforum.testkit.anonymisation.InjectedIdentifier;
import org.practitionersforum.testkit.anonymisation.TextWithIdentifiers;

/**
 * The anonymiser's guarantees, checked on texts from the testkit's own generators: the properties a
 * host can run on its pipeline too. Each property tries 300 texts; a longer search sets the system
 * property {@code anon.examples} in the test JVM ({@code -DargLine=-Danon.examples=25000}).
 */
class AnonymisationProperties {
  private static final int EXAMPLES = Integer.getInteger("anon.examples", 300);
  private static final List<DirectoryEntry> DIRECTORY =
      IdentifierTexts.directory(new SplittableRandom(7), 2_000, 100, 100);
  private static final Anonymiser ANONYMISER =
      Anonymisers.builder()
          .directory(NameDirectory.of(DIRECTORY))
          .settings(AnonymiserSettings.builder().allOperators(Operator.PLACEHOLDER).build())
          .caseReference(
              CaseReferencePattern.of("case", IdentifierTexts.CASE_REFERENCE_REGEX)
                  .withLiteralPrefix(IdentifierTexts.CASE_REFERENCE_PREFIX))
          .build();
  private static final Map<String, DirectoryEntry> BY_ID = new HashMap<>();

  static {
    DIRECTORY.forEach(e -> BY_ID.put(e.id(), e));
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ");
  }

  private static Finding covering(Anonymised result, InjectedIdentifier id) {
    for (Finding f : result.report().findings()) {
      if (f.start() <= id.start() && f.end() >= id.end()) {
        return f;
      }
    }
    return null;
  }

  @Test
  void noInjectedIdentifierNorAnyFormOfItSurvives() {
    qt().withExamples(EXAMPLES)
        .forAll(AnonymisationGens.texts(DIRECTORY, 30))
        .checkAssert(
            t -> {
              Anonymised result = ANONYMISER.anonymise(t.text());
              String folded = " " + fold(result.text()) + " ";
              for (InjectedIdentifier id : t.injected()) {
                assertThat(covering(result, id)).as("finding for %s", id).isNotNull();
                assertThat(result.text()).doesNotContain(id.written());
                if (id.type() == IdentifierType.PERSON) {
                  DirectoryEntry e = BY_ID.get(id.entity());
                  assertThat(folded)
                      .doesNotContain(" " + fold(e.surname().orElseThrow()).strip() + " ");
                } else if (id.type().isDirectoryType()) {
                  assertThat(folded)
                      .doesNotContain(" " + fold(BY_ID.get(id.entity()).name()).strip() + " ");
                }
              }
            });
  }

  @Test
  void placeholdersAreConsistentWithinADocument() {
    qt().withExamples(EXAMPLES)
        .forAll(AnonymisationGens.texts(DIRECTORY, 30))
        .checkAssert(
            t -> {
              Anonymised result = ANONYMISER.anonymise(t.text());
              Map<String, String> byEntity = new HashMap<>();
              Map<String, String> byPlaceholder = new HashMap<>();
              for (InjectedIdentifier id : t.injected()) {
                Finding f = covering(result, id);
                assertThat(f).isNotNull();
                if (f.start() != id.start() || f.end() > id.end() + 2 || f.type() != id.type()) {
                  continue; // merged with a neighbouring identifier: consistency is not defined
                }
                String key = id.type() + ":" + id.entity();
                assertThat(byEntity.computeIfAbsent(key, k -> f.replacement()))
                    .isEqualTo(f.replacement());
                assertThat(byPlaceholder.computeIfAbsent(f.replacement(), k -> key)).isEqualTo(key);
              }
            });
  }

  @Test
  void runningTheAnonymiserOnItsOwnOutputChangesNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(AnonymisationGens.texts(DIRECTORY, 30))
        .checkAssert(
            t -> {
              String once = ANONYMISER.anonymise(t.text()).text();
              Anonymised twice = ANONYMISER.anonymise(once);
              assertThat(twice.text()).isEqualTo(once);
              assertThat(twice.report().findings()).isEmpty();
            });
  }

  @Test
  void textWithoutIdentifiersComesBackUnchanged() {
    qt().withExamples(300)
        .forAll(AnonymisationGens.prose(40))
        .checkAssert(
            text -> {
              Anonymised result = ANONYMISER.anonymise(text);
              assertThat(result.text()).isEqualTo(text);
              assertThat(result.report().findings()).isEmpty();
            });
  }

  @Test
  void aDateWrittenInAnyFormNamesItsCalendarDay() {
    Map<String, Set<String>> formsByDay = new HashMap<>();
    for (int seed = 0; seed < 500; seed++) {
      TextWithIdentifiers t = IdentifierTexts.text(new SplittableRandom(seed), DIRECTORY, 20, 1.0);
      for (InjectedIdentifier id : t.injected()) {
        if (id.type() == IdentifierType.DATE) {
          LocalDate day = LocalDate.parse(id.entity());
          assertThat(writtenForms(day)).contains(id.written());
          formsByDay.computeIfAbsent(id.entity(), k -> new HashSet<>()).add(id.written());
        }
      }
    }
    assertThat(formsByDay.values()).anySatisfy(forms -> assertThat(forms).hasSizeGreaterThan(1));
  }

  private static List<String> writtenForms(LocalDate day) {
    int d = day.getDayOfMonth();
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    String suffix =
        d >= 11 && d <= 13
            ? "th"
            : switch (d % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return List.of(
        day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        d + " " + month + " " + day.getYear(),
        d + suffix + " " + month + " " + day.getYear(),
        month + " " + d + ", " + day.getYear(),
        day.toString(),
        day.format(DateTimeFormatter.ofPattern("d.M.yy")));
  }

  @Test
  void generatorsAreReproducibleFromTheirSeed() {
    TextWithIdentifiers a = IdentifierTexts.text(new SplittableRandom(42), DIRECTORY, 20, 1.0);
    TextWithIdentifiers b = IdentifierTexts.text(new SplittableRandom(42), DIRECTORY, 20, 1.0);
    assertThat(a).isEqualTo(b);
    assertThat(a.injected())
        .isNotEmpty()
        .allSatisfy(
            id -> assertThat(a.text().substring(id.start(), id.end())).isEqualTo(id.written()));
    assertThat(a.toString()).doesNotContain(a.injected().get(0).written());
  }
}
