package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Review;

/** The user's controls: allow list, deny list, switched-off types and the minimum confidence. */
class AnonymiserControlsTest {
  private static Anonymiser with(AnonymiserSettings settings) {
    return Anonymisers.builder().directory(Fixtures.directory()).settings(settings).build();
  }

  @Test
  void anAllowListedTermIsLeftInClearAndReported() {
    // A programme named after someone in the directory.
    String text = "The Anna Bee Award ran in Harehills. The ANNA BEE AWARD ended in May.";
    Anonymiser plain = with(AnonymiserSettings.defaults());
    assertThat(plain.anonymise(text).text()).doesNotContain("Anna Bee");

    Anonymised result =
        with(AnonymiserSettings.builder().allow("anna bee award").build()).anonymise(text);
    assertThat(result.text())
        .isEqualTo("The Anna Bee Award ran in [PLACE-1]. The ANNA BEE AWARD ended in May.");
    AnonymisationReport report = result.report();
    assertThat(report.allowListed()).hasSize(2);
    for (Finding f : report.allowListed()) {
      assertThat(text.substring(f.start(), f.end())).isEqualToIgnoringCase("Anna Bee");
      assertThat(f.replacement()).isEmpty();
      assertThat(result.text().substring(f.outputStart(), f.outputEnd()))
          .isEqualTo(text.substring(f.start(), f.end()));
    }
  }

  @Test
  void anAllowListedDirectoryNameStaysButOtherNamesAreStillReplaced() {
    Anonymised result =
        with(AnonymiserSettings.builder().allow("Leeds City Council").build())
            .anonymise("Leeds City Council asked John Smith.");
    assertThat(result.text()).isEqualTo("Leeds City Council asked [PERSON-1].");
    assertThat(result.report().allowListed())
        .singleElement()
        .satisfies(f -> assertThat(f.type()).isEqualTo(IdentifierType.ORGANISATION));
  }

