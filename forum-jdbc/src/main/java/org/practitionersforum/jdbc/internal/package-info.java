/**
 * The JDBC storage's own code, not exported by the module: the unit of work ({@link
 * org.practitionersforum.jdbc.internal.UnitOfWork}) with its read sets ({@link
 * org.practitionersforum.jdbc.internal.ReadSet}), the statements of one configuration, the
 * migrations, and the translation of SQL failures. Each store has a package of its own, the
 * databases' differences live in {@code dialect}, and the pieces the stores share in {@code rows}.
 */
package org.practitionersforum.jdbc.internal;
