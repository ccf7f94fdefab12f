package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.internal.Migrator;
import org.practitionersforum.jdbc.internal.SqlErrors.SanitizedSqlFailure;

/** Configuration, migrations, host transactions and error translation, on all three databases. */
class JdbcForumStorageTest {

  private static PractitionerProfile profile(String id) {
    return PractitionerProfile.builder()
        .id(PractitionerId.of(id))
        .discipline(Discipline.NURSING)
        .specialism(Specialism.ADULTS)
        .base(BaseId.of("b"))
        .organisation(OrganisationId.of("o"))
        .locality(LocalityId.of("l"))
        .build();
  }

  private static Optional<PractitionerProfile> find(JdbcForumStorage storage, PractitionerId id) {
    return storage.inTransaction(tx -> tx.practitioners().find(id));
  }

  private static List<DataSource> databases() {
    return List.of(
        EmbeddedDatabases.h2("config"), EmbeddedDatabases.postgres(), EmbeddedDatabases.mariadb());
  }

  @Test
  void migrateIsIdempotentAndDetectsTheDialect() {
    List<Dialect> expected = List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB);
    for (int i = 0; i < 3; i++) {
      JdbcForumStorage storage =
          JdbcForumStorage.builder().dataSource(databases().get(i)).tablePrefix("idem_").build();
      assertThat(storage.dialect()).isEqualTo(expected.get(i));
      assertThat(storage.migrate()).isEqualTo(Migrator.MIGRATIONS.size());
      assertThat(storage.migrate()).isZero();
      storage.inTransaction(tx -> tx.practitioners().insert(profile("p")));
      assertThat(find(storage, PractitionerId.of("p"))).isPresent();
    }
  }

  @Test
  void schemaAndPrefixKeepTablesApart() {
    for (DataSource ds : databases()) {
      JdbcForumStorage a =
          JdbcForumStorage.builder().dataSource(ds).schema("care_a").tablePrefix("x_").build();
      JdbcForumStorage b =
          JdbcForumStorage.builder().dataSource(ds).schema("care_b").tablePrefix("x_").build();
      a.migrate();
      b.migrate();
      a.inTransaction(tx -> tx.practitioners().insert(profile("only-in-a")));
      assertThat(find(b, PractitionerId.of("only-in-a"))).isEmpty();
      assertThat(find(a, PractitionerId.of("only-in-a"))).isPresent();
    }
  }

  @Test
  void badConfigurationIsRefused() {
    assertThatThrownBy(() -> JdbcForumStorage.builder().tablePrefix("x; DROP TABLE y"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> JdbcForumStorage.builder().schema("Bad-Schema"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> JdbcForumStorage.builder().build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void missingTablesGiveATypedErrorWithoutSqlText() {
    for (DataSource ds : databases()) {
      JdbcForumStorage storage =
          JdbcForumStorage.builder().dataSource(ds).tablePrefix("never_migrated_").build();
      assertThatThrownBy(
              () ->
                  storage.inTransaction(tx -> tx.practitioners().find(PractitionerId.of("p'; --"))))
          .isInstanceOf(StorageException.class)
          .matches(e -> !((StorageException) e).retryable())
          .hasMessageContaining("SQLState")
          .hasMessageNotContaining("SELECT")
          .hasMessageNotContaining("p';")
          .hasRootCauseInstanceOf(SanitizedSqlFailure.class);
    }
  }

  /** A connection provider handing out one connection in the host's own transaction. */
  private static final class HostConnection implements ConnectionProvider {
    final Connection connection;

    HostConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Connection acquire() {
      return connection;
    }

    @Override
    public void release(Connection c) {
      // The host closes its own connection.
    }
  }

  private static int hostRows(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM host_audit");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void joinsTheHostTransaction() throws SQLException {
    for (DataSource ds : databases()) {
      JdbcForumStorage.builder().dataSource(ds).tablePrefix("host_").build().migrate();
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS host_audit (note VARCHAR(50))");
        s.execute("DELETE FROM host_audit");
        c.setAutoCommit(false);
        JdbcForumStorage storage =
            JdbcForumStorage.builder()
                .hostTransactions(new HostConnection(c))
                .tablePrefix("host_")
                .build();

        // The host rolls back: its row and ours are gone together.
        s.executeUpdate("INSERT INTO host_audit VALUES ('one')");
        storage.inTransaction(tx -> tx.practitioners().insert(profile("rolled-back")));
        c.rollback();
        assertThat(hostRows(c)).isZero();
        assertThat(find(storage, PractitionerId.of("rolled-back"))).isEmpty();

        // Our unit fails: only our writes are undone, the host's stay, and the host commits.
        s.executeUpdate("INSERT INTO host_audit VALUES ('two')");
        assertThatThrownBy(
                () ->
                    storage.inTransaction(
                        tx -> {
                          tx.practitioners().insert(profile("failed"));
                          throw new IllegalStateException("the work failed");
                        }))
            .isInstanceOf(IllegalStateException.class);
        storage.inTransaction(tx -> tx.practitioners().insert(profile("kept")));
        c.commit();
        assertThat(hostRows(c)).isEqualTo(1);
        assertThat(find(storage, PractitionerId.of("failed"))).isEmpty();
        assertThat(find(storage, PractitionerId.of("kept"))).isPresent();
        c.commit();
      }
    }
  }

  /** Counts the calls a connection receives that begin and end transactions. */
  private static final class TransactionCalls implements ConnectionProvider {
    final DataSource target;
    int autoCommitOff;
    int commits;
    int rollbacks;
    int open;

    TransactionCalls(DataSource target) {
      this.target = target;
    }

    @Override
    public Connection acquire() throws SQLException {
      Connection c = target.getConnection();
      open++;
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setAutoCommit" -> autoCommitOff += Boolean.FALSE.equals(args[0]) ? 1 : 0;
                  case "commit" -> commits++;
                  case "rollback" -> rollbacks++;
                  case "close" -> open--;
                  default -> {}
                }
                try {
                  return method.invoke(c, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    @Override
    public void release(Connection c) throws SQLException {
      assertThat(c.getAutoCommit()).as("auto-commit is as the unit found it").isTrue();
      c.close();
    }
  }

  @Test
  void aUnitThatOnlyReadsNeedsNoTransactionAndOneThatWritesCommits() {
    for (DataSource ds : databases()) {
      JdbcForumStorage.builder().dataSource(ds).tablePrefix("lazy_").build().migrate();
      TransactionCalls calls = new TransactionCalls(ds);
      JdbcForumStorage storage =
          JdbcForumStorage.builder().hostTransactions(calls).tablePrefix("lazy_").build();
      String id = "lazy-" + System.nanoTime();
      assertThat(find(storage, PractitionerId.of(id))).isEmpty();
      assertThat(calls.autoCommitOff + calls.commits + calls.rollbacks).isZero();
      // Reads, then writes: the transaction begins at the write and is committed.
      storage.inTransaction(
          tx -> {
            tx.practitioners().find(PractitionerId.of(id));
            return tx.practitioners().insert(profile(id));
          });
      assertThat(calls.autoCommitOff).isEqualTo(1);
      assertThat(calls.commits).isEqualTo(1);
      // A failed write is rolled back; a failed read has nothing to roll back.
      assertThatThrownBy(() -> storage.inTransaction(tx -> tx.practitioners().insert(profile(id))))
          .isInstanceOf(DuplicateException.class);
      assertThat(calls.rollbacks).isEqualTo(1);
      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      tx -> {
                        tx.practitioners().find(PractitionerId.of(id));
                        throw new IllegalStateException("the work failed");
                      }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(calls.rollbacks).isEqualTo(1);
      assertThat(find(storage, PractitionerId.of(id))).isPresent();
      assertThat(calls.commits).isEqualTo(1);
      assertThat(calls.open).isZero();
    }
  }
}
