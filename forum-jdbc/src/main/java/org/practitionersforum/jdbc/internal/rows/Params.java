package org.practitionersforum.jdbc.internal.rows;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * Binds the parameters of a statement that names a {@link ColumnList}'s columns in order (an
 * insert's values, an update's assignments), by column name, after {@code offset} other parameters;
 * then the parameters that follow them ({@link #key}), in order. Not thread-safe, like the
 * statement.
 *
 * @param <C> the enum naming the columns
 */
public final class Params<C extends Enum<C>> {
  private final PreparedStatement ps;
  private final ColumnList<C> columns;
  private final int offset;
  private int keys;

  /**
   * Binds columns whose parameters follow {@code offset} others.
   *
   * @param ps the statement
   * @param columns the columns
   * @param offset how many parameters precede them
   */
  public Params(PreparedStatement ps, ColumnList<C> columns, int offset) {
    this.ps = ps;
    this.columns = columns;
    this.offset = offset;
  }

  /**
   * Binds the columns that begin a statement's parameters.
   *
   * @param ps the statement
   * @param columns the columns
   * @param <C> the enum naming them
   * @return the binder
   */
  public static <C extends Enum<C>> Params<C> of(PreparedStatement ps, ColumnList<C> columns) {
    return new Params<>(ps, columns, 0);
  }

  private int at(C column) {
    return offset + columns.positionOf(column);
  }

  /**
   * Binds the next of the parameters that follow the columns' (an update's key), in order.
   *
   * @param value the text
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> key(String value) throws SQLException {
    ps.setString(nextKey(), value);
    return this;
  }

  /**
   * Binds the next of the parameters that follow the columns' (an update's key), in order.
   *
   * @param value the integer
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> key(int value) throws SQLException {
    ps.setInt(nextKey(), value);
    return this;
  }

  /**
   * Binds the next of the parameters that follow the columns' (an update's key), in order.
   *
   * @param value the {@code BIGINT}, such as the version an update was based on
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> key(long value) throws SQLException {
    ps.setLong(nextKey(), value);
    return this;
  }

  private int nextKey() {
    return offset + columns.size() + ++keys;
  }

  /**
   * Binds text, or SQL NULL for null.
   *
   * @param column the column
   * @param value the text, or null
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> string(C column, String value) throws SQLException {
    setString(ps, at(column), value);
    return this;
  }

  /**
   * Binds text, or SQL NULL for empty.
   *
   * @param column the column
   * @param value the text, or empty
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> string(C column, Optional<String> value) throws SQLException {
    return string(column, value.orElse(null));
  }

  /**
   * Binds an integer.
   *
   * @param column the column
   * @param value the value
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> integer(C column, int value) throws SQLException {
    ps.setInt(at(column), value);
    return this;
  }

  /**
   * Binds a {@code BIGINT}.
   *
   * @param column the column
   * @param value the value
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> bigint(C column, long value) throws SQLException {
    ps.setLong(at(column), value);
    return this;
  }

  /**
   * Binds a {@code BIGINT}, or SQL NULL for empty.
   *
   * @param column the column
   * @param value the value, or empty
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> bigint(C column, Optional<Long> value) throws SQLException {
    setLong(ps, at(column), value.orElse(null));
    return this;
  }

  /**
   * Binds a boolean.
   *
   * @param column the column
   * @param value the value
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> bool(C column, boolean value) throws SQLException {
    ps.setBoolean(at(column), value);
    return this;
  }

  /**
   * Binds an object the driver converts, such as a {@code LocalDate}.
   *
   * @param column the column
   * @param value the value
   * @return this binder
   * @throws SQLException if the driver fails
   */
  public Params<C> object(C column, Object value) throws SQLException {
    ps.setObject(at(column), value);
    return this;
  }

  /**
   * Binds text at a parameter index, or SQL NULL for null.
   *
   * @param ps the statement
   * @param index the parameter index
   * @param value the text, or null
   * @throws SQLException if the driver fails
   */
  public static void setString(PreparedStatement ps, int index, String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /**
   * Binds a {@code BIGINT} at a parameter index, or SQL NULL for null.
   *
   * @param ps the statement
   * @param index the parameter index
   * @param value the value, or null
   * @throws SQLException if the driver fails
   */
  public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }
}
