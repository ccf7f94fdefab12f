package org.practitionersforum.api;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.practitionersforum.api.practitioner.PractitionerService;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.buildchecks.ArchitectureRules;
import org.practitionersforum.buildchecks.ModuleClasses;
import org.practitionersforum.buildchecks.ModuleUnderTest;

/** The architecture rules that hold for this module's main classes. */
@AnalyzeClasses(locations = ModuleClasses.class)
class ArchitectureTest {
  private static final ModuleUnderTest MODULE = ModuleUnderTest.current();

  /**
   * One known cycle is excepted: {@link PractitionerService}, in {@code practitioner}, takes the
   * {@link Actor} of {@code security} like every service, and an actor names a practitioner's ids
   * ({@code practitioner -> security -> practitioner}). Moving the service out of {@code
   * practitioner} would break the API; until it moves, that one dependency is not counted.
   */
  @ArchTest
  static final ArchRule FEATURE_PACKAGES_ARE_FREE_OF_CYCLES =
      ArchitectureRules.featurePackagesAreFreeOfCycles(MODULE.rootPackage())
          .ignoreDependency(PractitionerService.class, Actor.class);

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
