package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.Finding;

/** Any text at all, including malformed UTF-16, gives a consistent result. */
class RobustnessProperties {
  private static final Anonymiser ANONYMISER =
      Anonymisers.builder().directory(Fixtures.directory()).build();

  private static void wellFormed(String text, Anonymised result) {
    StringBuilder rebuilt = new StringBuilder();
    int last = 0;
    for (Finding f : result.report().findings()) {
      assertThat(f.start()).isGreaterThanOrEqualTo(last);
      assertThat(f.end()).isLessThanOrEqualTo(text.length());
      rebuilt.append(text, last, f.start());
      assertThat(rebuilt.length()).isEqualTo(f.outputStart());
      rebuilt.append(f.replacement());
      last = f.end();
    }
    rebuilt.append(text, last, text.length());
    assertThat(rebuilt.toString()).isEqualTo(result.text());
  }

  @Test
  void anyTextIsHandledAndTheReportRebuildsTheOutput() {
    qt().withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(
            text -> {
              Anonymised result = ANONYMISER.anonymise(text);
              wellFormed(text, result);
              assertThat(ANONYMISER.anonymise(result.text()).text()).isEqualTo(result.text());
            });
  }

  @Test
  void asciiNoiseIsHandledAndAnonymisingTwiceChangesNothing() {
    qt().withExamples(1000)
        .forAll(strings().ascii().ofLengthBetween(0, 300))
        .checkAssert(
            text -> {
              Anonymised result = ANONYMISER.anonymise(text);
              wellFormed(text, result);
              assertThat(ANONYMISER.anonymise(result.text()).text()).isEqualTo(result.text());
            });
  }
}
