package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} leads from every rule of the product brief to the folders that enforce it:
 * every tag has a row, and every folder and file the page names exists.
 */
class RuleIndexTest {
  private static final Path ROOT = Path.of("..");
  private static final Map<String, String> SHORTHANDS =
      Map.of(
          "api/", "forum-api/src/main/java/org/practitionersforum/api/",
          "core/", "forum-core/src/main/java/org/practitionersforum/core/",
          "jdbc/", "forum-jdbc/src/main/java/org/practitionersforum/jdbc/");

  /** Every rule family of the brief with its number of rules. */
  private static final Map<String, Integer> FAMILIES =
      Map.of("FR", 9, "TR", 7, "AN", 5, "LS", 4, "CR", 8, "CPD", 3, "SEC", 4);

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern RANGE = Pattern.compile("([A-Z]+)-(\\d+) to \\1-(\\d+)");
  private static final Pattern TAG = Pattern.compile("([A-Z]+)-(\\d+)");

  private static List<String> rows() throws IOException {
    return Files.readAllLines(ROOT.resolve("docs/rules.md")).stream()
        .filter(line -> line.startsWith("| ") && !line.startsWith("|--"))
        .toList();
  }

  @Test
  void everyRuleOfTheBriefHasARow() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (String row : rows()) {
      String tagCell = row.split("\\|")[1];
      Matcher range = RANGE.matcher(tagCell);
      if (range.find()) {
        for (int i = Integer.parseInt(range.group(2)); i <= Integer.parseInt(range.group(3)); i++) {
          listed.add(range.group(1) + "-" + i);
        }
      }
      Matcher tag = TAG.matcher(tagCell);
      while (tag.find()) {
        listed.add(tag.group());
      }
    }
    Set<String> expected = new TreeSet<>();
    FAMILIES.forEach(
        (family, count) -> {
          for (int i = 1; i <= count; i++) {
            expected.add(family + "-" + i);
          }
        });
    assertThat(listed).containsAll(expected);
  }

  @Test
  void everyFolderAndFileNamedExists() throws IOException {
    List<String> missing = new ArrayList<>();
    int named = 0;
    for (String row : rows()) {
      Matcher code = CODE.matcher(row);
      while (code.find()) {
        String path = code.group(1);
        if (!path.contains("/")) {
          continue;
        }
        for (Map.Entry<String, String> s : SHORTHANDS.entrySet()) {
          if (path.startsWith(s.getKey())) {
            path = s.getValue() + path.substring(s.getKey().length());
          }
        }
        named++;
        if (!Files.exists(ROOT.resolve(path))) {
          missing.add(code.group(1));
        }
      }
    }
    assertThat(named).as("paths named on the page").isGreaterThan(40);
    assertThat(missing).as("paths named in docs/rules.md that do not exist").isEmpty();
  }
}
