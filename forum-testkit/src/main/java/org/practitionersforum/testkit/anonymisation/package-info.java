/**
 * Seeded generators of texts with identifiers injected (AN-1), so that hosts can property-test
 * their own pipelines: {@link org.practitionersforum.testkit.anonymisation.IdentifierTexts} works
 * with any {@link java.util.random.RandomGenerator}; {@link
 * org.practitionersforum.testkit.anonymisation.AnonymisationGens} adapts it to QuickTheories.
 *
 * <p>All generated people are fictional; telephone numbers come from Ofcom's ranges reserved for
 * drama, NHS numbers from the 999 test range, e-mail and web addresses from the reserved example
 * domains.
 */
package org.practitionersforum.testkit.anonymisation;
