package org.practitionersforum.api.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practitionersforum.api.lesson.Disclosure.Period;
import org.practitionersforum.api.lesson.Disclosure.Place;
import org.practitionersforum.api.lesson.Disclosure.Practice;

class DisclosureTest {

  @Test
  void orMoreGeneralThanTakesTheHigherRungOfEachLadder() {
    Disclosure a = new Disclosure(Place.BASE, Practice.DISCIPLINE, Period.YEAR);
    Disclosure b = new Disclosure(Place.LOCALITY, Practice.SPECIALISM, Period.MONTH);
    Disclosure both = new Disclosure(Place.LOCALITY, Practice.DISCIPLINE, Period.YEAR);
    assertThat(a.orMoreGeneralThan(b)).isEqualTo(both);
    assertThat(b.orMoreGeneralThan(a)).isEqualTo(both);
    assertThat(both.atLeastAsGeneralAs(a)).isTrue();
    assertThat(both.atLeastAsGeneralAs(b)).isTrue();
    assertThat(a.orMoreGeneralThan(Disclosure.exact())).isEqualTo(a);
  }
}
