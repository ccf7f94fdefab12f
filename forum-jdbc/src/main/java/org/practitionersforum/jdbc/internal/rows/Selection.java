package org.practitionersforum.jdbc.internal.rows;

import java.sql.ResultSet;
import java.util.StringJoiner;

/**
 * The select list of a statement that reads several tables at once, built from their column lists:
 * each table's columns form a {@link Segment} that knows where in the result they begin, so that a
 * row is read by column name whatever precedes it. Not thread-safe while being built; its segments
 * are immutable.
 */
public final class Selection {
  private final StringJoiner sql = new StringJoiner(", ");
  private int size;

  /**
   * Adds a table's columns, qualified by its alias.
   *
   * @param alias the table's alias in the statement
   * @param columns its columns
   * @param <C> the enum naming them
   * @return where they are in the result
   */
  public <C extends Enum<C>> Segment<C> add(String alias, ColumnList<C> columns) {
    sql.add(columns.names(alias));
    Segment<C> segment = new Segment<>(columns, size);
    size += columns.size();
    return segment;
  }

  /**
   * Returns the select list built so far.
   *
   * @return the comma-separated columns
   */
  public String sql() {
    return sql.toString();
  }

  /**
   * Some columns of a result, after {@code offset} columns of others.
   *
   * @param columns the columns
   * @param offset how many columns precede them
   * @param <C> the enum naming them
   */
  public record Segment<C extends Enum<C>>(ColumnList<C> columns, int offset) {

    /**
     * Returns a segment of columns that begin the result.
     *
     * @param columns the columns
     * @param <C> the enum naming them
     * @return the segment
     */
    public static <C extends Enum<C>> Segment<C> first(ColumnList<C> columns) {
      return new Segment<>(columns, 0);
    }

    /**
     * Returns a reader of these columns of a result's current row.
     *
     * @param rs the result, positioned on each row in turn by its caller
     * @return the reader
     */
    public Row<C> row(ResultSet rs) {
      return new Row<>(rs, columns, offset);
    }
  }
}
