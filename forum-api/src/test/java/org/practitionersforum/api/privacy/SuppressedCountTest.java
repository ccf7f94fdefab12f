package org.practitionersforum.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.json.ForumJson;

class SuppressedCountTest {

  @Test
  void countsBelowTheThresholdAreShownAsFewerThanItAndNotKept() {
    for (long n = 0; n < 5; n++) {
      SuppressedCount shown = SuppressedCount.of(n);
      assertThat(shown.suppressed()).isTrue();
      assertThat(shown.value()).isEmpty();
      assertThat(shown).hasToString("fewer than 5");
      assertThat(shown).isEqualTo(SuppressedCount.of(0));
      assertThat(ForumJson.write(shown)).isEqualTo("{\"fewerThan\":5}");
    }
  }

  @Test
  void countsAtOrAboveTheThresholdAreShownExactly() {
    SuppressedCount shown = SuppressedCount.of(5);
    assertThat(shown.suppressed()).isFalse();
    assertThat(shown.value()).isEqualTo(OptionalLong.of(5));
    assertThat(shown).hasToString("5");
    assertThat(ForumJson.write(SuppressedCount.of(12, 10))).isEqualTo("{\"value\":12}");
    assertThat(SuppressedCount.of(9, 10)).hasToString("fewer than 10");
  }

  @Test
  void readsBackWhatItWrites() {
    for (SuppressedCount c :
        new SuppressedCount[] {
          SuppressedCount.of(3), SuppressedCount.of(40), SuppressedCount.of(7, 8)
        }) {
      assertThat(ForumJson.read(ForumJson.write(c), SuppressedCount.class)).isEqualTo(c);
    }
  }

  @Test
  void refusesWhatCouldRevealASmallNumber() {
    assertThatThrownBy(() -> ForumJson.read("{\"value\":1}", SuppressedCount.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ForumJson.read("{\"value\":9,\"fewerThan\":5}", SuppressedCount.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SuppressedCount.of(-1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SuppressedCount.of(10, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threshold is 2 to 100");
    assertThatThrownBy(() -> SuppressedCount.of(10, 101)).isInstanceOf(InvalidInputException.class);
  }
}
