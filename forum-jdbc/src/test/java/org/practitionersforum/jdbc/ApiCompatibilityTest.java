package org.practitionersforum.jdbc;

import org.junit.jupiter.api.Test;
import org.practitionersforum.buildchecks.ApiCompatibility;
import org.practitionersforum.buildchecks.ModuleUnderTest;

/**
 * This module's compiled public API is the one recorded in {@code api/<module>.api}; a change fails
 * the build with the difference and the command that accepts it.
 */
class ApiCompatibilityTest {

  @Test
  void publicApiIsTheRecordedOne() {
    ApiCompatibility.verify(ModuleUnderTest.current());
  }
}
