package org.practitionersforum.buildchecks;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.util.Set;

/**
 * Where ArchUnit finds the classes of the module under test: its compiled main classes, without its
 * tests or any other module. For {@code @AnalyzeClasses(locations = ModuleClasses.class)}.
 */
public final class ModuleClasses implements LocationProvider {

  /** Creates the provider; ArchUnit calls this. */
  public ModuleClasses() {}

  /**
   * Returns the classes directory of the module under test.
   *
   * @param testClass the test class that analyses the classes
   * @return the one location of {@link ModuleUnderTest#classesDir()}
   */
  @Override
  public Set<Location> get(Class<?> testClass) {
    return Set.of(Location.of(ModuleUnderTest.current().classesDir()));
  }
}
