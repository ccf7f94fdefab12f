package org.practitionersforum.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs tests on the class path, where a missing {@code opens} in module-info.java goes
 * unnoticed. This test starts a JVM with forum-api and Jackson on the module path and checks that
 * model values round-trip there too.
 */
class ModulePathJsonTest {

  @Test
  void forumModelRoundTripsThroughJacksonOnTheModulePath() throws Exception {
    assertThat(runOnModulePath("modulepath.JsonOnModulePath")).contains("OK 5");
  }

  @Test
  void termsAndSessionTypesRoundTripThroughJacksonOnTheModulePath() throws Exception {
    assertThat(runOnModulePath("modulepath.TermsJsonOnModulePath")).startsWith("OK");
  }

  /** Runs a main class with forum-api and Jackson on the module path; returns its output. */
  private static String runOnModulePath(String mainClass) throws Exception {
    List<String> classPath =
        Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String modules =
        classPath.stream()
            .filter(
                e ->
                    e.replace('\\', '/').endsWith("forum-api/target/classes")
                        || e.contains("jackson"))
            .collect(Collectors.joining(File.pathSeparator));
    String tests =
        classPath.stream()
            .filter(e -> e.replace('\\', '/').endsWith("target/test-classes"))
            .findFirst()
            .orElseThrow();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modules,
                "--add-modules",
                "org.practitionersforum.api",
                "-cp",
                tests,
                mainClass));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
