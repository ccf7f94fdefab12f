package org.practitionersforum.jdbc.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practitionersforum.jdbc.Dialect;

/**
 * Each database's strategy classifies the failures that database reports exactly as the single
 * expression over all three databases did before the strategies were split, and holds the
 * differences the stores rely on.
 */
class SqlDialectTest {

  /** The classification before the split: one expression mixing all three databases' codes. */
  private static FailureKind before(String state, int code) {
    if ("23505".equals(state)
        || code == 1062
        || code == 1586
        || state.equals("23000") && code == 23505) {
      return FailureKind.DUPLICATE;
    }
    if (state.equals("40001")
        || state.equals("40P01")
        || code == 1213
        || code == 1205
        || code == 40001
        || code == 50200
        || code == 90131
        || state.equals("HYT00")) {
      return FailureKind.TRANSIENT;
    }
    if (state.startsWith("08")) {
      return FailureKind.CONNECTION;
    }
    if (state.startsWith("22") || code == 1406 || code == 1366 || code == 1264) {
      return FailureKind.DATA;
    }
    return FailureKind.OTHER;
  }

  /** A failure as a driver reports it: SQLState and vendor code. */
  private record Failure(String state, int code, FailureKind kind) {}

  /** The failures each database reports, with their kinds. */
  private static final Map<Dialect, List<Failure>> REPORTED =
      Map.of(
          Dialect.H2,
              List.of(
                  new Failure("23505", 23505, FailureKind.DUPLICATE),
                  new Failure("23000", 23505, FailureKind.DUPLICATE),
                  new Failure("40001", 40001, FailureKind.TRANSIENT),
                  new Failure("HYT00", 50200, FailureKind.TRANSIENT),
                  new Failure("90131", 90131, FailureKind.TRANSIENT),
                  new Failure("22001", 22001, FailureKind.DATA),
                  new Failure("22018", 22018, FailureKind.DATA),
                  new Failure("08000", 8000, FailureKind.CONNECTION),
                  new Failure("42S02", 42102, FailureKind.OTHER),
                  new Failure("23503", 23503, FailureKind.OTHER)),
          Dialect.POSTGRESQL,
              List.of(
                  new Failure("23505", 0, FailureKind.DUPLICATE),
                  new Failure("40001", 0, FailureKind.TRANSIENT),
                  new Failure("40P01", 0, FailureKind.TRANSIENT),
                  new Failure("08006", 0, FailureKind.CONNECTION),
                  new Failure("22001", 0, FailureKind.DATA),
                  new Failure("22P05", 0, FailureKind.DATA),
                  new Failure("55P03", 0, FailureKind.OTHER),
                  new Failure("42P01", 0, FailureKind.OTHER),
                  new Failure("23503", 0, FailureKind.OTHER)),
          Dialect.MARIADB,
              List.of(
                  new Failure("23000", 1062, FailureKind.DUPLICATE),
                  new Failure("23000", 1586, FailureKind.DUPLICATE),
                  new Failure("40001", 1213, FailureKind.TRANSIENT),
                  new Failure("HY000", 1205, FailureKind.TRANSIENT),
                  new Failure("22001", 1406, FailureKind.DATA),
                  new Failure("HY000", 1366, FailureKind.DATA),
                  new Failure("22003", 1264, FailureKind.DATA),
                  new Failure("08S01", 0, FailureKind.CONNECTION),
                  new Failure("42S02", 1146, FailureKind.OTHER),
                  new Failure("23000", 1452, FailureKind.OTHER)));

  @Test
  void eachDatabaseClassifiesItsFailuresAsBefore() {
    for (Dialect dialect : Dialect.values()) {
      SqlDialect strategy = SqlDialect.of(dialect);
      for (Failure f : REPORTED.get(dialect)) {
        FailureKind kind = strategy.classify(new SQLException("message", f.state(), f.code()));
        assertThat(kind)
            .as("%s on %s", f, dialect)
            .isEqualTo(f.kind())
            .isEqualTo(before(f.state(), f.code()));
      }
      // A failure without a SQLState, and the lost connection the fault-injection tests raise.
      assertThat(strategy.classify(new SQLException("message"))).isEqualTo(FailureKind.OTHER);
      assertThat(strategy.classify(new SQLException("injected", "08006")))
          .isEqualTo(FailureKind.CONNECTION);
    }
  }

  /**
   * How each database says the server ended or lost the connection, and what only looks like it.
   */
  private static final Map<Dialect, List<Failure>> CONNECTION_ENDED =
      Map.of(
          Dialect.H2,
              List.of(
                  new Failure("90067", 90067, FailureKind.CONNECTION),
                  new Failure("90098", 90098, FailureKind.OTHER)),
          Dialect.POSTGRESQL,
              List.of(
                  new Failure("57P01", 0, FailureKind.CONNECTION),
                  new Failure("57P02", 0, FailureKind.CONNECTION),
                  new Failure("57P03", 0, FailureKind.CONNECTION),
                  new Failure("57P05", 0, FailureKind.CONNECTION),
                  new Failure("08003", 0, FailureKind.CONNECTION),
                  new Failure("57014", 0, FailureKind.OTHER),
                  new Failure("57P04", 0, FailureKind.OTHER)),
          Dialect.MARIADB,
              List.of(
                  new Failure("70100", 1927, FailureKind.CONNECTION),
                  new Failure("08S01", 1053, FailureKind.CONNECTION),
                  new Failure("HY000", 2006, FailureKind.CONNECTION),
                  new Failure("HY000", 2013, FailureKind.CONNECTION),
                  new Failure("08000", -1, FailureKind.CONNECTION),
                  new Failure("70100", 1317, FailureKind.OTHER)));

  @Test
  void aConnectionTheServerEndedIsAConnectionFailure() {
    for (Dialect dialect : Dialect.values()) {
      SqlDialect strategy = SqlDialect.of(dialect);
      for (Failure f : CONNECTION_ENDED.get(dialect)) {
        assertThat(strategy.classify(new SQLException("message", f.state(), f.code())))
            .as("%s on %s", f, dialect)
            .isEqualTo(f.kind());
      }
    }
  }

  @Test
  void theStrategiesHoldWhatDiffers() {
    SqlDialect h2 = SqlDialect.of(Dialect.H2);
    SqlDialect postgres = SqlDialect.of(Dialect.POSTGRESQL);
    SqlDialect mariadb = SqlDialect.of(Dialect.MARIADB);
    assertThat(h2.readsTableByTable()).isTrue();
    assertThat(postgres.readsTableByTable()).isFalse();
    assertThat(mariadb.readsTableByTable()).isFalse();
    assertThat(postgres.findsInForceChildrenByNumber()).isFalse();
    assertThat(h2.findsInForceChildrenByNumber()).isTrue();
    assertThat(postgres.insertUnlessDuplicate("t", "id, a", "id"))
        .isEqualTo("INSERT INTO t (id, a) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
    assertThat(h2.insertUnlessDuplicate("t", "id, a", "id"))
        .isEqualTo("INSERT INTO t (id, a) VALUES (?, ?)");
    assertThat(mariadb.firstRows(1)).isEqualTo(" LIMIT 1");
    assertThat(h2.firstRows(1)).isEqualTo(" FETCH FIRST 1 ROWS ONLY");
    assertThat(mariadb.transactionalDdl()).isFalse();
    assertThat(postgres.transactionalDdl()).isTrue();
    assertThat(mariadb.tableOptions()).contains("utf8mb4_bin");
    assertThat(h2.tableOptions()).isEmpty();
  }
}
