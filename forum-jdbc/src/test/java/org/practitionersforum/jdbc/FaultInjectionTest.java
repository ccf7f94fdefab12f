package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.forum.Composition;
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
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.testkit.SessionGenerators;
import org.practitionersforum.testkit.TermsGenerators;

/**
 * Fails the k-th statement of a workflow, for every k, and proves that no partial state is ever
 * left: after each failure the tables hold exactly what some whole number of completed units of
 * work wrote, and the failure surfaces as a typed error.
 */
class FaultInjectionTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  /** A data source whose statements fail at the k-th execution (counting from 1); 0 never fails. */
  static final class FailingDataSource {
    final AtomicInteger executed = new AtomicInteger();
    volatile int failAt;
    final DataSource dataSource;

    FailingDataSource(DataSource target) {
      this.dataSource =
          WatchedDataSource.watch(
              target,
              (statement, sql, method, args) -> {
                if (method.getName().startsWith("execute")
                    && statement instanceof Statement
                    && executed.incrementAndGet() == failAt) {
                  throw new SQLException("injected failure", "08006");
                }
              });
    }
  }

  /**
   * Registers profiles, proposes a forum, has members join and one leave, starts and ends
   * facilitation; runs {@code afterEach} after every command.
   */
  static void workflow(ForumSdk sdk, Runnable afterEach) {
    for (int i = 0; i < 5; i++) {
      sdk.practitioners()
          .register(
              ADMIN,
              PractitionerProfile.builder()
                  .id(PractitionerId.of("p" + i))
                  .discipline(i % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.NURSING)
                  .specialism(Specialism.ADULTS)
                  .base(BaseId.of("b"))
                  .organisation(OrganisationId.of("o"))
                  .locality(LocalityId.of("l"))
                  .build());
      afterEach.run();
    }
    ForumId id = ForumId.of("f");
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(id)
                .name("Forum")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("b"))
                .locality(LocalityId.of("l"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    afterEach.run();
    for (int i = 0; i < 5; i++) {
      PractitionerId p = PractitionerId.of("p" + i);
      sdk.forums().join(Actor.practitioner(p), id, p);
      afterEach.run();
    }
    sdk.forums().startFacilitation(ADMIN, id, PersonId.of("fac"));
    afterEach.run();
    PractitionerId leaver = PractitionerId.of("p2");
    sdk.forums().leave(Actor.practitioner(leaver), id, leaver);
    afterEach.run();
    sdk.forums().endFacilitation(Actor.practitioner(PractitionerId.of("p0")), id, "we are ready");
    afterEach.run();
  }

  /**
   * Through the SPI: drafts terms and opens them, has three parties agree one unit of work each,
   * puts them in force, drafts an amendment, and records a session and corrects its attendance;
   * runs {@code afterEach} after every unit of work.
   */
  static void termsWorkflow(JdbcForumStorage storage, Runnable afterEach) {
    ForumId forum = ForumId.of("f");
    TermsVersion draft =
        TermsVersion.builder()
            .from(TermsGenerators.version(new SplittableRandom(1), 1, TermsStatus.OPEN))
            .agreements(List.of())
            .objections(List.of())
            .round(1)
            .build();
    storage.inTransaction(
        tx -> tx.terms().insert(ForumTerms.builder().forum(forum).addVersions(draft).build()));
    afterEach.run();
    for (int i = 0; i < 3; i++) {
      PersonId party = PersonId.of("p" + i);
      Instant at = Instant.parse("2026-01-05T10:00:00Z").plusSeconds(i);
      storage.inTransaction(
          tx -> {
            ForumTerms terms = tx.terms().find(forum).orElseThrow();
            TermsVersion v = terms.versions().get(0);
            return tx.terms()
                .update(
                    terms.with(
                        TermsVersion.builder()
                            .from(v)
                            .addAgreements(
                                Agreement.builder()
                                    .party(party)
                                    .role(PartyRole.MEMBER)
                                    .version(1)
                                    .hash(v.hash())
                                    .round(1)
                                    .at(at)
                                    .build())
                            .build()));
          });
      afterEach.run();
    }
    storage.inTransaction(
        tx -> {
          ForumTerms terms = tx.terms().find(forum).orElseThrow();
          TermsVersion inForce =
              TermsVersion.builder()
                  .from(terms.versions().get(0))
                  .status(TermsStatus.IN_FORCE)
                  .inForceAt(Instant.parse("2026-01-06T10:00:00Z"))
                  .build();
          ForumTerms now = terms.with(inForce);
          TermsVersion amendment =
              TermsGenerators.version(new SplittableRandom(2), 2, TermsStatus.DRAFT);
          return tx.terms()
              .update(
                  ForumTerms.builder()
                      .from(now)
                      .addVersions(
                          TermsVersion.builder()
                              .from(amendment)
                              .agreements(List.of())
                              .objections(List.of())
                              .round(0)
                              .build())
                      .build());
        });
    afterEach.run();
    Session session =
        Session.builder()
            .from(SessionGenerators.session(new SplittableRandom(3)))
            .id(SessionId.of("s"))
            .forum(forum)
            .build();
    storage.inTransaction(tx -> tx.sessions().insert(session));
    afterEach.run();
    storage.inTransaction(
        tx -> {
          Session read = tx.sessions().find(session.id()).orElseThrow();
          return tx.sessions()
              .update(
                  Session.builder()
                      .from(read)
                      .attendance(
                          List.of(
                              Attendance.of(PractitionerId.of("p0"), AttendanceStatus.PRESENT),
                              Attendance.of(PractitionerId.of("p1"), AttendanceStatus.APOLOGIES)))
                      .build());
        });
    afterEach.run();
  }

  /** Every row of every table, as text, in a stable order. */
  static String dump(DataSource ds) {
    StringBuilder out = new StringBuilder();
    try (Connection c = ds.getConnection()) {
      for (String table : JdbcStorageContractSupport.TABLES) {
        // Audit records carry random salts, so their digests and hashes differ from run to run:
        // they are compared by the columns a run decides.
        String columns =
            table.equals("audit_record")
                ? "aggregate_kind, aggregate_id, sequence_number, operation, actor_role, actor_id,"
                    + " organisation_id, recorded_at, outcome"
                : "*";
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + columns + " FROM fi_" + table + " ORDER BY 1, 2");
            ResultSet rs = ps.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            out.append(table);
            for (int i = 1; i <= n; i++) {
              out.append('|').append(rs.getString(i));
            }
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  static void empty(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : JdbcStorageContractSupport.TABLES) {
        s.executeUpdate("DELETE FROM fi_" + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ForumSdk sdk(DataSource ds) {
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(ds).tablePrefix("fi_").dialect(Dialect.H2).build();
    return ForumSdk.builder()
        .storage(storage)
        .clock(Clock.fixed(Instant.parse("2026-01-05T10:00:00.123456789Z"), ZoneOffset.UTC))
        .build();
  }

  @Test
  void failingAnyStatementLeavesOnlyWholeUnitsOfWork() {
    DataSource raw = EmbeddedDatabases.h2("faults");
    JdbcForumStorage.builder().dataSource(raw).tablePrefix("fi_").build().migrate();
    FailingDataSource failing = new FailingDataSource(raw);

    List<String> clean = new ArrayList<>();
    clean.add(dump(raw));
    workflow(sdk(failing.dataSource), () -> clean.add(dump(raw)));
    int statements = failing.executed.get();
    assertThat(statements).isGreaterThan(20);

    for (int k = 1; k <= statements; k++) {
      empty(raw);
      failing.executed.set(0);
      failing.failAt = k;
      List<String> seen = new ArrayList<>();
      seen.add(dump(raw));
      // The services retry a retryable failure; a lost connection is retryable, so the workflow may
      // complete. Whether it does or not, every state seen must be one of the clean run's states.
      try {
        workflow(sdk(failing.dataSource), () -> seen.add(dump(raw)));
      } catch (ForumException e) {
        assertThat(e).isInstanceOf(StorageException.class);
        assertThat(e.getMessage())
            .doesNotContain("injected")
            .doesNotContain("SELECT")
            .doesNotContain("INSERT");
      }
      assertThat(clean).as("states after failing statement %d", k).containsAll(seen);
      assertThat(clean).contains(dump(raw));
    }
    failing.failAt = 0;
  }

  @Test
  void failingAnyStatementOfATermsAndSessionWorkflowLeavesOnlyWholeUnitsOfWork() {
    DataSource raw = EmbeddedDatabases.h2("faults3");
    JdbcForumStorage.builder().dataSource(raw).tablePrefix("fi_").build().migrate();
    FailingDataSource failing = new FailingDataSource(raw);
    JdbcForumStorage storage =
        JdbcForumStorage.builder()
            .dataSource(failing.dataSource)
            .tablePrefix("fi_")
            .dialect(Dialect.H2)
            .build();

    List<String> clean = new ArrayList<>();
    clean.add(dump(raw));
    termsWorkflow(storage, () -> clean.add(dump(raw)));
    int statements = failing.executed.get();
    assertThat(statements).isGreaterThan(15);
    assertThat(clean).doesNotHaveDuplicates();

    for (int k = 1; k <= statements; k++) {
      empty(raw);
      failing.executed.set(0);
      failing.failAt = k;
      List<String> seen = new ArrayList<>();
      seen.add(dump(raw));
      int failAt = k;
      assertThatThrownBy(() -> termsWorkflow(storage, () -> seen.add(dump(raw))))
          .as("failing statement %d", failAt)
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> {
                assertThat(e.retryable()).isTrue();
                assertThat(e.getMessage())
                    .doesNotContain("injected")
                    .doesNotContain("SELECT")
                    .doesNotContain("INSERT");
              });
      assertThat(clean).as("states after failing statement %d", k).containsAll(seen);
      assertThat(clean).contains(dump(raw));
      assertThat(seen)
          .as("whole units of work before the failure only")
          .isEqualTo(clean.subList(0, seen.size()));
    }
    failing.failAt = 0;
  }

  @Test
  void failureInsideAUnitOfWorkRollsBackEverything() {
    DataSource raw = EmbeddedDatabases.h2("faults2");
    JdbcForumStorage.builder().dataSource(raw).tablePrefix("fi_").build().migrate();
    FailingDataSource failing = new FailingDataSource(raw);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(failing.dataSource).tablePrefix("fi_").build();
    String before = dump(raw);
    for (int k = 1; k <= 3; k++) {
      failing.executed.set(0);
      failing.failAt = k;
      assertThatThrownBy(
              () ->
                  storage.inTransaction(
                      tx -> {
                        for (int i = 0; i < 3; i++) {
                          tx.practitioners()
                              .insert(
                                  PractitionerProfile.builder()
                                      .id(PractitionerId.of("x" + i))
                                      .discipline(Discipline.NURSING)
                                      .specialism(Specialism.ADULTS)
                                      .base(BaseId.of("b"))
                                      .organisation(OrganisationId.of("o"))
                                      .locality(LocalityId.of("l"))
                                      .build());
                        }
                        return null;
                      }))
          .isInstanceOf(StorageException.class)
          .matches(e -> ((StorageException) e).retryable())
          .hasNoSuppressedExceptions();
      assertThat(dump(raw)).isEqualTo(before);
    }
  }
}
