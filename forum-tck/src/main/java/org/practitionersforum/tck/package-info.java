/**
 * The storage contract suite (TCK): JUnit 5 tests, grouped by area, that any implementation of the
 * storage SPI ({@link org.practitionersforum.api.spi.ForumStorage}) must pass.
 *
 * <p>A test library: a host puts forum-tck on its test path only, beside a JUnit Jupiter engine,
 * and extends {@link org.practitionersforum.tck.StorageContract} in a test, implementing one method
 * that creates an empty storage. Everything public here is a test to run: {@code StorageContract},
 * the contract interfaces it implements (each {@code *Contract} holds only {@code @Test} methods),
 * and {@link org.practitionersforum.tck.StorageUnderTest}, the one method they ask of a test class.
 * The fixtures, clocks and model runs behind the tests are package-private.
 */
package org.practitionersforum.tck;
