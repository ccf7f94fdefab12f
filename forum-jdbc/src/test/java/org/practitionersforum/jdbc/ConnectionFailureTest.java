package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.jdbc.internal.SqlErrors.SanitizedFailure;

/**
 * A connection that cannot be had is reported at once, typed, and never retried: an exhausted pool
 * (it has already waited its time-out), a closed pool, and a host's connection provider that
 * returns null or throws its own runtime exception. A provider whose release fails changes nothing
 * of the unit's outcome. No message or cause carries the driver's or provider's text.
 */
class ConnectionFailureTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));
  private static final String SECRET = "jdbc:h2:mem:secret-address;user=someone";

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

  /** A pool of one connection that gives up waiting for it after 250 ms. */
  private static HikariDataSource poolOfOne(String name) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    c.setUsername("sa");
    c.setPassword("");
    c.setMaximumPoolSize(1);
    c.setMinimumIdle(0);
    c.setConnectionTimeout(250);
    return new HikariDataSource(c);
  }

  /** Counts the connections asked of a data source. */
  private static DataSource counting(DataSource target, AtomicInteger asked) {
    return WatchedDataSource.watch(
        target,
        (on, sql, method, args) -> {
          if (on instanceof DataSource && method.getName().equals("getConnection")) {
            asked.incrementAndGet();
          }
        });
  }

  private static ForumSdk sdk(JdbcForumStorage storage, List<ForumEvent> events) {
    return ForumSdk.builder().storage(storage).listener(events::add).build();
  }

  private static void assertSanitised(ConnectionUnavailableException e) {
    assertThat(e.retryable()).isFalse();
    assertThat(e.retryableByHostOnly()).isFalse();
    assertThat(e.getMessage())
        .contains("connection")
        .doesNotContain("secret")
        .doesNotContain("jdbc:")
        .doesNotContain("someone");
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      assertThat(t.getMessage())
          .doesNotContain("secret")
          .doesNotContain("jdbc:")
          .doesNotContain("someone");
    }
  }

  @Test
  void anExhaustedPoolFailsAtOnceAfterOneAcquireAttempt() throws SQLException {
    try (HikariDataSource pool = poolOfOne("exhausted")) {
      AtomicInteger asked = new AtomicInteger();
      JdbcForumStorage storage =
          JdbcForumStorage.builder().dataSource(counting(pool, asked)).tablePrefix("pool_").build();
      storage.migrate();
      asked.set(0);
      List<ForumEvent> events = new ArrayList<>();
      try (Connection held = pool.getConnection()) {
        assertThat(held.isValid(1)).isTrue();
        ConnectionUnavailableException e =
            catchThrowableOfType(
                ConnectionUnavailableException.class,
                () -> sdk(storage, events).practitioners().register(ADMIN, profile("p")));
        assertSanitised(e);
        assertThat(e).hasCauseInstanceOf(SanitizedFailure.class);
      }
      assertThat(asked).hasValue(1);
      assertThat(events).isEmpty();
      // The connection back in the pool, the same SDK works.
      sdk(storage, events).practitioners().register(ADMIN, profile("p"));
      assertThat(asked).hasValue(2);
    }
  }

  @Test
  void aClosedPoolFailsAtOnceAfterOneAcquireAttempt() {
    HikariDataSource pool = poolOfOne("closed");
    AtomicInteger asked = new AtomicInteger();
    JdbcForumStorage storage =
        JdbcForumStorage.builder()
            .dataSource(counting(pool, asked))
            .tablePrefix("pool_")
            .dialect(Dialect.H2)
            .build();
    pool.close();
    ConnectionUnavailableException e =
        catchThrowableOfType(
            ConnectionUnavailableException.class,
            () -> sdk(storage, new ArrayList<>()).practitioners().register(ADMIN, profile("p")));
    assertSanitised(e);
    assertThat(asked).hasValue(1);
  }

  /** A host's provider that misbehaves: returns null, or throws its own runtime exception. */
  private static final class BrokenProvider implements ConnectionProvider {
    final RuntimeException toThrow;
    int acquired;

    BrokenProvider(RuntimeException toThrow) {
      this.toThrow = toThrow;
    }

    @Override
    public Connection acquire() {
      acquired++;
      if (toThrow != null) {
        throw toThrow;
      }
      return null;
    }

    @Override
    public void release(Connection connection) {
      throw new IllegalStateException("no release expected");
    }
  }

  @Test
  void aProviderReturningNullGivesTheTypedErrorOnce() {
    BrokenProvider provider = new BrokenProvider(null);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().hostTransactions(provider).dialect(Dialect.H2).build();
    ConnectionUnavailableException e =
        catchThrowableOfType(
            ConnectionUnavailableException.class,
            () -> sdk(storage, new ArrayList<>()).practitioners().register(ADMIN, profile("p")));
    assertSanitised(e);
    assertThat(e).hasNoCause();
    assertThat(provider.acquired).isEqualTo(1);
  }

  @Test
  void aProviderThrowingItsOwnRuntimeExceptionGivesTheTypedErrorWithASanitisedCause() {
    IllegalStateException own = new IllegalStateException("pool for " + SECRET + " is gone");
    own.initCause(new RuntimeException(SECRET));
    BrokenProvider provider = new BrokenProvider(own);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().hostTransactions(provider).dialect(Dialect.H2).build();
    ConnectionUnavailableException e =
        catchThrowableOfType(
            ConnectionUnavailableException.class,
            () -> sdk(storage, new ArrayList<>()).practitioners().register(ADMIN, profile("p")));
    assertSanitised(e);
    assertThat(e.getCause())
        .isInstanceOf(SanitizedFailure.class)
        .hasMessage(IllegalStateException.class.getName())
        .hasNoCause();
    assertThat(e.getCause().getStackTrace()).isEqualTo(own.getStackTrace());
    assertThat(provider.acquired).isEqualTo(1);
  }

  @Test
  void aProviderWhoseReleaseFailsLeavesTheUnitsOutcomeStanding() throws SQLException {
    DataSource ds = EmbeddedDatabases.h2("release");
    JdbcForumStorage.builder().dataSource(ds).tablePrefix("rel_").build().migrate();
    List<Connection> open = new ArrayList<>();
    ConnectionProvider provider =
        new ConnectionProvider() {
          @Override
          public Connection acquire() throws SQLException {
            Connection c = ds.getConnection();
            open.add(c);
            return c;
          }

          @Override
          public void release(Connection connection) throws SQLException {
            connection.close();
            throw new IllegalStateException("release failed for " + SECRET);
          }
        };
    JdbcForumStorage storage =
        JdbcForumStorage.builder().hostTransactions(provider).tablePrefix("rel_").build();
    List<ForumEvent> events = new ArrayList<>();
    PractitionerProfile stored = sdk(storage, events).practitioners().register(ADMIN, profile("p"));
    assertThat(stored.id()).isEqualTo(PractitionerId.of("p"));
    Optional<PractitionerProfile> found =
        storage.inTransaction(tx -> tx.practitioners().find(PractitionerId.of("p")));
    assertThat(found).isPresent();
    assertThat(open).isNotEmpty().allMatch(c -> isClosed(c));
  }

  private static boolean isClosed(Connection c) {
    try {
      return c.isClosed();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
