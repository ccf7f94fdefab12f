package org.practitionersforum.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.buildchecks.ModuleUnderTest;
import org.practitionersforum.buildchecks.PublishedPackages;

/**
 * Each published type has one way to start building it, {@code X.builder()}: no public {@code
 * Builder} constructor stands beside it.
 */
class OneBuilderTest {
  private static final ModuleUnderTest MODULE = ModuleUnderTest.current();

  @Test
  void everyPublishedBuilderComesOnlyFromItsTypesBuilderMethod() throws Exception {
    PublishedPackages published = MODULE.publishedPackages();
    Path classes = MODULE.classesDir();
    List<String> publicConstructors = new ArrayList<>();
    List<String> withoutFactory = new ArrayList<>();
    int builders = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith("$Builder.class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        Class<?> owner = type.getEnclosingClass();
        if (!Modifier.isPublic(type.getModifiers())
            || !Modifier.isPublic(owner.getModifiers())
            || !published.contains(type.getPackageName())) {
          continue;
        }
        builders++;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
            publicConstructors.add(type.getName());
          }
        }
        Method factory = owner.getMethod("builder");
        if (!Modifier.isStatic(factory.getModifiers()) || factory.getReturnType() != type) {
          withoutFactory.add(type.getName());
        }
      }
    }

    assertThat(builders).isGreaterThan(30);
    assertThat(publicConstructors).as("builders with a public constructor").isEmpty();
    assertThat(withoutFactory).as("builders without X.builder()").isEmpty();
  }

  @Test
  void aValueBuiltThroughItsBuilderMethodStillRoundTripsThroughJson() {
    Composition composition = Composition.anyMix(Composition.Focus.LOCALITY);
    assertThat(ForumJson.read(ForumJson.write(composition), Composition.class))
        .isEqualTo(composition);
  }
}
