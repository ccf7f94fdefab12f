package org.practitionersforum.jdbc.internal.consultation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.consultation.StatusChange;

/**
 * One recommendation's row beside its round (CR-8): the round's facts repeated, the disposition's
 * kind and day, the days it waited from the close date (at least 0) and the day it was implemented.
 * Days are days since 1970-01-01, UTC.
 */
record RecommendationRow(
    String round,
    String forum,
    int number,
    String organisation,
    String manager,
    String service,
    long opensOn,
    long closesOn,
    String disposition,
    Long disposedOn,
    Long waitDays,
    Long implementedOn) {

  /** A row's key within its round. */
  record Key(String forum, int number) {}

  /** The rows of a round, by key, in the order received. */
  static Map<Key, RecommendationRow> of(ConsultationRound r) {
    Map<Key, RecommendationRow> out = new LinkedHashMap<>();
    for (Recommendation rec : r.recommendations()) {
      Long disposedOn =
          rec.disposedAt()
              .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay())
              .orElse(null);
      Long wait = disposedOn == null ? null : Math.max(0L, disposedOn - r.closesOn().toEpochDay());
      Long implemented = null;
      if (!rec.history().isEmpty()) {
        StatusChange last = rec.history().get(rec.history().size() - 1);
        if (last.status() == ImplementationStatus.IMPLEMENTED) {
          implemented = LocalDate.ofInstant(last.at(), ZoneOffset.UTC).toEpochDay();
        }
      }
      out.put(
          new Key(rec.id().forum().value(), rec.id().number()),
          new RecommendationRow(
              r.id().value(),
              rec.id().forum().value(),
              rec.id().number(),
              r.organisation().value(),
              r.openedBy().value(),
              r.service().map(ServiceId::value).orElse(null),
              r.opensOn().toEpochDay(),
              r.closesOn().toEpochDay(),
              rec.disposition().map(d -> d.kind().name()).orElse(null),
              disposedOn,
              wait,
              implemented));
    }
    return out;
  }

  /** Binds the row to the insert statement. */
  void bind(PreparedStatement ps) throws SQLException {
    ps.setString(1, round);
    ps.setString(2, forum);
    ps.setInt(3, number);
    ps.setString(4, organisation);
    ps.setString(5, manager);
    setString(ps, 6, service);
    ps.setLong(7, opensOn);
    ps.setLong(8, closesOn);
    setString(ps, 9, disposition);
    setLong(ps, 10, disposedOn);
    setLong(ps, 11, waitDays);
    setLong(ps, 12, implementedOn);
  }

  static void setString(PreparedStatement ps, int at, String value) throws SQLException {
    if (value == null) {
      ps.setNull(at, Types.VARCHAR);
    } else {
      ps.setString(at, value);
    }
  }

  static void setLong(PreparedStatement ps, int at, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(at, Types.BIGINT);
    } else {
      ps.setLong(at, value);
    }
  }
}
