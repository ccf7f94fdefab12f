package org.practitionersforum.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;

/** {@link ForumJson#write} writes the SDK's model values and nothing else (SEC-4). */
class ModelOnlyWriteTest {

  /** A host's own type, holding something personal. */
  record HostRecord(String name) {}

  @Test
  void aThreadIsRefusedWithATypedErrorThatNamesOnlyItsClass() {
    Thread thread = new Thread(() -> {}, "secret-thread-name");
    assertThatThrownBy(() -> ForumJson.write(thread))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("SEC-4: ForumJson writes only the SDK's model values")
        .hasMessageEndingWith("java.lang.Thread")
        .hasNoCause()
        .message()
        .doesNotContain("secret-thread-name");
  }

  @Test
  void anyOtherObjectIsRefusedWithoutItsContent() {
    for (Object other :
        List.of(
            new HostRecord("Mrs Okafor"),
            "Mrs Okafor",
            42,
            new StringBuilder("Mrs Okafor"),
            new IllegalStateException("Mrs Okafor"),
            (Runnable) () -> {},
            List.of(ForumId.of("f-1"), new HostRecord("Mrs Okafor")),
            Map.of(BaseId.of("b-1"), "Mrs Okafor"),
            Optional.of("Mrs Okafor"),
            new Object[] {ForumId.of("f-1")})) {
      assertThatThrownBy(() -> ForumJson.write(other))
          .as(other.getClass().getName())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("SEC-4: ")
          .message()
          .doesNotContain("Okafor");
    }
  }

  @Test
  void modelValuesAndContainersOfThemAreWritten() {
    Composition composition = Composition.multiDisciplinary(Composition.Focus.ORGANISATION);
    assertThat(ForumJson.write(composition)).contains("\"disciplineMix\":\"MULTI\"");
    assertThat(ForumJson.write(Composition.Mix.ANY)).isEqualTo("\"ANY\"");
    assertThat(ForumJson.write(ForumId.of("f-1"))).isEqualTo("\"f-1\"");
    assertThat(ForumJson.write(new ArrayList<>(List.of(ForumId.of("f-1"), ForumId.of("f-2")))))
        .isEqualTo("[\"f-1\",\"f-2\"]");
    assertThat(ForumJson.write(Set.of(ForumId.of("f-1")))).isEqualTo("[\"f-1\"]");
    assertThat(ForumJson.write(Map.of(BaseId.of("b-1"), List.of(ForumId.of("f-1")))))
        .contains("[\"f-1\"]");
    assertThat(ForumJson.write(Optional.of(ForumId.of("f-1")))).isEqualTo("\"f-1\"");
    assertThat(ForumJson.write(List.of())).isEqualTo("[]");
  }
}
