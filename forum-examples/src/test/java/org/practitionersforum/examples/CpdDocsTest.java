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
 * regulator-shaped evidence from {@code CpdServiceTest}, the study session from {@code
 * StudySessionTest}.
 */
class CpdDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path CORE_TESTS =
      ROOT.resolve("forum-core/src/test/java/org/practitionersforum/core/internal");
  private static final String SECTION = "## Regulator-shaped evidence and readiness";
  private static final Pattern EXAMPLE = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyExampleIsCodeOfATestThePageNames() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/cpd.md"));
    int from = page.indexOf(SECTION);
    assertThat(from).isNotNegative();
    int to = page.indexOf("\n## ", from + SECTION.length());
    String section = page.substring(from, to < 0 ? page.length() : to);
    String tests = squeeze(Files.readString(CORE_TESTS.resolve("cpd/CpdServiceTest.java")));
    Matcher m = EXAMPLE.matcher(section);
    int examples = 0;
    while (m.find()) {
      assertThat(tests).contains(squeeze(m.group(1)));
      examples++;
    }
    assertThat(examples).isEqualTo(4);
  }

  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}
