package org.practitionersforum.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.practitioner.PractitionerProfile;

/** The lesson generators: valid values, the same for the same seed, identifiers where asked. */
class LessonGeneratorsTest {

  @Test
  void lessonsAreValidInEveryStateAndRepeatForASeed() {
    for (long seed = 0; seed < 200; seed++) {
      Lesson a = LessonGenerators.lesson(new SplittableRandom(seed));
      Lesson b = LessonGenerators.lesson(new SplittableRandom(seed));
      assertThat(a).isEqualTo(b);
      assertThat(ForumJson.read(ForumJson.write(a), Lesson.class)).isEqualTo(a);
    }
    assertThat(LessonGenerators.draft(new SplittableRandom(3), ForumId.of("f")).forum())
        .isEqualTo(ForumId.of("f"));
  }

  @Test
  void injectedIdentifiersAppearVerbatim() {
    List<String> ids = List.of("Priya Raman", "priya@example.org", "0113 496 0742");
    LessonSections s = LessonGenerators.sectionsWith(new SplittableRandom(9), ids);
    String all = String.join(" ", s.asMap().values());
    assertThat(s.missing()).isEmpty();
    for (String id : ids) {
      assertThat(all).contains(id);
    }
    assertThat(LessonGenerators.sections(new SplittableRandom(1), 2).asMap())
        .containsOnlyKeys(LessonSection.WHAT_WE_DID, LessonSection.WHEN_WE_HAD_CONCERNS);
  }

  @Test
  void populationsHoldExactlyTheRareGroup() {
    for (int rare = 1; rare <= 7; rare++) {
      List<PractitionerProfile> pop =
          LessonGenerators.population(new SplittableRandom(rare), 60, rare);
      PractitionerProfile author = pop.get(0);
      long sharing =
          pop.stream()
              .filter(
                  p ->
                      p.discipline().equals(author.discipline())
                          && p.specialism().equals(author.specialism())
                          && p.base().equals(author.base())
                          && p.locality().equals(author.locality()))
              .count();
      assertThat(pop).hasSize(60);
      assertThat(sharing).isEqualTo(rare);
    }
  }
}
