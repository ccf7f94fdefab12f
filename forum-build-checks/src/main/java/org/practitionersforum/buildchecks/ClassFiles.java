package org.practitionersforum.buildchecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the classes compiled into a directory, by their class files. */
final class ClassFiles {
  private static final String SUFFIX = ".class";

  private ClassFiles() {}

  /**
   * Lists the binary names of the classes in a directory, sorted; module and package descriptors
   * aside.
   *
   * @param dir a classes directory, such as {@code target/classes}
   * @return the class names, such as {@code org.practitionersforum.api.forum.Forum$Builder}
   * @throws UncheckedIOException if the directory cannot be read
   */
  static List<String> classNamesIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir + " is not a directory: compile the module first");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
          .map(f -> dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .filter(n -> !n.equals("module-info") && !n.endsWith("package-info"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes in " + dir, e);
    }
  }

  /**
   * Lists the named packages that hold the classes in a directory, sorted.
   *
   * @param dir a classes directory
   * @return the package names
   * @throws UncheckedIOException if the directory cannot be read
   */
  static List<String> packagesIn(Path dir) {
    return classNamesIn(dir).stream()
        .filter(n -> n.indexOf('.') > 0)
        .map(n -> n.substring(0, n.lastIndexOf('.')))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }
}
