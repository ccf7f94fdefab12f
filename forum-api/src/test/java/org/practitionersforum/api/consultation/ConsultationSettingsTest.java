package org.practitionersforum.api.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;

class ConsultationSettingsTest {

  @Test
  void eachSettingOutOfRangeIsRefusedNamingItsRule() {
    ConsultationSettings d = ConsultationSettings.DEFAULT;
    assertThatThrownBy(() -> d.withMinimumWindowDays(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CR-2:");
    assertThatThrownBy(() -> d.withDispositionDueDays(367)).hasMessageStartingWith("CR-4:");
    assertThatThrownBy(() -> d.withEscalateAfterRepeats(0)).hasMessageStartingWith("CR-6:");
    assertThatThrownBy(() -> d.withSuppressionThreshold(1))
        .hasMessageContaining("suppression threshold");
    assertThatThrownBy(() -> d.withMeetingsPerYear(13)).hasMessageStartingWith("CR-1:");
    assertThatThrownBy(() -> d.withReportBackDays(0)).hasMessageStartingWith("CR-7:");
  }

  @Test
  void withersChangeOneSettingAndKeepTheRest() {
    ConsultationSettings s =
        ConsultationSettings.DEFAULT
            .withMinimumWindowDays(42)
            .withDispositionDueDays(60)
            .withEscalateAfterRepeats(2)
            .withSuppressionThreshold(10)
            .withMeetingsPerYear(4)
            .withReportBackDays(7);
    assertThat(s).isEqualTo(new ConsultationSettings(42, 60, 2, 10, 4, 7));
    assertThat(new ConsultationSettings(42, 60))
        .isEqualTo(
            ConsultationSettings.DEFAULT.withMinimumWindowDays(42).withDispositionDueDays(60));
  }
}
