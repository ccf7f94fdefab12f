package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of {@code docs/cpd.md} is code of the test the page names: the
 * regulator-shaped evidence and the registrant profile from {@code CpdServiceTest}, protected study
 * time from {@code StudyTimeServiceTest}.
 */
class CpdDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path CORE_TESTS =
      ROOT.resolve("forum-core/src/test/java/org/practitionersforum/core/internal");
  private static final String SECTION = "## Regulator-shaped evidence and readiness";
  private static final Pattern EXAMPLE = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExampleIsCodeOfATestThePageNames() throws IOException {
    assertThat(examples(SECTION, "cpd/CpdServiceTest.java")).isEqualTo(4);
    assertThat(examples("## Registrant profiles", "cpd/CpdServiceTest.java")).isEqualTo(2);
    assertThat(examples("## Protected study time", "cpd/StudyTimeServiceTest.java")).isEqualTo(2);
  }

  /** Checks each example of a section against a test, and counts them. */
  private static int examples(String heading, String test) throws IOException {
    String page = Files.readString(ROOT.resolve("docs/cpd.md"));
    int from = page.indexOf(heading);
    assertThat(from).isNotNegative();
    int to = page.indexOf("\n## ", from + heading.length());
    String section = page.substring(from, to < 0 ? page.length() : to);
    String tests = squeeze(Files.readString(CORE_TESTS.resolve(test)));
    Matcher m = EXAMPLE.matcher(section);
    int examples = 0;
    while (m.find()) {
      assertThat(tests).contains(squeeze(m.group(1)));
      examples++;
    }
    return examples;
  }

  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}
