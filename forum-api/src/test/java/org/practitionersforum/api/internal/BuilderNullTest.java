package org.practitionersforum.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.buildchecks.ModuleUnderTest;

/**
 * Every setter of every public builder of the model, given null, throws an {@link
 * InvalidInputException} naming the attribute (SEC-4), never a bare NullPointerException.
 */
class BuilderNullTest {
  /**
   * Parameter types whose null Immutables dereferences in generated code with no option to check it
   * first ({@code value.orElse(null)}); a host passes {@code Optional.empty()}, never null. Arrays
   * are left out for the same reason: {@code addX((X[]) null)} is the only way to reach the varargs
   * form with null, since {@code addX(null)} picks the single-element form.
   */
  private static final Set<Class<?>> UNGUARDED = Set.of(Optional.class);

  @Test
  void theHostsCasesAreTypedErrorsNamingTheAttribute() {
    assertThat(thrownBy(() -> Forum.builder().name(null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("SEC-4: a required value is missing or null: name");
    assertThat(thrownBy(() -> ForumProposal.builder().sponsor((PersonId) null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("sponsor");
    assertThat(thrownBy(() -> Forum.builder().id(null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("id");
    assertThat(thrownBy(() -> SessionRequest.builder().present(null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("present");
  }

  @Test
  void everySetterOfEveryPublicBuilderRefusesNullWithATypedError() throws Exception {
    List<String> failures = new ArrayList<>();
    int setters = 0;
    for (Class<?> builder : publicBuilders()) {
      for (Method setter : builder.getMethods()) {
        if (setter.getDeclaringClass() == Object.class
            || setter.getParameterCount() == 0
            || setter.getParameterTypes()[0].isPrimitive()
            || UNGUARDED.contains(setter.getParameterTypes()[0])
            || setter.getParameterTypes()[0].isArray()) {
          continue;
        }
        setters++;
        setter.setAccessible(true);
        Throwable thrown = null;
        try {
          setter.invoke(newBuilder(builder), new Object[setter.getParameterCount()]);
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        if (!(thrown instanceof InvalidInputException)) {
          failures.add(builder.getName() + "#" + setter.getName() + " threw " + thrown);
        }
      }
    }
    assertThat(setters).isGreaterThan(200);
    assertThat(failures).isEmpty();
  }

  /** Makes a builder as a host would: by the value type's static builder() method. */
  private static Object newBuilder(Class<?> builder) throws ReflectiveOperationException {
    Method factory = builder.getEnclosingClass().getMethod("builder");
    factory.setAccessible(true);
    return factory.invoke(null);
  }

  private static List<Class<?>> publicBuilders() {
    Path classes = ModuleUnderTest.current().classesDir();
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name =
            classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        if (name.endsWith("$Builder.class")) {
          Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(c.getModifiers())) {
            out.add(c);
          }
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError("cannot list the builders", e);
    }
    assertThat(out).hasSizeGreaterThan(20);
    return out;
  }

  private static Throwable thrownBy(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("nothing was thrown");
  }
}
