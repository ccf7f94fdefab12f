package org.practitionersforum.jdbc.internal.rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.jdbc.internal.Values;

/**
 * Reads the columns of one {@link ColumnList} from the current row of a result, by name: one reader
 * serves every row of the result as its caller moves it on. Instants are read from their nanosecond
 * columns ({@link Values}). Not thread-safe, like the result.
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
   * Reads a nullable text column.
   *
   * @param column the column
   * @return its value, or empty if SQL NULL
   * @throws SQLException if the driver fails
   */
  public Optional<String> optionalString(C column) throws SQLException {
    return Optional.ofNullable(rs.getString(at(column)));
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
   * Reads a nullable integer column.
   *
   * @param column the column
   * @return its value, or empty if SQL NULL
   * @throws SQLException if the driver fails
   */
  public Optional<Integer> optionalInteger(C column) throws SQLException {
    int v = rs.getInt(at(column));
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
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
   * Reads a nullable {@code BIGINT} column.
   *
   * @param column the column
   * @return its value, or empty if SQL NULL
   * @throws SQLException if the driver fails
   */
  public Optional<Long> optionalBigint(C column) throws SQLException {
    long v = rs.getLong(at(column));
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
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
   * Reads a nullable instant from its nanosecond column.
   *
   * @param column the column
   * @return the instant, or empty if SQL NULL
   * @throws SQLException if the driver fails
   */
  public Optional<Instant> optionalInstant(C column) throws SQLException {
    return optionalBigint(column).map(Values::instant);
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
