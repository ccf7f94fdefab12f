package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.MemberJoined;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.core.ForumSdk;

/**
 * Two host transactions race to join one forum, on PostgreSQL under SERIALIZABLE and on MariaDB
 * under REPEATABLE READ: the loser's unit of work runs once and fails at once with a failure only
 * the host can retry, because its transaction cannot succeed as it stands; the host rolls back,
 * runs its transaction again, and the join succeeds.
 */
class HostTransactionRetryTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
  private static final ForumId FORUM = ForumId.of("raced");

  /** A database with the strictest isolation its hosts use for this. */
  enum Database {
    POSTGRESQL(Connection.TRANSACTION_SERIALIZABLE),
    MARIADB(Connection.TRANSACTION_REPEATABLE_READ);

    final int isolation;

    Database(int isolation) {
      this.isolation = isolation;
    }

    DataSource dataSource() {
      return this == POSTGRESQL ? EmbeddedDatabases.postgres() : EmbeddedDatabases.mariadb();
    }
  }

  /** The host's connection in its own transaction, counting the units of work that acquire it. */
  private static final class HostConnection implements ConnectionProvider {
    final Connection connection;
    int acquired;

    HostConnection(DataSource ds, int isolation) throws SQLException {
      this.connection = ds.getConnection();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(isolation);
    }

    @Override
    public Connection acquire() {
      acquired++;
      return connection;
    }

    @Override
    public void release(Connection c) {
      // The host ends its transaction and closes its connection.
    }
  }

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

  private static ForumSdk sdk(ConnectionProvider provider, List<ForumEvent> events) {
    return ForumSdk.builder()
        .storage(
            JdbcForumStorage.builder().hostTransactions(provider).tablePrefix("hostrace_").build())
        .clock(CLOCK)
        .listener(events::add)
        .build();
  }

  private static void empty(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : JdbcStorageContractSupport.TABLES) {
        s.executeUpdate("DELETE FROM hostrace_" + table);
      }
    }
  }

  /** Starts the transaction's snapshot, as a host's own read at its start would. */
  private static void hostReads(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM hostrace_forum")) {
      rs.next();
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void theLosersUnitRunsOnceAndFailsAtOnceForTheHostToRetry(Database db) throws SQLException {
    DataSource ds = db.dataSource();
    JdbcForumStorage setup =
        JdbcForumStorage.builder().dataSource(ds).tablePrefix("hostrace_").build();
    setup.migrate();
    empty(ds);
    ForumSdk direct = ForumSdk.builder().storage(setup).clock(CLOCK).build();
    direct.practitioners().register(ADMIN, profile("winner"));
    direct.practitioners().register(ADMIN, profile("loser"));
    direct
        .forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(FORUM)
                .name("Raced forum")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("b"))
                .locality(LocalityId.of("l"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    PractitionerId winner = PractitionerId.of("winner");
    PractitionerId loser = PractitionerId.of("loser");

    HostConnection first = new HostConnection(ds, db.isolation);
    HostConnection second = new HostConnection(ds, db.isolation);
    try {
      List<ForumEvent> events = new ArrayList<>();
      hostReads(second.connection);
      sdk(first, events).forums().join(Actor.practitioner(winner), FORUM, winner);
      first.connection.commit();

      StorageException lost =
          catchThrowableOfType(
              StorageException.class,
              () -> sdk(second, events).forums().join(Actor.practitioner(loser), FORUM, loser));
      assertThat(lost.retryable()).isTrue();
      assertThat(lost.retryableByHostOnly()).isTrue();
      assertThat(second.acquired).as("the loser's unit of work ran once").isEqualTo(1);

      // The host retries its whole transaction.
      second.connection.rollback();
      hostReads(second.connection);
      Forum joined = sdk(second, events).forums().join(Actor.practitioner(loser), FORUM, loser);
      second.connection.commit();
      assertThat(joined.memberIds()).containsExactlyInAnyOrder(winner, loser);
      assertThat(second.acquired).isEqualTo(2);
      // The provider gives no commit hook: the committed events wait in the outbox until the
      // recovery pass, and nothing of the loser's failed attempt is among them.
      assertThat(events).isEmpty();
      sdk(second, events).outbox().deliverPending();
      assertThat(events)
          .filteredOn(e -> e.forum().equals(FORUM))
          .filteredOn(MemberJoined.class::isInstance)
          .extracting(e -> ((MemberJoined) e).practitioner())
          .containsExactly(winner, loser);
    } finally {
      first.connection.rollback();
      second.connection.rollback();
      first.connection.close();
      second.connection.close();
    }
  }
}
