/**
 * Test support for the published modules of the Practitioners' Forum SDK: the recorded public API
 * that each module's {@code ApiCompatibilityTest} compares with its compiled classes ({@link
 * org.practitionersforum.buildchecks.ApiCompatibility}), and the architecture rules that each
 * module's {@code ArchitectureTest} runs ({@link
 * org.practitionersforum.buildchecks.ArchitectureRules}). Not published.
 */
package org.practitionersforum.buildchecks;
