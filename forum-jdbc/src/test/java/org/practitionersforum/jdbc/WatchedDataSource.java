package org.practitionersforum.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Wraps a data source so that a watcher sees every call made on it and on the connections and
 * statements it hands out, just before the call runs: to fail a chosen statement, or to record what
 * ran.
 */
final class WatchedDataSource {
  private WatchedDataSource() {}

  /** Sees a call before it runs. */
  @FunctionalInterface
  interface Watcher {
    /**
     * Sees a call.
     *
     * @param target the data source, connection or statement called
     * @param sql the SQL a prepared statement was prepared with; null for any other target
     * @param method the method called
     * @param args its arguments (null when it has none)
     * @throws SQLException to fail the call instead of running it
     */
    void before(Object target, String sql, Method method, Object[] args) throws SQLException;
  }

  /**
   * Wraps a data source.
   *
   * @param target the data source to wrap
   * @param watcher the watcher of every call
   * @return the watched data source
   */
  static DataSource watch(DataSource target, Watcher watcher) {
    return proxy(DataSource.class, target, null, watcher);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, String sql, Watcher watcher) {
    InvocationHandler h =
        (p, method, args) -> {
          watcher.before(target, sql, method, args);
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Connection c) {
            return proxy(Connection.class, c, null, watcher);
          }
          if (result instanceof PreparedStatement ps) {
            String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            return proxy(PreparedStatement.class, ps, text, watcher);
          }
          if (result instanceof Statement s) {
            return proxy(Statement.class, s, null, watcher);
          }
          return result;
        };
    return (T)
        Proxy.newProxyInstance(WatchedDataSource.class.getClassLoader(), new Class<?>[] {type}, h);
  }
}
