/**
 * The pieces every store is built from: column lists named by enums ({@link
 * org.practitionersforum.jdbc.internal.rows.ColumnList}) from which a store's SQL is built and
 * through which its rows are read ({@link org.practitionersforum.jdbc.internal.rows.Row}) and bound
 * ({@link org.practitionersforum.jdbc.internal.rows.Params}); child lists read in any order ({@link
 * org.practitionersforum.jdbc.internal.rows.Ordered}) and diffed into row changes ({@link
 * org.practitionersforum.jdbc.internal.rows.ListChanges}); statements run for any number of rows in
 * one round trip ({@link org.practitionersforum.jdbc.internal.rows.Batch}).
 *
 * <p>A store of a new aggregate is a package beside {@code forum} and {@code terms}: an enum of
 * columns per table, a {@code *Statements} class built once per storage, a {@code *RowMapper}, a
 * {@code *ReadSet} (a {@link org.practitionersforum.jdbc.internal.ReadSet}) if its reads must
 * repeat, a {@code *Diff} if it has child rows, and the store class that ties them together.
 */
package org.practitionersforum.jdbc.internal.rows;
