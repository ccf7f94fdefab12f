package org.practitionersforum.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practitionersforum.buildchecks.fixtures.api.Beta;
import org.practitionersforum.buildchecks.fixtures.api.Derived;

/**
 * The gate passes when the compiled API is the recorded one, fails with the difference and the
 * command that accepts it when not, and rewrites the file when asked to.
 */
class ApiCompatibilityGateTest {
  private static final ApiSignature API =
      ApiSignature.of(
          List.of(Derived.class), PublishedPackages.everyPackage(), Beta.class.getName());

  @TempDir Path dir;

  @Test
  void passesWhenTheApiIsTheRecordedOne() throws Exception {
    Path file = dir.resolve("m.api");
    Files.writeString(file, API.text(), StandardCharsets.UTF_8);

    ApiCompatibility.verify("m", file, API, false);

    assertThat(Files.readString(file)).isEqualTo(API.text());
  }

  @Test
  void failsWithTheDifferenceAndHowToAcceptIt() throws Exception {
    Path file = dir.resolve("m.api");
    String removed = "org.practitionersforum.buildchecks.fixtures.api.Derived#gone() public void";
    List<String> recorded = new java.util.ArrayList<>(API.lines());
    recorded.remove(API.lines().get(API.lines().size() - 1));
    recorded.add(1, removed);
    Files.write(file, recorded, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ApiCompatibility.verify("m", file, API, false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The public API of m differs from " + file)
        .hasMessageContaining("- " + removed + "\n")
        .hasMessageContaining("+ " + API.lines().get(API.lines().size() - 1) + "\n")
        .hasMessageContaining(ApiCompatibility.acceptCommand("m"));
    assertThat(ApiCompatibility.acceptCommand("m")).contains("-pl m ", "-Dapi.update=true");
  }

  @Test
  void failsWhenNothingIsRecorded() {
    Path file = dir.resolve("api").resolve("m.api");

    assertThatThrownBy(() -> ApiCompatibility.verify("m", file, API, false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("is not recorded")
        .hasMessageContaining(ApiCompatibility.acceptCommand("m"));
  }

  @Test
  void updateRewritesTheFileThatThenPasses() throws Exception {
    Path file = dir.resolve("api").resolve("m.api");
    ApiCompatibility.verify("m", file, API, true);

    assertThat(Files.readString(file)).isEqualTo(API.text());
    ApiCompatibility.verify("m", file, API, false);
  }

  @Test
  void differenceShowsOnlyTheLinesOneSideHolds() {
    assertThat(ApiCompatibility.difference(List.of("a", "b", "d"), List.of("a", "c", "d", "e")))
        .isEqualTo("- b\n+ c\n+ e\n");
    assertThat(ApiCompatibility.difference(List.of("a"), List.of("a"))).isEmpty();
  }
}
