package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Allow-listed terms survive and deny-listed terms never do, whatever text surrounds them and
 * whatever letter case they are written in.
 */
class ControlsProperties {
  private static final int EXAMPLES = Integer.getInteger("anon.examples", 300);

  /** Title-case phrases the name heuristics take for names, and directory names. */
  private static final List<String> ALLOWED =
      List.of("Bright Start", "Family Group Conference", "Leeds City Council", "Harehills");

  /** Phrases no detector finds. */
  private static final List<String> DENIED =
      List.of("the blue room", "Quartermain", "Project Larch", "ward seven");

  private static final List<String> FILLER =
      List.of(
          "The team met John Smith.",
          "Dr Okafor and Mrs Adeyemi spoke.",
          "It was raining in Harehills on 3 March 2024.",
          "Call 0113 496 0742.",
          "Nothing happened.",
          "Regards,\nPat Quinn\n",
          "Anna Bee wrote to jo@example.org.");

  private static final Anonymiser ANONYMISER = build();

  private static Anonymiser build() {
    AnonymiserSettings.Builder settings = AnonymiserSettings.builder();
    ALLOWED.forEach(settings::allow);
    DENIED.forEach(t -> settings.deny(t, IdentifierType.ORGANISATION));
    return Anonymisers.builder().directory(Fixtures.directory()).settings(settings.build()).build();
  }

  private static Gen<String> casing(List<String> terms) {
    return Generate.pick(terms)
        .zip(
            SourceDSL.integers().between(0, 2),
            (t, c) ->
                switch (c) {
                  case 0 -> t;
                  case 1 -> t.toUpperCase(Locale.ROOT);
                  default -> t.toLowerCase(Locale.ROOT);
                });
  }

  private static Gen<String> sentence() {
    return Generate.pick(FILLER);
  }

  @Test
  void allowListedTermsSurviveAndDenyListedOnesNever() {
    qt().withExamples(EXAMPLES)
        .forAll(sentence(), casing(ALLOWED), casing(DENIED), sentence())
        .checkAssert(
            (a, allowed, denied, c) -> {
              String text = a + " " + allowed + ", then " + denied + ". " + c + " " + a;
              Anonymised result = ANONYMISER.anonymise(text);
              assertThat(result.text()).contains(allowed);
              assertThat(result.text().toLowerCase(Locale.ROOT))
                  .doesNotContain(denied.toLowerCase(Locale.ROOT));
            });
  }
}
