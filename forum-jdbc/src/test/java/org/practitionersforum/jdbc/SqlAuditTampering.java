package org.practitionersforum.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.tck.AuditTampering;

/** Tampers with the audit table with raw SQL, as someone with write access to the database. */
final class SqlAuditTampering implements AuditTampering {
  private final DataSource dataSource;
  private final String table;

  SqlAuditTampering(DataSource dataSource, String prefix) {
    this.dataSource = dataSource;
    this.table = prefix + "audit_record";
  }

  @Override
  public void alterOutcome(AggregateRef chain, long sequence, String outcome) {
    run("UPDATE " + table + " SET outcome = ? WHERE " + KEY, outcome, chain, sequence);
  }

  @Override
  public void delete(AggregateRef chain, long sequence) {
    run("DELETE FROM " + table + " WHERE " + KEY, null, chain, sequence);
  }

  @Override
  public void swap(AggregateRef chain, long first, long second) {
    long parked = 1_000_000_000L + first;
    renumber(chain, first, parked);
    renumber(chain, second, first);
    renumber(chain, parked, second);
  }

  @Override
  public void truncate(AggregateRef chain, long fromSequence) {
    run(
        "DELETE FROM "
            + table
            + " WHERE aggregate_kind = ? AND aggregate_id = ? AND sequence_number >= ?",
        null,
        chain,
        fromSequence);
  }

  private static final String KEY =
      "aggregate_kind = ? AND aggregate_id = ? AND sequence_number = ?";

  private void renumber(AggregateRef chain, long from, long to) {
    run("UPDATE " + table + " SET sequence_number = " + to + " WHERE " + KEY, null, chain, from);
  }

  private void run(String sql, String value, AggregateRef chain, long sequence) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 0;
      if (value != null) {
        ps.setString(++i, value);
      }
      ps.setString(++i, chain.kind().name());
      ps.setString(++i, chain.id());
      ps.setLong(++i, sequence);
      if (ps.executeUpdate() == 0) {
        throw new IllegalStateException("no audit record was changed");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not tamper with the audit trail", e);
    }
  }
}
