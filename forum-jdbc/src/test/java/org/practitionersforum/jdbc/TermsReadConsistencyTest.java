package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.testkit.TermsGenerators;

/**
 * A read of a forum's terms is several statements: the version rows, then their child rows (on H2 a
 * table at a time). Under READ COMMITTED another unit can commit between them. Here one does,
 * exactly then, every time: the read must still return one whole version of the terms (the newer),
 * never the old version rows with the new child rows.
 */
class TermsReadConsistencyTest {

  /** Runs a task, once, just before the first statement that reads terms items is executed. */
  static final class Interleaving {
    final AtomicBoolean armed = new AtomicBoolean();
    volatile Runnable task;
    final DataSource dataSource;

    Interleaving(DataSource target) {
      this.dataSource = proxy(DataSource.class, target, null);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, Object target, String sql) {
      InvocationHandler h =
          (p, method, args) -> {
            if (sql != null
                && method.getName().equals("executeQuery")
                && sql.contains("terms_item")
                && armed.compareAndSet(true, false)) {
              // Another connection, another thread: a unit committing between our statements.
              CompletableFuture.runAsync(task).join();
            }
            Object result;
            try {
              result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            if (result instanceof Connection) {
              return proxy(Connection.class, result, null);
            }
            if (result instanceof PreparedStatement
                && args != null
                && args[0] instanceof String s) {
              return proxy(PreparedStatement.class, result, s);
            }
            return result;
          };
      return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Dialect.class,
      names = {"H2", "POSTGRESQL"})
  void aChangeCommittedBetweenTheStatementsIsReadWhole(Dialect dialect) {
    DataSource target =
        dialect == Dialect.H2 ? EmbeddedDatabases.h2("torn") : EmbeddedDatabases.postgres();
    Interleaving interleaving = new Interleaving(target);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(interleaving.dataSource).tablePrefix("torn_").build();
    storage.migrate();
    for (int seed = 0; seed < 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      ForumId forum = ForumId.of("torn-" + dialect + "-" + seed);
      ForumTerms first =
          storage.inTransaction(tx -> tx.terms().insert(TermsGenerators.forumTerms(random, forum)));
      ForumTerms replacement =
          ForumTerms.builder()
              .from(TermsGenerators.forumTerms(random, forum))
              .version(first.version())
              .build();
      ForumTerms[] committed = new ForumTerms[1];
      interleaving.task =
          () -> committed[0] = storage.inTransaction(tx -> tx.terms().update(replacement));
      interleaving.armed.set(true);

      ForumTerms read = storage.inTransaction(tx -> tx.terms().find(forum)).orElseThrow();

      assertThat(interleaving.armed)
          .as("the change was committed between the statements")
          .isFalse();
      assertThat(read).isEqualTo(committed[0]);
    }
  }
}
