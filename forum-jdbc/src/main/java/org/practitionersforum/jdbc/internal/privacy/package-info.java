/**
 * The erasure store (SEC-3): {@link org.practitionersforum.jdbc.internal.privacy.JdbcErasureStore}
 * finds, in one statement each, every aggregate that names a person and the forums closed before a
 * time; the changes themselves go through the aggregate stores, version-checked.
 */
package org.practitionersforum.jdbc.internal.privacy;
