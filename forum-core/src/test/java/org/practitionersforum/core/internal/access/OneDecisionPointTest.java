package org.practitionersforum.core.internal.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.security.Role;

/**
 * SEC-1 has one decision point: outside {@code core.internal.access}, no main class of core
 * compares roles or refuses permission itself; every service asks {@link Access}.
 */
class OneDecisionPointTest {
  private static final Path MAIN = Path.of("src/main/java/org/practitionersforum/core");
  private static final Path ACCESS = MAIN.resolve("internal/access");
  private static final Pattern ROLE_CONSTANT = Pattern.compile("\\bRole\\.[A-Z]");

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.practitionersforum.core");

  @Test
  void noSourceOutsideTheAccessPackageNamesARole() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(ACCESS))
              .filter(OneDecisionPointTest::namesARole)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }

  private static boolean namesARole(Path file) {
    try {
      return ROLE_CONSTANT.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void noClassOutsideTheAccessPackageReadsARoleOrRefusesPermission() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..core.internal.access..", "..core.internal.audit..")
        .should()
        .accessClassesThat()
        .belongToAnyOf(Role.class, PermissionDeniedException.class)
        .because(
            "SEC-1 is decided by core.internal.access alone; the audit trail only records the"
                + " role acted in (SEC-2)")
        .check(CORE);
  }
}
