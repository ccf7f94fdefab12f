package org.practitionersforum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * The canonical form and hash (TR-3), and the generators: valid by construction, deterministic per
 * seed, and the invalid ones refused.
 */
class TermsGeneratorsTest {

  @Test
  void equalContentGivesEqualHashes() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              TermsContent a = TermsGenerators.content(new SplittableRandom(seed));
              TermsContent b = TermsGenerators.content(new SplittableRandom(seed));
              assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b));
              assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
            });
  }

  @Test
  void whiteSpaceAndLineEndingsDoNotChangeTheHash() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              TermsContent a = TermsGenerators.content(r);
              TermsContent reformatted = TermsGenerators.reformat(r, a);
              assertThat(ContentHash.of(reformatted)).isEqualTo(ContentHash.of(a));
            });
  }

  @Test
  void anyEditChangesTheHash() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              TermsContent a = TermsGenerators.content(r);
              TermsContent edited = TermsGenerators.edit(r, a);
              assertThat(ContentHash.of(edited)).isNotEqualTo(ContentHash.of(a));
            });
  }

  @Test
  void theCanonicalFormIsSortedCompactJsonOfTheNormalisedTexts() {
    TermsContent a =
        TermsContent.builder()
            .from(TermsGenerators.content(new SplittableRandom(3)))
            .confidentiality("  Stays \"here\"\r\nexcept  \t\r\n")
            .build();
    String canonical = a.canonicalForm();
    assertThat(canonical)
        .startsWith("{\"attendance\":")
        .endsWith("}")
        .contains("\"confidentiality\":\"Stays \\\"here\\\"\\nexcept\"")
        .contains("\"format\":\"forum-terms/1\"");
    assertThat(canonical.indexOf("\"purposes\"")).isLessThan(canonical.indexOf("\"quorum\""));
    assertThat(ContentHash.of(a).value()).hasSize(64).matches("[0-9a-f]+");
    assertThat(ContentHash.of(a)).isEqualTo(ContentHash.ofCanonical(canonical));
  }

  @Test
  void listOrderIsPartOfTheContent() {
    TermsContent a =
        TermsContent.builder()
            .from(TermsGenerators.content(new SplittableRandom(4)))
            .purposes(java.util.List.of("one", "two"))
            .build();
    TermsContent b =
        TermsContent.builder().from(a).purposes(java.util.List.of("two", "one")).build();
    assertThat(ContentHash.of(a)).isNotEqualTo(ContentHash.of(b));
  }

  @Test
  void generatedTermsAreValidAndDeterministic() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ForumTerms a = TermsGenerators.forumTerms(new SplittableRandom(seed));
              ForumTerms b = TermsGenerators.forumTerms(new SplittableRandom(seed));
              assertThat(a).isEqualTo(b);
              for (TermsVersion v : a.versions()) {
                assertThat(v.hash().matches(v.content())).isTrue();
              }
              assertThat(SessionGenerators.session(new SplittableRandom(seed)))
                  .isEqualTo(SessionGenerators.session(new SplittableRandom(seed)));
            });
  }

  @Test
  void invalidInputsAreRefused() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              assertThatThrownBy(() -> TermsGenerators.invalidContent(r).build())
                  .isInstanceOf(InvalidInputException.class)
                  .hasMessageStartingWith("TR-1");
              String hash = TermsGenerators.invalidHash(r);
              assertThatThrownBy(() -> ContentHash.of(hash))
                  .isInstanceOf(InvalidInputException.class);
              assertThat(TermsGenerators.invalidReason(r)).isBlank();
              assertThatThrownBy(() -> SessionGenerators.invalidSession(r).build())
                  .isInstanceOf(InvalidInputException.class);
            });
  }
}
