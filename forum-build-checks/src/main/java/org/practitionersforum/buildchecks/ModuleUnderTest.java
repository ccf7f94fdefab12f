package org.practitionersforum.buildchecks;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Maven module whose tests are running: its base directory (Surefire's {@code basedir}, else
 * the working directory), its compiled main classes in {@code target/classes}, and its recorded API
 * in {@code api/<module>.api}. The module's name is its directory's, which is its artifact id.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModuleUnderTest {
  private final Path baseDir;

  private ModuleUnderTest(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  /**
   * Returns the module whose tests are running in this JVM.
   *
   * @return the module under test
   */
  public static ModuleUnderTest current() {
    return at(Path.of(System.getProperty("basedir", System.getProperty("user.dir"))));
  }

  /**
   * Returns the module in a base directory.
   *
   * @param baseDir the directory that holds the module's {@code pom.xml}
   * @return the module
   */
  public static ModuleUnderTest at(Path baseDir) {
    return new ModuleUnderTest(baseDir);
  }

  /**
   * Returns the module's name.
   *
   * @return the name of its base directory, such as {@code forum-api}
   */
  public String name() {
    return baseDir.getFileName().toString();
  }

  /**
   * Returns the module's base directory.
   *
   * @return the absolute base directory
   */
  public Path baseDir() {
    return baseDir;
  }

  /**
   * Returns where the module's main classes are compiled to.
   *
   * @return {@code target/classes} in the base directory
   */
  public Path classesDir() {
    return baseDir.resolve("target").resolve("classes");
  }

  /**
   * Returns the file that records the module's public API.
   *
   * @return {@code api/<name>.api} in the base directory
   */
  public Path apiFile() {
    return baseDir.resolve("api").resolve(name() + ".api");
  }

  /**
   * Returns the packages the module publishes, read from its compiled {@code module-info}.
   *
   * @return the published packages
   */
  public PublishedPackages publishedPackages() {
    return PublishedPackages.of(classesDir());
  }

  /**
   * Returns the module's root package: the longest package that holds every compiled class of the
   * module, such as {@code org.practitionersforum.api}.
   *
   * @return the root package
   * @throws IllegalStateException if the module has no compiled classes in a named package
   * @throws UncheckedIOException if the classes directory cannot be read
   */
  public String rootPackage() {
    List<String> packages = ClassFiles.packagesIn(classesDir());
    if (packages.isEmpty()) {
      throw new IllegalStateException("no compiled classes in a package under " + classesDir());
    }
    String root = packages.get(0);
    for (String p : packages) {
      while (!(p.equals(root) || p.startsWith(root + "."))) {
        int dot = root.lastIndexOf('.');
        if (dot < 0) {
          throw new IllegalStateException("the packages " + packages + " share no root");
        }
        root = root.substring(0, dot);
      }
    }
    return root;
  }

  /**
   * Describes the module.
   *
   * @return its name and base directory
   */
  @Override
  public String toString() {
    return name() + " (" + baseDir + ")";
  }
}
