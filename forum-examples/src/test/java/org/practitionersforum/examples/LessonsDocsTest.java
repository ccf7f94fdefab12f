package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Java example of {@code docs/lessons.md} is code of the tour it names. */
class LessonsDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern EXAMPLE = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExampleIsCodeOfTheLessonTour() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/lessons.md"));
    String tour =
        Files.readString(
            ROOT.resolve(
                "forum-examples/src/main/java/org/practitionersforum/examples/LessonTour.java"));
    Matcher m = EXAMPLE.matcher(page);
    int examples = 0;
    while (m.find()) {
      assertThat(squeeze(tour)).contains(squeeze(m.group(1)));
      examples++;
    }
    assertThat(examples).isEqualTo(10);
  }

  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}
