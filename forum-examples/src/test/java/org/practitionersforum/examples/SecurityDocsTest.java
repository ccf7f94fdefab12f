package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.security.AccessPolicy;

/**
 * {@code docs/security.md} cannot drift: its policy table is the standard policy's rendering, and
 * every Java example is code of the test it names.
 */
class SecurityDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path ACCESS_TESTS =
      ROOT.resolve("forum-core/src/test/java/org/practitionersforum/core/internal/access");
  private static final String BEGIN = "<!-- access-policy:begin -->\n";
  private static final String END = "<!-- access-policy:end -->";
  private static final Pattern EXAMPLE =
      Pattern.compile("[Ff]rom\\s+`(\\w+)\\.\\w+`[^`]*```java\\n(.*?)```", Pattern.DOTALL);

  private static String page() throws IOException {
    return Files.readString(ROOT.resolve("docs/security.md"));
  }

  @Test
  void thePolicyTableIsTheStandardPolicysRendering() throws IOException {
    String page = page();
    int from = page.indexOf(BEGIN);
    int to = page.indexOf(END);
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);
    assertThat(page.substring(from + BEGIN.length(), to))
        .isEqualTo(AccessPolicy.standard().toMarkdown());
  }

  @Test
  void everyExampleIsCodeOfTheTestItNames() throws IOException {
    Matcher m = EXAMPLE.matcher(page());
    int examples = 0;
    while (m.find()) {
      String test = Files.readString(ACCESS_TESTS.resolve(m.group(1) + ".java"));
      assertThat(squeeze(test)).contains(squeeze(m.group(2)));
      examples++;
    }
    assertThat(examples).isEqualTo(2);
  }

  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}
