package org.practitionersforum.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practitionersforum.buildchecks.ModuleUnderTest;
import org.practitionersforum.buildchecks.PublishedPackages;

/**
 * A host reading a builder's setters, in an IDE or in the javadoc, sees each parameter's name and a
 * description. The setters come from the generated {@code Immutable*} builders that each public
 * {@code Builder} extends: their class files keep parameter names ({@code -parameters}), and their
 * generated sources, which document every setter, go into the sources and javadoc jars.
 */
class BuilderDocumentationTest {
  private static final ModuleUnderTest MODULE = ModuleUnderTest.current();
  private static final Pattern PUBLIC_METHOD =
      Pattern.compile("\\n(\\s*)public (?:final )?[\\w.<>?, ]+ (\\w+)\\(");

  @Test
  void everyBuilderSetterNamesItsParameters() throws Exception {
    List<Class<?>> builders = publishedBuilders();
    List<String> unnamed = new ArrayList<>();
    for (Class<?> builder : builders) {
      for (Method method : builder.getMethods()) {
        if (method.getDeclaringClass() == Object.class) {
          continue;
        }
        for (Parameter parameter : method.getParameters()) {
          if (!parameter.isNamePresent()) {
            unnamed.add(builder.getName() + "." + method.getName());
          }
        }
      }
    }

    assertThat(builders).hasSizeGreaterThan(10);
    assertThat(unnamed).isEmpty();
  }

  @Test
  void everyGeneratedSetterHasADescriptionInTheSourcesThatArePublished() throws Exception {
    Path generated = MODULE.baseDir().resolve("target/generated-sources/annotations");
    List<String> undocumented = new ArrayList<>();
    int setters = 0;
    for (Class<?> builder : publishedBuilders()) {
      Class<?> superclass = builder.getSuperclass();
      if (superclass == Object.class) {
        continue;
      }
      Path source =
          generated.resolve(superclass.getEnclosingClass().getName().replace('.', '/') + ".java");
      assertThat(source).as("generated source of %s", builder.getName()).exists();
      String text = Files.readString(source);
      String builderBody = text.substring(text.indexOf(" static class Builder"));
      Matcher matcher = PUBLIC_METHOD.matcher(builderBody);
      while (matcher.find()) {
        setters++;
        String before = builderBody.substring(0, matcher.start()).stripTrailing();
        // The method's annotations may sit between its comment and its signature.
        String[] lines = before.split("\\n");
        int line = lines.length - 1;
        while (line > 0 && lines[line].strip().startsWith("@")) {
          line--;
        }
        if (!lines[line].strip().equals("*/")) {
          undocumented.add(superclass.getName() + "." + matcher.group(2));
        }
      }
    }

    assertThat(setters).isGreaterThan(50);
    assertThat(undocumented).isEmpty();
  }

  private static List<Class<?>> publishedBuilders() throws Exception {
    PublishedPackages published = MODULE.publishedPackages();
    Path classes = MODULE.classesDir();
    List<Class<?>> builders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith("$Builder.class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (Modifier.isPublic(type.getModifiers())
            && Modifier.isPublic(type.getEnclosingClass().getModifiers())
            && published.contains(type.getPackageName())) {
          builders.add(type);
        }
      }
    }
    return builders;
  }
}
