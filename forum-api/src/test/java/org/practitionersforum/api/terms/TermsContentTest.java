package org.practitionersforum.api.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;

/** TR-1: every section of the terms is stated, within its limits; the canonical form is kept. */
class TermsContentTest {
  private static final TermsContent STANDARD = TermsTemplate.standard(LocalDate.of(2030, 1, 1));

  private static void refused(UnaryOperator<TermsContent.Builder> edit, String message) {
    assertThatThrownBy(() -> edit.apply(TermsContent.builder().from(STANDARD)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  @Test
  void aSectionOfOnlyWhiteSpaceIsRefusedByName() {
    String blank = " \t\r\n\u3000 ";
    refused(b -> b.confidentiality(blank), "TR-1: the terms must state confidentiality");
    refused(b -> b.attendance(blank), "TR-1: the terms must state attendance and apologies");
    refused(b -> b.equalAirtime(blank), "TR-1: the terms must state equal airtime");
    refused(b -> b.cadence(blank), "TR-1: the terms must state meeting cadence");
    refused(b -> b.facilitation(blank), "TR-1: the terms must state facilitation arrangements");
    refused(b -> b.facilitationEnds(blank), "TR-1: the terms must state end of facilitation");
    refused(b -> b.decisionMaking(blank), "TR-1: the terms must state decision making");
    refused(b -> b.sharingWithManagers(blank), "TR-1: the terms must state sharing with managers");
    refused(
        b -> b.purposes(List.of("Learn together", blank)),
        "TR-1: the terms must state each of the purposes");
    refused(
        b -> b.confidentialityLimits(List.of(blank)),
        "TR-1: the terms must state each of the stated limits of confidentiality");
  }

  @Test
  void sizesQuorumAndControlCharactersAreChecked() {
    refused(b -> b.purposes(List.of()), "TR-1: the terms must state 1 to 20 purposes");
    refused(
        b -> b.cadence("x".repeat(TermsContent.MAX_TEXT_LENGTH + 1)),
        "TR-1: meeting cadence must be at most 4000 characters long");
    refused(
        b -> b.purposes(List.of("y".repeat(TermsContent.MAX_ITEM_LENGTH + 1))),
        "TR-1: each of the purposes must be at most 1000 characters long");
    refused(
        b -> b.decisionMaking("by consent\u0007"),
        "TR-1: decision making must not contain control characters");
    refused(b -> b.quorum(0), "TR-1: the quorum must be 1 to 16 members");
    refused(b -> b.quorum(TermsContent.MAX_QUORUM + 1), "TR-1: the quorum must be 1 to 16 members");
  }

  @Test
  void theCanonicalFormIsComputedOnceAndKept() {
    TermsContent content =
        TermsContent.builder().from(STANDARD).cadence("  Monthly,\r\n first Tuesday  ").build();
    assertThat(content.canonicalForm()).isSameAs(content.canonicalForm());
    assertThat(content.canonicalForm()).contains("\"cadence\":\"Monthly,\\n first Tuesday\"");
    assertThat(ContentHash.of(content)).isEqualTo(ContentHash.ofCanonical(content.canonicalForm()));
  }
}
