package org.practitionersforum.core.internal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.consultation.ConsentId;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.InputKind;
import org.practitionersforum.api.consultation.InputSummary;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.core.internal.terms.TermsFixture;

/**
 * CR-3 as a property: whatever the answers and the organisation's threshold, no read a manager or
 * another forum can make shows an aggregate below the threshold as an exact number, and every count
 * at or above it is exact; a reader outside the forum never sees the input itself.
 */
class InputSummaryProperties {
  private static final List<String> ANSWERS = List.of("Yes", "No", "Not sure");

  @Test
  void noReadShowsAnAggregateBelowTheThresholdExactly() {
    qt().withExamples(25)
        .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 14), integers().between(2, 8))
        .checkAssert(InputSummaryProperties::check);
  }

  private static void check(List<Integer> answers, int threshold) {
    ConsultationFixture c =
        new ConsultationFixture(
            b ->
                b.consultationSettings(
                    TermsFixture.ORG,
                    ConsultationSettings.DEFAULT.withSuppressionThreshold(threshold)));
    c.sdk.consultations().open(c.manager, c.request().build());
    ResponseContent content = ConsultationFixture.content(1);
    Actor member = c.member(c.forum1, 0);
    c.sdk.consultations().respond(member, ConsultationFixture.ROUND, c.forum1, content);
    Map<String, Long> truth = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      ConsentId consent = ConsentId.of("consent-" + i);
      c.sdk
          .consultations()
          .recordConsent(
              member, ConsultationFixture.ROUND, c.forum1, consent, PersonId.of("p-" + i));
      String answer = ANSWERS.get(answers.get(i));
      c.sdk
          .consultations()
          .attachInput(
              member,
              ConsultationFixture.ROUND,
              c.forum1,
              consent,
              InputKind.SURVEY_ANSWER,
              "Is the rota fair?",
              answer);
      truth.merge(answer, 1L, Long::sum);
    }
    // Members agree the draft as it reads with the input attached.
    ContentHash agreed =
        c.sdk
            .consultations()
            .get(member, ConsultationFixture.ROUND)
            .response(c.forum1)
            .orElseThrow()
            .hash();
    for (int m = 0; m < 4; m++) {
      c.sdk
          .consultations()
          .agree(c.member(c.forum1, m), ConsultationFixture.ROUND, c.forum1, agreed);
    }
    List<Actor> outsiders = List.of(c.manager, c.member(c.forum2, 0));
    for (Actor reader : outsiders) {
      InputSummary summary =
          c.sdk.consultations().inputSummary(reader, ConsultationFixture.ROUND, c.forum1);
      assertThat(summary.counts()).hasSize(truth.size());
      for (InputSummary.Count count : summary.counts()) {
        long exact = truth.get(count.answer().orElseThrow());
        if (exact < threshold) {
          assertThat(count.count().value()).isEmpty();
          assertThat(count.count().toString()).isEqualTo("fewer than " + threshold);
        } else {
          assertThat(count.count().value()).hasValue(exact);
        }
      }
      assertThat(
              c.sdk
                  .consultations()
                  .get(reader, ConsultationFixture.ROUND)
                  .response(c.forum1)
                  .orElseThrow()
                  .inputs())
          .isEmpty();
    }
  }
}
