package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.DateGranularity;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.api.anonymisation.Review;

class AnonymiserTest {
  private final Anonymiser anonymiser =
      Anonymisers.builder().directory(Fixtures.directory()).build();

  private String out(String text) {
    return anonymiser.anonymise(text).text();
  }

  @Test
  void everyFormOfAPersonsNameGetsTheSamePlaceholder() {
    String text =
        "Mrs Smith met J. Smith and John Smith's manager; JOHN SMITH wrote, smith\u2019s"
            + " notes were lost. Dr. J Smith agreed.";
    assertThat(out(text))
        .isEqualTo(
            "[PERSON-1] met [PERSON-1] and [PERSON-1]'s manager; [PERSON-1]"
                + " wrote, [PERSON-1]\u2019s notes were lost. [PERSON-1] agreed.");
  }

  @Test
  void hyphenatedMultiWordAccentedAndApostrophisedNamesMatch() {
    String text =
        "Aisha Khan-Patel and Ms Khan Patel; Sean O\u2019Brien, SEÁN O'BRIEN and"
            + " O'Brien; Maria van der Berg met Van Der Berg.";
    assertThat(out(text))
        .isEqualTo(
            "[PERSON-1] and [PERSON-1]; [PERSON-2], [PERSON-2] and"
                + " [PERSON-2]; [PERSON-3] met [PERSON-3].");
  }

  @Test
  void onlyWholeWordsMatchAndCommonWordsNeedACapital() {
    assertThat(out("A Beetle and a bee met Bee in Smithfield."))
        .isEqualTo("A Beetle and a bee met [PERSON-1] in Smithfield.");
  }

  @Test
  void aCommonWordNameStartingASentenceNeedsSupportFromTheDocument() {
    Anonymiser a =
        Anonymisers.builder()
            .directory(NameDirectory.of(List.of(DirectoryEntry.person("h", "Grace", "Hope"))))
            .build();
    assertThat(a.anonymise("Hope is not a plan. We hope so.").text())
        .isEqualTo("Hope is not a plan. We hope so.");
    assertThat(a.anonymise("Grace Hope chaired. Hope said no, and Mrs Hope agreed.").text())
        .isEqualTo("[PERSON-1] chaired. [PERSON-1] said no, and [PERSON-1] agreed.");
  }

  @Test
  void wordsNextToCommasFullStopsAndCapitalsStillReachEveryRule() {
    // The scanner passes over most words on a fast path; these stand where it hands them on.
    Anonymiser a =
        Anonymisers.builder()
            .directory(
                NameDirectory.of(
                    List.of(
                        DirectoryEntry.person("p1", "John", "Smith"),
                        DirectoryEntry.person("h", "Grace", "Hope"))))
            .build();
    assertThat(a.anonymise("we told smith, who agreed. The plan failed, then hope faded.").text())
        .isEqualTo("we told [PERSON-1], who agreed. The plan failed, then hope faded.");
    assertThat(a.anonymise("She was aged 45. regards, Jane Doe").text())
        .isEqualTo("She was aged 40-49. regards, [PERSON-1]");
    assertThat(a.anonymise("see example.org. then www.example.org or jo@example.org, ok").text())
        .isEqualTo("see [URL-1]. then [URL-2] or [EMAIL-1], ok");
    assertThat(
            a.anonymise("gir 0aa and GIR 0AA are the same postcode; ab 12 34 56 c is one too.")
                .text())
        .isEqualTo(
            "[POSTCODE-1] and [POSTCODE-1] are the same postcode; [NI_NUMBER-1] is one too.");
    assertThat(a.anonymise("the meeting on 3 march, then Hope, said smith.").text())
        .isEqualTo("the meeting on [DATE-1], then [PERSON-1], said [PERSON-2].");
  }

  @Test
  void organisationsPlacesAndAliasesMatch() {
    assertThat(out("LCC (Leeds City Council) has a base in harehills."))
        .isEqualTo("[ORGANISATION-1] ([ORGANISATION-1]) has a base in [PLACE-1].");
  }

