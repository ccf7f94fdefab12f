package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published jars as a host gets them: forum-api, forum-core and forum-jdbc with their runtime
 * dependencies only (no Immutables annotations, no RE2/J, no test libraries). A host program
 * compiles against them with every lint category and warnings as errors, on the class path and on
 * the module path; the jars resolve as named modules, none of them automatic; and the host runs on
 * the module path, its case references matched by the RE2/J that forum-core carries relocated.
 *
 * <p>An integration test: it needs the packaged jars, so it runs in {@code verify}.
 */
class HostBuildIT {
  private static final Pattern PUBLISHED = Pattern.compile("forum-(api|core|jdbc)-[^/]*\\.jar");

  /** The published modules' compile and runtime dependencies, as their poms declare them. */
  private static final Pattern HOST_DEPENDENCIES =
      Pattern.compile(
          "(jackson-(databind|core|annotations|datatype-jdk8|datatype-jsr310)|slf4j-api)-[^/]*\\.jar");

  private static final Path SOURCE = Path.of("src/test/resources/host");
  private static List<Path> hostPath;

  @TempDir Path out;

  @BeforeAll
  static void findTheJars() {
    List<Path> published = new ArrayList<>();
    List<Path> dependencies = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      String name = path.getFileName().toString();
      if (PUBLISHED.matcher(name).matches()) {
        published.add(path);
      } else if (HOST_DEPENDENCIES.matcher(name).matches()) {
        dependencies.add(path);
      }
    }
    assertThat(published).as("the packaged forum-api, forum-core and forum-jdbc jars").hasSize(3);
    assertThat(dependencies).hasSize(6);
    hostPath = Stream.concat(published.stream(), dependencies.stream()).toList();
  }

  @Test
  void aHostCompilesWithEveryLintWarningAsAnErrorOnTheClassPath() throws IOException {
    List<String> diagnostics =
        compile(
            List.of(
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "-classpath",
                joined(hostPath),
                "-d",
                out.toString()),
            hostSources(SOURCE));

    assertThat(diagnostics).isEmpty();
    assertThat(out.resolve("org/example/host/CaseSystem.class")).exists();
  }

  @Test
  void aHostModuleCompilesWithEveryLintWarningAsAnErrorAndRunsOnTheModulePath() throws Exception {
    Path module = out.resolve("src/host.app");
    copyTree(SOURCE, module);
    Files.writeString(
        module.resolve("module-info.java"),
        "module host.app {\n"
            + "  requires org.practitionersforum.core;\n"
            + "  requires org.practitionersforum.jdbc;\n"
            + "  exports org.example.host;\n"
            + "}\n");
    Path classes = out.resolve("classes");

    List<String> diagnostics =
        compile(
            List.of(
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "--module-path",
                joined(hostPath),
                "-d",
                classes.toString()),
            hostSources(module));

    assertThat(diagnostics).isEmpty();
    ModuleLayer layer = layerOf(Stream.concat(hostPath.stream(), Stream.of(classes)).toList());
    Class<?> host = layer.findLoader("host.app").loadClass("org.example.host.CaseSystem");
    Method run = host.getMethod("run");
    assertThat(run.invoke(null))
        .isEqualTo(
            List.of(
                "version 1",
                "See [CASE_REFERENCE-1] today.",
                "classpath:org/practitionersforum/jdbc/migration/postgresql"));
  }

  @Test
  void thePublishedJarsResolveAsNamedModulesAndCoreRequiresNoAutomaticModule() throws Exception {
    Configuration resolved =
        Configuration.empty()
            .resolve(
                ModuleFinder.of(hostPath.toArray(Path[]::new)),
                ModuleFinder.ofSystem(),
                Set.of(
                    "org.practitionersforum.api",
                    "org.practitionersforum.core",
                    "org.practitionersforum.jdbc"));

    for (ResolvedModule module : resolved.modules()) {
      assertThat(module.reference().descriptor().isAutomatic()).as(module.name()).isFalse();
    }
    ModuleDescriptor core =
        resolved.findModule("org.practitionersforum.core").orElseThrow().reference().descriptor();
    Set<String> required =
        core.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(required)
        .containsExactlyInAnyOrder(
            "java.base",
            "org.practitionersforum.api",
            "org.slf4j",
            "org.immutables.value.annotations");
    assertThat(core.packages()).contains("org.practitionersforum.core.internal.re2j");
    assertThat(core.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder(
            "org.practitionersforum.core",
            "org.practitionersforum.core.anonymisation",
            "org.practitionersforum.core.memory");
    Path coreJar =
        hostPath.stream()
            .filter(p -> p.getFileName().toString().startsWith("forum-core-"))
            .findFirst()
            .orElseThrow();
    try (JarFile jar = new JarFile(coreJar.toFile())) {
      assertThat(jar.stream().map(e -> e.getName()))
          .noneMatch(n -> n.startsWith("com/google/"))
          .contains("META-INF/LICENSE", "META-INF/NOTICE");
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes()))
          .contains("RE2/J")
          .contains("Copyright (c) 2009 The Go Authors");
    }
  }

  @Test
  void coresPublishedPomNoLongerListsReTwoJ() throws IOException {
    Path reduced = Path.of("../forum-core/target/dependency-reduced-pom.xml");

    String dependencies = Files.readString(reduced);
    dependencies = dependencies.substring(dependencies.indexOf("<dependencies>"));
    assertThat(dependencies).contains("<artifactId>forum-api</artifactId>").doesNotContain("re2j");
  }

  private static ModuleLayer layerOf(List<Path> path) {
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(path.toArray(Path[]::new)), ModuleFinder.of(), Set.of("host.app"));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  private static List<String> compile(List<String> options, List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      boolean compiled =
          javac
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<String> messages = new ArrayList<>();
      diagnostics
          .getDiagnostics()
          .forEach(d -> messages.add(d.getKind() + ": " + d.getMessage(null)));
      assertThat(compiled).as("javac: %s %s", messages, output).isTrue();
      return messages;
    }
  }

  private static List<Path> hostSources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
