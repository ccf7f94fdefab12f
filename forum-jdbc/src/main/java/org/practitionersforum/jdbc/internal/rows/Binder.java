package org.practitionersforum.jdbc.internal.rows;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds one row's parameters to a statement. */
@FunctionalInterface
public interface Binder {
  /**
   * Binds the parameters.
   *
   * @param ps the statement
   * @throws SQLException if the driver fails
   */
  void bind(PreparedStatement ps) throws SQLException;
}
