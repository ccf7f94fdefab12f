/**
 * The storage contract suite (TCK): JUnit 5 test interfaces, grouped by area, that any
 * implementation of the storage SPI must pass. A third party extends {@link
 * org.practitionersforum.tck.StorageContract} and implements one method.
 */
package org.practitionersforum.tck;
