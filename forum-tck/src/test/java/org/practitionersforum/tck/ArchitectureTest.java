package org.practitionersforum.tck;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.practitionersforum.buildchecks.ArchitectureRules;
import org.practitionersforum.buildchecks.ModuleClasses;
import org.practitionersforum.buildchecks.ModuleUnderTest;

/**
 * The architecture rules that hold for this module's main classes. The suite is one package, so
 * there are no feature packages whose cycles could be checked.
 */
@AnalyzeClasses(locations = ModuleClasses.class)
class ArchitectureTest {
  private static final ModuleUnderTest MODULE = ModuleUnderTest.current();

  @ArchTest
  static final ArchRule INTERNAL_TYPES_STAY_INTERNAL =
      ArchitectureRules.internalTypesStayInternal(MODULE.publishedPackages());

  @ArchTest
  static final ArchRule NO_JDBC_TYPES_IN_PUBLIC_SIGNATURES =
      ArchitectureRules.noJdbcTypesInPublicSignatures();

  @ArchTest
  static final ArchRule NO_DRIVER_TYPES_IN_PUBLIC_SIGNATURES =
      ArchitectureRules.noDriverTypesInPublicSignatures();
}