  @Test
  void anInitialismSharedByTwoOrganisationsMeansTheOneTheDocumentNames() {
    Anonymiser shared =
        Anonymisers.builder()
            .directory(
                NameDirectory.of(
                    List.of(
                        DirectoryEntry.organisation("o1", "Northgate Housing Trust", "NHT"),
                        DirectoryEntry.organisation("o2", "Newbridge Health Team", "NHT"))))
            .build();
    assertThat(shared.anonymise("The NHT pilot stalled. Newbridge Health Team closed it.").text())
        .isEqualTo("The [ORGANISATION-1] pilot stalled. [ORGANISATION-1] closed it.");
    assertThat(shared.anonymise("Northgate Housing Trust ran it; the NHT then stopped.").text())
        .isEqualTo("[ORGANISATION-1] ran it; the [ORGANISATION-1] then stopped.");
  }

  @Test
  void firstNamesAloneMatchOnlyWhereConfigured() {
    assertThat(out("John said no.")).isEqualTo("John said no.");
    Anonymiser withFirst =
        Anonymisers.builder()
            .directory(Fixtures.directory())
            .settings(AnonymiserSettings.builder().firstNameAlone(true).build())
            .build();
    assertThat(withFirst.anonymise("John Smith came. John said no.").text())
        .isEqualTo("[PERSON-1] came. [PERSON-1] said no.");
  }

  @Test
  void structuredIdentifiersAreFoundAndValidated() {
    String text =
        "Call 0113 496 0000, +44 7700 900123, 07700900123 or (020) 7946 0000."
            + " Write to j.smith+care@example.org.uk or visit https://example.org/a?b=1 and"
            + " www.carehome.co.uk, or bbc.co.uk. Follow @care_team. Postcodes SW1A 1AA, LS1 4AP,"
            + " GIR 0AA, m1 1ae. NHS "
            + Fixtures.NHS
            + " and 9434765919. NI AB 12 34 56 C and"
            + " AB123456C. Seen 12/03/2024, 12 March 2024, March 12, 2024, 2024-03-12 and"
            + " 3rd of May. Lives at 14 Mill Lane and 3a Church Street.";
    Anonymised result = anonymiser.anonymise(text);
    assertThat(result.text())
        .isEqualTo(
            "Call [PHONE-1], [PHONE-2], [PHONE-2] or [PHONE-3]."
                + " Write to [EMAIL-1] or visit [URL-1] and [URL-2], or [URL-3]. Follow [HANDLE-1]."
                + " Postcodes [POSTCODE-1], [POSTCODE-2], [POSTCODE-3], [POSTCODE-4]. NHS [NHS_NUMBER-1]"
                + " and [NHS_NUMBER-1]. NI [NI_NUMBER-1] and [NI_NUMBER-1]. Seen [DATE-1], [DATE-1],"
                + " [DATE-1], [DATE-1] and [DATE-2]. Lives at [ADDRESS-1] and [ADDRESS-2].");
  }

  @Test
  void invalidStructuredValuesAreLeftAlone() {
    String text =
        "Ref 943 476 5918, NI BG123456A and DA123456A, QA1 1AA, 31/02/2024, 12.5 kg,"
            + " 0113 49, e.g. the file report.pdf, version 1.2.3, 3 of 4 staff, 123 people.";
    assertThat(out(text)).isEqualTo(text);
  }

  @Test
  void agesAreGeneralisedToBandsByDefault() {
    assertThat(out("She was aged 34, her son a 7-year-old and her father 93 years old."))
        .isEqualTo("She was aged 30-39, her son a under 18-year-old and her father 90+ years old.");
  }

  @Test
  void operatorsAreConfigurablePerType() {
    AnonymiserSettings settings =
        AnonymiserSettings.builder()
            .operator(IdentifierType.PERSON, Operator.REDACT)
            .operator(IdentifierType.PHONE, Operator.MASK)
            .operator(IdentifierType.DATE, Operator.GENERALISE)
            .operator(IdentifierType.PLACE, Operator.GENERALISE)
            .operator(IdentifierType.POSTCODE, Operator.GENERALISE)
            .build();
    Anonymiser a = Anonymisers.builder().directory(Fixtures.directory()).settings(settings).build();
    assertThat(a.anonymise("John Smith, 0113 496 0000, 12 March 2024, Harehills, LS9 7TF.").text())
        .isEqualTo("[REDACTED], **** *** ****, March 2024, West Yorkshire, LS9.");
    AnonymiserSettings quarters =
        AnonymiserSettings.builder()
            .operator(IdentifierType.DATE, Operator.GENERALISE)
            .dateGranularity(DateGranularity.QUARTER)
            .build();
    assertThat(Anonymisers.builder().settings(quarters).build().anonymise("on 12/11/2023").text())
        .isEqualTo("on Q4 2023");
  }