  @Test
  void aDenyListedTermIsAlwaysReplacedWithItsType() {
    String text = "We asked the Riverside programme and riverside PROGRAMME again.";
    assertThat(with(AnonymiserSettings.defaults()).anonymise(text).text()).isEqualTo(text);

    Anonymised result =
        with(AnonymiserSettings.builder()
                .deny("Riverside Programme", IdentifierType.ORGANISATION)
                .build())
            .anonymise(text);
    assertThat(result.text())
        .isEqualTo("We asked the [ORGANISATION-1] and [ORGANISATION-1] again.");
    assertThat(result.report().findings())
        .allSatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("deny-list");
              assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
            });
  }

  @Test
  void aDenyListedTermInsideAnAllowListedOneIsStillReplaced() {
    Anonymised result =
        with(AnonymiserSettings.builder()
                .allow("Okafor Review")
                .deny("Okafor", IdentifierType.PERSON)
                .build())
            .anonymise("The Okafor Review said so.");
    assertThat(result.text()).isEqualTo("The [PERSON-1] Review said so.");
  }

  @Test
  void aSwitchedOffTypeIsNotFoundAndTheReportSaysSo() {
    String text = "Call 0113 496 0742 or write to jo@example.org on 12/03/2024.";
    Anonymised result =
        with(AnonymiserSettings.builder()
                .disable(IdentifierType.DATE)
                .disable(IdentifierType.PHONE)
                .build())
            .anonymise(text);
    assertThat(result.text()).isEqualTo("Call 0113 496 0742 or write to [EMAIL-1] on 12/03/2024.");
    assertThat(result.report().disabledTypes())
        .containsExactlyInAnyOrder(IdentifierType.DATE, IdentifierType.PHONE);
    assertThat(with(AnonymiserSettings.defaults()).anonymise(text).text())
        .isEqualTo("Call [PHONE-1] or write to [EMAIL-1] on [DATE-1].");
  }

  @Test
  void findingsBelowTheMinimumConfidenceAreHeldForReviewNotApplied() {
    String text = "Dr Okafor met John Smith on 3 March. Okafor agreed.";
    Anonymised all = with(AnonymiserSettings.defaults()).anonymise(text);
    assertThat(all.text()).doesNotContain("Okafor");

    Anonymised result =
        with(AnonymiserSettings.builder().minimumConfidence(Confidence.MEDIUM).build())
            .anonymise(text);
    assertThat(result.text()).isEqualTo("Dr Okafor met [PERSON-1] on [DATE-1]. Okafor agreed.");
    AnonymisationReport report = result.report();
    assertThat(report.minimumConfidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(report.heldForReview())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.confidence()).isEqualTo(Confidence.LOW);
              assertThat(text.substring(f.start(), f.end())).contains("Okafor");
              assertThat(result.text().substring(f.outputStart(), f.outputEnd()))
                  .isEqualTo(text.substring(f.start(), f.end()));
            });
    assertThat(report.findings()).noneMatch(f -> f.confidence() == Confidence.LOW);

    Anonymised high =
        with(AnonymiserSettings.builder().minimumConfidence(Confidence.HIGH).build())
            .anonymise(text);
    assertThat(high.text()).contains("3 March");
    assertThat(high.report().heldForReview())
        .anySatisfy(f -> assertThat(f.type()).isEqualTo(IdentifierType.DATE));
  }

  @Test
  void aReviewerCanAcceptAHeldFindingAndTheOthersStayHeld() {
    String text = "Dr Okafor met Mrs Adeyemi. Okafor agreed.";
    Anonymiser anonymiser =
        with(AnonymiserSettings.builder().minimumConfidence(Confidence.MEDIUM).build());
    Anonymised first = anonymiser.anonymise(text);
    assertThat(first.text()).isEqualTo(text);
    Finding adeyemi =
        first.report().heldForReview().stream()
            .filter(f -> text.substring(f.start(), f.end()).contains("Adeyemi"))
            .findFirst()
            .orElseThrow();
    Anonymised reviewed =
        anonymiser.reapply(
            text,
            first.report(),
            Review.builder().add(adeyemi.start(), adeyemi.end(), IdentifierType.PERSON).build());
    assertThat(reviewed.text()).isEqualTo("Dr Okafor met [PERSON-1]. Okafor agreed.");
    assertThat(reviewed.report().heldForReview())
        .hasSize(first.report().heldForReview().size() - 1);
    assertThat(reviewed.report().minimumConfidence()).isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void theReportAndSettingsNeverShowATerm() {
    AnonymiserSettings settings =
        AnonymiserSettings.builder()
            .allow("Bright Start")
            .deny("Zebedee Quartermain", IdentifierType.PERSON)
            .minimumConfidence(Confidence.MEDIUM)
            .build();
    Anonymised result = with(settings).anonymise("Zebedee Quartermain ran Bright Start.");
    assertThat(settings.toString()).doesNotContain("Bright", "Zebedee", "Quartermain");
    assertThat(result.toString()).doesNotContain("Bright", "Zebedee", "Quartermain");
    assertThat(with(settings).toString()).doesNotContain("Bright", "Zebedee", "Quartermain");
    assertThat(settings.allowList()).containsExactly("Bright Start");
    assertThat(settings.denyList()).containsEntry("Zebedee Quartermain", IdentifierType.PERSON);
  }

  @Test
  void badControlsAreRefusedNamingTheRuleNeverTheTerm() {
    assertThatThrownBy(() -> AnonymiserSettings.builder().allow("  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("AN-1");
    assertThatThrownBy(() -> AnonymiserSettings.builder().allow("--"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("letter or a digit");
    assertThatThrownBy(() -> AnonymiserSettings.builder().allow(null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AnonymiserSettings.builder().allow("x".repeat(201)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("AN-1");
    assertThatThrownBy(
            () -> AnonymiserSettings.builder().deny("Okafor\u202e", IdentifierType.PERSON))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("AN-1")
        .hasMessageNotContaining("Okafor");
    assertThatThrownBy(() -> AnonymiserSettings.builder().deny("Okafor", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                AnonymiserSettings.builder()
                    .deny("Okafor", IdentifierType.PERSON)
                    .deny("OKAFOR", IdentifierType.PLACE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("AN-1")
        .hasMessageNotContaining("kafor");
    assertThatThrownBy(
            () ->
                AnonymiserSettings.builder()
                    .allow("Bright  start")
                    .deny("bright start", IdentifierType.ORGANISATION)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("both")
        .hasMessageNotContaining("right");
    assertThatThrownBy(
            () ->
                AnonymiserSettings.builder()
                    .disable(IdentifierType.PERSON)
                    .deny("Okafor", IdentifierType.PERSON)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("switched off")
        .hasMessageNotContaining("Okafor");
    assertThatThrownBy(() -> AnonymiserSettings.builder().disable(null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AnonymiserSettings.builder().minimumConfidence(null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void defaultsApplyEveryConfidenceAndDetectEveryType() {
    AnonymiserSettings d = AnonymiserSettings.defaults();
    assertThat(d.minimumConfidence()).isEqualTo(Confidence.LOW);
    assertThat(d.disabledTypes()).isEmpty();
    assertThat(d.allowList()).isEmpty();
    assertThat(d.denyList()).isEmpty();
    assertThat(List.of(IdentifierType.values())).allMatch(d::detects);
  }
}
