/**
 * The storage SPI: what a storage implementation provides. {@link
 * org.practitionersforum.api.spi.ForumStorage} runs all-or-nothing units of work over versioned
 * stores. The SDK ships an in-memory implementation (forum-core) and a JDBC one; the testkit's
 * contract suite proves any implementation correct.
 */
package org.practitionersforum.api.spi;
