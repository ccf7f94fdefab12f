package org.practitionersforum.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.SessionId;

/** One identifier and text policy for every typed id and every free text (SEC-4). */
class IdentifierPolicyTest {

  @Test
  void theHostsLookAlikeIdsAreRefusedNamingTheRuleWithoutQuotingThem() {
    assertThatThrownBy(() -> ForumId.of("forum\u200B"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("SEC-4: forum id must not contain invisible")
        .hasMessageNotContaining("forum\u200B");
    assertThatThrownBy(() -> ForumId.of("\u00A0forum"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("SEC-4: forum id must not start or end with white space");
  }

  @Test
  void everyIdTypeRefusesInvisibleBidiPrivateUnassignedAndSurrogateCharacters() {
    List<String> refused =
        List.of(
            "a\u200Bb", // zero-width space
            "a\u200Cb", // zero-width non-joiner
            "a\u200Db", // zero-width joiner
            "a\u2060b", // word joiner
            "\uFEFFab", // byte-order mark
            "a\u00ADb", // soft hyphen
            "a\u202Eb", // right-to-left override
            "a\u202Ab", // left-to-right embedding
            "a\u2066b", // left-to-right isolate
            "a\u2069b", // pop directional isolate
            "a\u200Eb", // left-to-right mark
            "a\u200Fb", // right-to-left mark
            "a\uE000b", // private use
            "a\u0378b", // unassigned
            "a\uD800b", // lone high surrogate
            "a\uDC00", // lone low surrogate
            "ab\u00A0", // trailing no-break space
            "\u2007ab", // leading figure space
            "ab\u202F", // trailing narrow no-break space
            "a\u00A0b", // a no-break space inside, looking like an ordinary space
            "a\u2028b", // line separator
            "a\tb",
            "e\u0301" // e and a combining acute: not NFC
            );
    for (String value : refused) {
      for (Runnable make :
          List.<Runnable>of(
              () -> ForumId.of(value),
              () -> PractitionerId.of(value),
              () -> PersonId.of(value),
              () -> BaseId.of(value),
              () -> OrganisationId.of(value),
              () -> LocalityId.of(value),
              () -> SessionId.of(value))) {
        assertThatThrownBy(make::run)
            .as("id %s", value.codePoints().mapToObj(Integer::toHexString).toList())
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("SEC-4: ");
      }
    }
  }

  @Test
  void ordinaryIdsAreAcceptedUnchanged() {
    for (String value :
        List.of("forum-1", "Mill Lane adults", "emp:4471/α", "\u00E9quipe", "北区-3", "a b")) {
      assertThat(ForumId.of(value).value()).isEqualTo(value);
    }
  }

  @Test
  void freeTextIsNormalisedToNfcAndKeepsPunctuationAndLineBreaks() {
    assertThat(Checks.text("  Cafe\u0301 – adults’ forum\nline two  ", "forum name", 100))
        .isEqualTo("Caf\u00E9 – adults’ forum\nline two");
    assertThat(Checks.text("\u00A0Mill Lane\u00A0", "forum name", 100)).isEqualTo("Mill Lane");
    assertThat(Checks.text("a\u200Db", "minutes", 100)).isEqualTo("a\u200Db");
  }

  @Test
  void freeTextRefusesBidiControlsAndTheByteOrderMark() {
    for (String value :
        List.of("\uFEFFMill Lane", "Mill \u202ELane", "Mill\u2067 Lane", "a\u0007")) {
      assertThatThrownBy(() -> Checks.text(value, "forum name", 100))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("SEC-4: forum name must not contain");
    }
    assertThatThrownBy(() -> Checks.text("\u00A0\u2007", "reason", 100))
        .hasMessage("SEC-4: reason must not be blank");
  }
}
