package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of {@code docs/consultation.md} is code of the consultation tour, which {@code
 * ForumTourTest} runs, or of the consultation erasure contract, which every store runs.
 */
class ConsultationDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern EXAMPLE = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> SOURCES =
      List.of(
          "forum-examples/src/main/java/org/practitionersforum/examples/ConsultationTour.java",
          "forum-tck/src/main/java/org/practitionersforum/tck/ConsultationErasureContract.java");

  @Test
  void everyExampleIsCodeOfTheTourOrTheErasureContract() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/consultation.md"));
    List<String> sources = new ArrayList<>();
    for (String s : SOURCES) {
      sources.add(squeeze(Files.readString(ROOT.resolve(s))));
    }
    Matcher m = EXAMPLE.matcher(page);
    int examples = 0;
    while (m.find()) {
      String example = squeeze(m.group(1));
      assertThat(sources)
          .as("a source holding the example:%n%s", m.group(1))
          .anyMatch(source -> source.contains(example));
      examples++;
    }
    assertThat(examples).isEqualTo(18);
  }

  @Test
  void everyRuleHasItsParagraphAndTheOutputQuotedIsWhatTheTourPrints() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/consultation.md"));
    for (String rule : List.of("CR-1", "CR-2", "CR-3", "CR-4", "CR-5", "CR-6", "CR-7", "CR-8")) {
      assertThat(page).contains("**" + rule + "**");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ForumTour.run(
        EmbeddedH2.inMemory("consultation-docs"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    List<String> refusals =
        printed
            .substring(printed.indexOf("== 9."))
            .lines()
            .filter(l -> l.startsWith("  [ROUND_"))
            .toList();
    assertThat(refusals).hasSize(2);
    for (String line : refusals) {
      assertThat(page).contains(line);
    }
  }

  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}
