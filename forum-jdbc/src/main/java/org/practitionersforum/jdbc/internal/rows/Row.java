package org.practitionersforum.jdbc.internal.rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.practitionersforum.jdbc.internal.Values;

/**
 * Reads the columns of one {@link ColumnList} from the current row of a result, by name: one
 * reader serves every row of the result as its caller moves it on. Instants are read from their
 * nanosecond columns ({@link Values}). Not thread-safe, like the result.
 *
 * @param <C> the enum naming the columns
 */
public final class Row<C extends Enum<C>> {
  private final ResultSet rs;
  private final ColumnList<C> columns;
  private final int offset;

  /**
   * Reads columns that follow {@code offset} other columns in the result.
   *
   * @param rs the result
   * @param columns the columns
   * @param offset how many columns precede them
   */
  public Row(ResultSet rs, ColumnList<C> columns, int offset) {
    this.rs = rs;
    this.columns = columns;
    this.offset = offset;
  }

  private int at(C column) {
    return offset + columns.positionOf(column);
  }

  /**
   * Tells whether the column read last was SQL NULL: after {@link #integer}, {@link #bigint} or
   * {@link #bool}, whose values for NULL are 0 and false. A nullable column is read as its
   * primitive, then checked, which allocates nothing on a store's hottest paths.
   *
   * @return true if the last value read was SQL NULL
   * @throws SQLException if the driver fails
   */
  public boolean wasNull() throws SQLException {
    return rs.wasNull();
  }

  /**
   * Reads a text column.
   *
   * @param column the column
   * @return its value, null if SQL NULL
   * @throws SQLException if the driver fails
   */
  public String string(C column) throws SQLException {
    return rs.getString(at(column));
  }

  /**
   * Reads an integer column.
   *
   * @param column the column
   * @return its value, 0 if SQL NULL
   * @throws SQLException if the driver fails
   */
  public int integer(C column) throws SQLException {
    return rs.getInt(at(column));
  }

  /**
   * Reads a {@code BIGINT} column.
   *
   * @param column the column
   * @return its value, 0 if SQL NULL
   * @throws SQLException if the driver fails
   */
  public long bigint(C column) throws SQLException {
    return rs.getLong(at(column));
  }

  /**
   * Reads a boolean column.
   *
   * @param column the column
   * @return its value, false if SQL NULL
   * @throws SQLException if the driver fails
   */
  public boolean bool(C column) throws SQLException {
    return rs.getBoolean(at(column));
  }

  /**
   * Reads an instant from its nanosecond column.
   *
   * @param column the column
   * @return the instant
   * @throws SQLException if the driver fails
   */
  public Instant instant(C column) throws SQLException {
    return Values.instant(rs.getLong(at(column)));
  }

  /**
   * Reads a column as an object of a type the driver converts to.
   *
   * @param column the column
   * @param type the Java type, such as {@code LocalDate.class}
   * @param <T> the type
   * @return its value, null if SQL NULL
   * @throws SQLException if the driver fails or cannot convert
   */
  public <T> T object(C column, Class<T> type) throws SQLException {
    return rs.getObject(at(column), type);
  }
}
