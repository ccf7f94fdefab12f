/** A thread-safe in-memory implementation of the storage SPI, for tests and small deployments. */
package org.practitionersforum.core.memory;
