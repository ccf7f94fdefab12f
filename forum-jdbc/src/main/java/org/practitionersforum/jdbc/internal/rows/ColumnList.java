package org.practitionersforum.jdbc.internal.rows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Columns named by the constants of an enum, in the order a statement lists them: each column's
 * name is its constant's name in lower case, and its position is where this list puts it. The
 * SQL of a statement is built from the list ({@link #names}, {@link #placeholders}, {@link
 * #assignments}), and its rows are read ({@link Row}) and its parameters bound ({@link Params})
 * through the same list, so a column's position in the SQL and in the code cannot drift apart.
 * Immutable and thread-safe.
 *
 * @param <C> the enum naming the columns
 */
public final class ColumnList<C extends Enum<C>> {
  private final List<C> columns;
  private final int[] positions;
  private final String names;

  private ColumnList(Class<C> type, List<C> columns) {
    this.columns = List.copyOf(columns);
    this.positions = new int[type.getEnumConstants().length];
    for (int i = 0; i < this.columns.size(); i++) {
      positions[this.columns.get(i).ordinal()] = i + 1;
    }
    this.names = names("");
  }

  /**
   * Returns every constant of an enum, in declaration order.
   *
   * @param type the enum
   * @param <C> the enum
   * @return the list
   */
  public static <C extends Enum<C>> ColumnList<C> of(Class<C> type) {
    return new ColumnList<>(type, Arrays.asList(type.getEnumConstants()));
  }

  /**
   * Returns the given columns, in the given order.
   *
   * @param first the first column
   * @param rest the others
   * @param <C> the enum
   * @return the list
   */
  @SafeVarargs
  public static <C extends Enum<C>> ColumnList<C> of(C first, C... rest) {
    List<C> all = new ArrayList<>();
    all.add(first);
    all.addAll(Arrays.asList(rest));
    return new ColumnList<>(first.getDeclaringClass(), all);
  }

  /**
   * Returns this list without some columns, the others in the same order.
   *
   * @param excluded the columns to leave out
   * @return the shorter list
   */
  @SafeVarargs
  public final ColumnList<C> without(C... excluded) {
    Set<C> out = EnumSet.noneOf(columns.get(0).getDeclaringClass());
    out.addAll(Arrays.asList(excluded));
    List<C> kept = new ArrayList<>();
    for (C c : columns) {
      if (!out.contains(c)) {
        kept.add(c);
      }
    }
    return new ColumnList<>(columns.get(0).getDeclaringClass(), kept);
  }

  /**
   * Returns a column's name in SQL.
   *
   * @param column the column
   * @return its constant's name in lower case
   */
  public static String name(Enum<?> column) {
    return column.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns how many columns the list holds.
   *
   * @return the number of columns
   */
  public int size() {
    return columns.size();
  }

  /**
   * Returns a column's position in the list, counting from 1.
   *
   * @param column the column
   * @return its position
   * @throws IllegalArgumentException if the list does not hold it
   */
  public int positionOf(C column) {
    int p = positions[column.ordinal()];
    if (p == 0) {
      throw new IllegalArgumentException(name(column) + " is not among the columns " + names());
    }
    return p;
  }

  /**
   * Returns the names, comma-separated: {@code id, name, version}.
   *
   * @return the names
   */
  public String names() {
    return names;
  }

  /**
   * Returns the names qualified by a table alias: {@code f.id, f.name, f.version}.
   *
   * @param alias the alias, or empty for none
   * @return the names
   */
  public String names(String alias) {
    StringJoiner out = new StringJoiner(", ");
    for (C c : columns) {
      out.add(alias.isEmpty() ? name(c) : alias + "." + name(c));
    }
    return out.toString();
  }

  /**
   * Returns one expression per column, each named after its column: {@code expr AS name, ...}.
   * The members of a {@code UNION ALL} that maps several tables onto these columns use it.
   *
   * @param expressions one SQL expression per column, in the list's order
   * @return the select list
   * @throws IllegalArgumentException if there is not one expression per column
   */
  public String as(String... expressions) {
    if (expressions.length != columns.size()) {
      throw new IllegalArgumentException("one expression per column of " + names());
    }
    StringJoiner out = new StringJoiner(", ");
    for (int i = 0; i < expressions.length; i++) {
      out.add(expressions[i] + " AS " + name(columns.get(i)));
    }
    return out.toString();
  }

  /**
   * Returns one placeholder per column: {@code ?, ?, ?}.
   *
   * @return the placeholders
   */
  public String placeholders() {
    StringJoiner out = new StringJoiner(", ");
    for (int i = 0; i < columns.size(); i++) {
      out.add("?");
    }
    return out.toString();
  }

  /**
   * Returns the assignments of an {@code UPDATE}: {@code name = ?, version = ?}.
   *
   * @return the assignments
   */
  public String assignments() {
    StringJoiner out = new StringJoiner(", ");
    for (C c : columns) {
      out.add(name(c) + " = ?");
    }
    return out.toString();
  }
}
