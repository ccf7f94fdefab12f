package org.practitionersforum.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practitionersforum.spring.boot.ForumProperties;

/**
 * {@code docs/spring-boot.md} cannot drift: every Java block is code of the example file it names,
 * and its table lists exactly the properties the starter binds.
 */
class SpringBootDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path SOURCES =
      Path.of("src/main/java/org/practitionersforum/examples/spring");
  private static final Pattern EXAMPLE =
      Pattern.compile("[Ff]rom\\s+`(\\w+\\.java)`[^`]*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern PROPERTY =
      Pattern.compile("^\\| `(forum\\.[a-z.-]+)` \\|", Pattern.MULTILINE);

  private static String page() throws IOException {
    return Files.readString(ROOT.resolve("docs/spring-boot.md"));
  }

  @Test
  void everyJavaBlockIsCodeOfTheFileItNames() throws IOException {
    Matcher m = EXAMPLE.matcher(page());
    int examples = 0;
    while (m.find()) {
      String source = Files.readString(SOURCES.resolve(m.group(1)));
      assertThat(squeeze(source)).as(m.group(1)).contains(squeeze(m.group(2)));
      examples++;
    }
    assertThat(examples).isEqualTo(3);
  }

  @Test
  void thePropertyTableListsEveryBoundProperty() throws Exception {
    Set<String> documented = new TreeSet<>();
    Matcher m = PROPERTY.matcher(page());
    while (m.find()) {
      documented.add(m.group(1));
    }

    assertThat(documented).isEqualTo(properties("forum", ForumProperties.class));
  }

  /** The properties Spring binds on a JavaBean: its settable ones, and those of its groups. */
  private static Set<String> properties(String prefix, Class<?> type) throws Exception {
    Set<String> out = new TreeSet<>();
    for (PropertyDescriptor p :
        Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
      String name = prefix + "." + p.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
      if (p.getWriteMethod() != null) {
        out.add(name);
      } else if (p.getPropertyType().getName().startsWith(ForumProperties.class.getName())) {
        out.addAll(properties(name, p.getPropertyType()));
      }
    }
    return out;
  }

  private static String squeeze(String code) {
    return code.replaceAll("\\s+", "");
  }
}
