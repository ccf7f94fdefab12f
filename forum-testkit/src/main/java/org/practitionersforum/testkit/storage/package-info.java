/**
 * The storage contract suite (TCK): JUnit 5 test interfaces with default test methods that any
 * implementation of the storage SPI must pass. A storage implementer writes one test class that
 * implements the contracts and {@link org.practitionersforum.testkit.storage.StorageUnderTest}.
 */
package org.practitionersforum.testkit.storage;
