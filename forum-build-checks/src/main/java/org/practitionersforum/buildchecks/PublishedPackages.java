package org.practitionersforum.buildchecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The packages whose public types make up a module's published API. A module with a {@code
 * module-info} publishes the packages it exports to every module; a package it exports only to
 * named modules, or does not export, is not published. A module without one publishes every
 * package. Either way a package with a segment named {@code internal} is never published.
 *
 * <p>Immutable and thread-safe.
 */
public final class PublishedPackages {
  private static final String MODULE_INFO = "module-info.class";

  private final boolean everyPackage;
  private final Set<String> exported;

  private PublishedPackages(boolean everyPackage, Set<String> exported) {
    this.everyPackage = everyPackage;
    this.exported = exported;
  }

  /**
   * Reads the published packages of the compiled module in a classes directory: its {@code
   * module-info.class} if there is one, otherwise every package.
   *
   * @param classesDir the module's compiled classes, such as {@code target/classes}
   * @return the module's published packages
   * @throws UncheckedIOException if the module descriptor cannot be read
   */
  public static PublishedPackages of(Path classesDir) {
    Path descriptor = classesDir.resolve(MODULE_INFO);
    if (!Files.isRegularFile(descriptor)) {
      return everyPackage();
    }
    try (InputStream in = Files.newInputStream(descriptor)) {
      return exportedBy(ModuleDescriptor.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + descriptor, e);
    }
  }

  /**
   * Returns the packages a module descriptor exports to every module, less internal ones.
   *
   * @param descriptor the module descriptor
   * @return the published packages
   */
  public static PublishedPackages exportedBy(ModuleDescriptor descriptor) {
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    return new PublishedPackages(false, Set.copyOf(exported));
  }

  /**
   * Returns every package but the internal ones, as for a module without a descriptor.
   *
   * @return the published packages
   */
  public static PublishedPackages everyPackage() {
    return new PublishedPackages(true, Set.of());
  }

  /**
   * Tells whether a package is named internal: one of its segments is {@code internal}.
   *
   * @param packageName a package name, such as {@code org.practitionersforum.api.internal}
   * @return whether the package is internal
   */
  public static boolean isInternal(String packageName) {
    return Arrays.asList(packageName.split("\\.")).contains("internal");
  }

  /**
   * Tells whether a package is published.
   *
   * @param packageName a package name
   * @return whether the module publishes it
   */
  public boolean contains(String packageName) {
    return !isInternal(packageName) && (everyPackage || exported.contains(packageName));
  }

  /**
   * Describes the published packages, for failure messages.
   *
   * @return the exported packages, or "every package" without a descriptor; internal ones aside
   */
  @Override
  public String toString() {
    return (everyPackage ? "every package" : "the exported packages " + new TreeSet<>(exported))
        + " except internal ones";
  }
}
