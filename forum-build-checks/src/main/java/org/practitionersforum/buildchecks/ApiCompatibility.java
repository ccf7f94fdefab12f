package org.practitionersforum.buildchecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The API-compatibility gate: a module's compiled public API ({@link ApiSignature}) must equal the
 * one recorded in its API file, or the build fails, showing the difference and how to accept it.
 * With the system property {@value #UPDATE_PROPERTY} set to {@code true} (on the Maven command
 * line, which Surefire hands on to the tests), the file is rewritten instead.
 *
 * <p>The gate compares with what was last accepted on this branch; comparing with the last release
 * is japicmp's job once there is one (see the parent pom).
 */
public final class ApiCompatibility {
  /** The system property that rewrites the API file instead of comparing with it. */
  public static final String UPDATE_PROPERTY = "api.update";

  private ApiCompatibility() {}

  /**
   * Compares the public API of the module under test with its API file, or rewrites the file when
   * {@value #UPDATE_PROPERTY} is {@code true}.
   *
   * @param module the module
   * @throws AssertionError if the API differs from the file, or there is no file
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static void verify(ModuleUnderTest module) {
    verify(
        module.name(),
        module.apiFile(),
        ApiSignature.of(module),
        Boolean.getBoolean(UPDATE_PROPERTY));
  }

  /**
   * Compares an API with an API file, or rewrites the file.
   *
   * @param moduleName the module's name, for the message and the command that accepts a change
   * @param apiFile the API file
   * @param compiled the compiled API
   * @param update whether to rewrite the file instead of comparing
   * @throws AssertionError if not updating and the API differs from the file, or there is no file
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static void verify(
      String moduleName, Path apiFile, ApiSignature compiled, boolean update) {
    try {
      if (update) {
        Files.createDirectories(apiFile.toAbsolutePath().getParent());
        Files.writeString(apiFile, compiled.text(), StandardCharsets.UTF_8);
        System.out.println("Wrote the public API of " + moduleName + " to " + apiFile);
        return;
      }
      if (!Files.isRegularFile(apiFile)) {
        throw new AssertionError(
            "The public API of "
                + moduleName
                + " is not recorded: "
                + apiFile
                + " is missing. Record it with\n  "
                + acceptCommand(moduleName)
                + "\nand commit the file.");
      }
      List<String> recorded =
          Files.readAllLines(apiFile, StandardCharsets.UTF_8).stream()
              .map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
              .collect(Collectors.toList());
      if (!recorded.equals(compiled.lines())) {
        throw new AssertionError(
            "The public API of "
                + moduleName
                + " differs from "
                + apiFile
                + " (- recorded only, + compiled only):\n"
                + difference(recorded, compiled.lines())
                + "If the change is meant, and allowed (compatible, on @Beta elements, or in a major"
                + " release), accept it with\n  "
                + acceptCommand(moduleName)
                + "\nand commit the file with the change.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + apiFile, e);
    }
  }

  /**
   * Returns the command that rewrites a module's API file from its compiled classes.
   *
   * @param moduleName the module's name, such as {@code forum-api}
   * @return a Maven wrapper command to run from the project's root
   */
  public static String acceptCommand(String moduleName) {
    return "./mvnw -B -ntp test -pl "
        + moduleName
        + " -am -Dtest=ApiCompatibilityTest"
        + " -Dsurefire.failIfNoSpecifiedTests=false -D"
        + UPDATE_PROPERTY
        + "=true";
  }

  /**
   * Shows the lines that only one of two sorted listings holds, in order: {@code - } before a line
   * only the first holds, {@code + } before one only the second holds.
   *
   * @param before the recorded lines, sorted
   * @param after the compiled lines, sorted
   * @return the differing lines, each ended by a line feed; empty if the listings are equal
   */
  public static String difference(List<String> before, List<String> after) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      int order =
          i == before.size() ? 1 : j == after.size() ? -1 : before.get(i).compareTo(after.get(j));
      if (order == 0) {
        i++;
        j++;
      } else if (order < 0) {
        out.add("- " + before.get(i++));
      } else {
        out.add("+ " + after.get(j++));
      }
    }
    return out.stream().map(l -> l + "\n").collect(Collectors.joining());
  }
}