  @Test
  void pseudonymsAreKeyedStableAcrossDocumentsAndFormsAndDifferByKey() {
    byte[] key =
        "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AnonymiserSettings settings =
        AnonymiserSettings.builder().allOperators(Operator.PSEUDONYM).pseudonymKey(key).build();
    Anonymiser a = Anonymisers.builder().directory(Fixtures.directory()).settings(settings).build();
    String first = a.anonymise("John Smith called.").text();
    String second = a.anonymise("Later, Mrs Smith's notes.").text();
    String pseudonym = first.substring(0, first.indexOf(']') + 1);
    assertThat(pseudonym).matches("\\[PERSON-[0-9a-f]{12}]");
    assertThat(second).isEqualTo("Later, " + pseudonym + "'s notes.");
    byte[] other =
        "fedcba9876543210fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Anonymiser b =
        Anonymisers.builder()
            .directory(Fixtures.directory())
            .settings(
                AnonymiserSettings.builder()
                    .allOperators(Operator.PSEUDONYM)
                    .pseudonymKey(other)
                    .build())
            .build();
    assertThat(b.anonymise("John Smith called.").text()).doesNotContain(pseudonym);
    assertThat(a.anonymise(first).text()).isEqualTo(first);
  }

  @Test
  void settingsRefuseImpossibleCombinations() {
    assertThatThrownBy(
            () -> AnonymiserSettings.builder().operator(IdentifierType.EMAIL, Operator.GENERALISE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AN-2");
    assertThatThrownBy(
            () ->
                AnonymiserSettings.builder()
                    .operator(IdentifierType.PERSON, Operator.PSEUDONYM)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("key");
    assertThatThrownBy(() -> AnonymiserSettings.builder().pseudonymKey(new byte[4]))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void runningOnItsOwnOutputChangesNothing() {
    String text =
        "John Smith (0113 496 0000, js@example.org) met Mrs Okafor on 12/03/2024 at"
            + " 14 Mill Lane, LS1 4AP; aged 34. Kind regards,\nTunde Bakare";
    String once = out(text);
    assertThat(out(once)).isEqualTo(once);
    assertThat(anonymiser.anonymise(once).report().findings()).isEmpty();
  }

  @Test
  void heuristicFindingsAreLowConfidenceAndPropagate() {
    String text =
        "Mrs Okafor chaired. The write-up by Tunde Bakare was sent. Okafor agreed.\n"
            + "Kind regards,\nFolake Adeyemi\n";
    Anonymised result = anonymiser.anonymise(text);
    assertThat(result.text())
        .isEqualTo(
            "[PERSON-1] chaired. The write-up by [PERSON-2] was sent."
                + " [PERSON-1] agreed.\nKind regards,\n[PERSON-3]\n");
    assertThat(result.report().needsReview())
        .hasSize(4)
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
    Anonymiser off =
        Anonymisers.builder()
            .settings(AnonymiserSettings.builder().nameHeuristics(false).build())
            .build();
    assertThat(off.anonymise(text).text()).isEqualTo(text);
  }

  @Test
  void aFindingThatLosesAnOverlapLeavesNoPartOfItselfInTheText() {
    Anonymiser a =
        Anonymisers.builder()
            .directory(NameDirectory.of(List.of(DirectoryEntry.person("p1", "Bartosz", "Zangan"))))
            .build();
    // The NI number's last letter and the next sentence's first word read as a name's initials.
    String text = "We listen MK 37 50 98 B. A Bartosz Zangan came. Bartosz Zangan left.";
    Anonymised result = a.anonymise(text);
    assertThat(result.text()).isEqualTo("We listen [PERSON-1] came. [PERSON-1] left.");
    assertThat(a.anonymise(result.text()).report().findings()).isEmpty();
    assertThat(a.reapply(text, result.report(), Review.builder().build()).text())
        .isEqualTo(result.text());
    Anonymised generalised =
        Anonymisers.builder()
            .directory(NameDirectory.of(List.of(DirectoryEntry.person("p1", "Bartosz", "Zangan"))))
            .settings(AnonymiserSettings.builder().allOperators(Operator.GENERALISE).build())
            .build()
            .anonymise("We listen MK 37 50 98 B. A Bartosz Zangan came.");
    assertThat(generalised.text()).doesNotContain("MK", "37", "Zangan");
  }

  @Test
  void overlapsResolveToTheLongestThenMostConfidentFinding() {
    Anonymised result = anonymiser.anonymise("Mail john.smith@example.org now.");
    assertThat(result.report().findings())
        .singleElement()
        .satisfies(f -> assertThat(f.type()).isEqualTo(IdentifierType.EMAIL));
    Anonymised title = anonymiser.anonymise("Dr Smith came.");
    assertThat(title.report().findings())
        .singleElement()
        .satisfies(f -> assertThat(f.confidence()).isEqualTo(Confidence.HIGH));
  }

  @Test
  void reportHoldsSpansRulesAndOperatorsButNoIdentifier() {
    String text = "John Smith rang 0113 496 0000.";
    Anonymised result = anonymiser.anonymise(text);
    List<Finding> findings = result.report().findings();
    assertThat(findings).hasSize(2);
    Finding name = findings.get(0);
    assertThat(name.start()).isZero();
    assertThat(name.end()).isEqualTo(10);
    assertThat(name.rule()).isEqualTo("directory.full-name");
    assertThat(name.operator()).isEqualTo(Operator.PLACEHOLDER);
    assertThat(result.text().substring(name.outputStart(), name.outputEnd()))
        .isEqualTo("[PERSON-1]");
    assertThat(findings.get(1).rule()).isEqualTo("uk-phone");
    assertThat(result.toString() + result.report() + findings)
        .doesNotContain("Smith", "John", "0113", "496");
    assertThat(result.report().reviewerView(text))
        .extracting(r -> r.original())
        .containsExactly("John Smith", "0113 496 0000");
    assertThat(result.report().reviewerView(text).toString()).doesNotContain("Smith");
    assertThatThrownBy(() -> result.report().reviewerView("other"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aReviewerAddsAMissedSpanAndRejectsAFinding() {
    String text = "Bob met John Smith in Harehills.";
    Anonymised first = anonymiser.anonymise(text);
    Finding place = first.report().findings().get(1);
    assertThat(place.type()).isEqualTo(IdentifierType.PLACE);
    Review review = Review.builder().add(0, 3, IdentifierType.PERSON).reject(place).build();
    Anonymised second = anonymiser.reapply(text, first.report(), review);
    assertThat(second.text()).isEqualTo("[PERSON-1] met [PERSON-2] in Harehills.");
    assertThat(second.report().rejected()).containsExactly(place);
    assertThat(second.report().findings().get(0).rule()).isEqualTo("reviewer");
    assertThat(review.toString()).doesNotContain("Bob");
    assertThatThrownBy(
            () -> anonymiser.reapply("different text of other size", first.report(), review))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                anonymiser.reapply(
                    text,
                    first.report(),
                    Review.builder().add(0, 999, IdentifierType.PERSON).build()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void caseReferencesUseTheHostsPatternAndValidator() {
    Anonymiser a =
        Anonymisers.builder()
            .caseReference(
                CaseReferencePattern.of(
                        "case", "CR-[0-9]{6}", s -> s.endsWith("0") || s.endsWith("2"))
                    .withLiteralPrefix("CR-"))
            .caseReference(CaseReferencePattern.of("legacy", "LEG/[0-9]{4}/[A-Z]"))
            .build();
    assertThat(a.anonymise("See CR-123450, CR-123451, xCR-123452 and LEG/2019/B.").text())
        .isEqualTo("See [CASE_REFERENCE-1], CR-123451, xCR-123452 and [CASE_REFERENCE-2].");
  }

  @Test
  void caseReferencePatternsThatMatchTooMuchAreRefused() {
    for (String regex : List.of(".*", "[a-z]+", "x?", "(")) {
      assertThatThrownBy(
              () ->
                  Anonymisers.builder()
                      .caseReference(CaseReferencePattern.of("bad", regex))
                      .build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("AN-1");
    }
  }

  @Test
  void hostPatternsRunInLinearTimeOnAdversarialInput() {
    // "(x+x+)+y" backtracks exponentially in java.util.regex on a run of 'x' with no 'y'.
    Anonymiser a =
        Anonymisers.builder().caseReference(CaseReferencePattern.of("evil", "(x+x+)+y")).build();
    String adversarial = "x".repeat(200_000) + "!";
    assertThat(a.anonymise(adversarial).text()).isEqualTo(adversarial);
  }

  @Test
  void badInputGetsAClearResult() {
    assertThat(anonymiser.anonymise("").text()).isEmpty();
    assertThat(anonymiser.anonymise("").report().findings()).isEmpty();
    assertThatThrownBy(() -> anonymiser.anonymise(null)).isInstanceOf(InvalidInputException.class);
    String lone = "John Smith\ud800 met \udc00Smith and \ud83d\ude00 0113 496 0000\ud800";
    assertThat(out(lone))
        .isEqualTo("[PERSON-1]\ud800 met \udc00[PERSON-1] and \ud83d\ude00 [PHONE-1]\ud800");
    StringBuilder big = new StringBuilder();
    while (big.length() < 5_000_000) {
      big.append("The plan for John Smith did not work; call 0113 496 0000. ");
    }
    Anonymised large = anonymiser.anonymise(big);
    assertThat(large.text()).doesNotContain("Smith", "0113");
    assertThat(large.report().sourceLength()).isEqualTo(big.length());
  }

  @Test
  void directoryDuplicatesMergeAndEmptyNamesAreRefused() {
    Anonymiser merged =
        Anonymisers.builder()
            .directory(
                NameDirectory.of(
                    List.of(
                        DirectoryEntry.person("p1", "John", "Smith"),
                        DirectoryEntry.person("p1", "John", "Smith"),
                        DirectoryEntry.builder()
                            .id("p1")
                            .type(IdentifierType.PERSON)
                            .name("Johnny Smith")
                            .build())))
            .build();
    assertThat(merged.anonymise("John Smith, Johnny Smith").text())
        .isEqualTo("[PERSON-1], [PERSON-1]");
    assertThatThrownBy(() -> DirectoryEntry.person("p9", " ", "Smith"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AN-1")
        .hasMessageNotContaining("Smith");
    assertThatThrownBy(() -> DirectoryEntry.organisation("o9", "--"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("AN-1");
    assertThatThrownBy(
            () ->
                Anonymisers.builder()
                    .directory(
                        NameDirectory.of(
                            List.of(
                                DirectoryEntry.person("x", "Ann", "Lee"),
                                DirectoryEntry.place("x", "Leeds", "Yorkshire"))))
                    .build())
        .isInstanceOf(InvalidInputException.class);
    assertThat(DirectoryEntry.person("p1", "John", "Smith").toString())
        .doesNotContain("John", "Smith");
  }

  @Test
  void sharedSurnamesResolveToThePersonAlreadyNamed() {
    Anonymiser a =
        Anonymisers.builder()
            .directory(
                NameDirectory.of(
                    List.of(
                        DirectoryEntry.person("a", "Ann", "Jones"),
                        DirectoryEntry.person("b", "Bea", "Jones"))))
            .build();
    assertThat(a.anonymise("Ann Jones, then Bea Jones; Jones said").text())
        .isEqualTo("[PERSON-1], then [PERSON-2]; [PERSON-2] said");
  }

  @Test
  void batchesGiveTheSameResultsAsSingleRunsOnSeveralThreads() {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      docs.add("Doc " + i + ": John Smith and Aisha Khan-Patel, 0113 496 000" + (i % 10) + ".");
    }
    List<Anonymised> batch = anonymiser.anonymiseAll(docs);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Anonymised> pooled = anonymiser.anonymiseAll(docs, pool, 4);
      for (int i = 0; i < docs.size(); i++) {
        Anonymised single = anonymiser.anonymise(docs.get(i));
        assertThat(batch.get(i)).isEqualTo(single);
        assertThat(pooled.get(i)).isEqualTo(single);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(anonymiser.anonymiseAll(List.of())).isEmpty();
    assertThatThrownBy(() -> anonymiser.anonymiseAll(docs, Runnable::run, 0))
        .isInstanceOf(InvalidInputException.class);
  }
}
