package org.practitionersforum.jdbc.internal.practitioner;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.spi.Cohort;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.PractitionerStore;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Params;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * Practitioner profiles as one versioned row each. Profiles are read afresh on every call: the
 * services read them once per command and write them apart from forums. The k-gate's count is one
 * indexed {@code SELECT COUNT(*)}; no profile is loaded for it.
 */
public final class JdbcPractitionerStore implements PractitionerStore {
  private final UnitOfWork uow;
  private final PractitionerStatements sql;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcPractitionerStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().practitioners();
  }

  @Override
  public Optional<PractitionerProfile> find(PractitionerId id) {
    uow.checkOpen();
    Checks.notNull(id, "practitioner id");
    try (PreparedStatement ps = uow.prepare(sql.select)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(PractitionerRowMapper.profile(row(rs))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a practitioner profile", "practitioner profile");
    }
  }

  @Override
  public Map<PractitionerId, PractitionerProfile> findAll(Collection<PractitionerId> ids) {
    uow.checkOpen();
    Checks.noNulls(ids, "practitioner ids");
    List<PractitionerId> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<PractitionerId, PractitionerProfile> out = new HashMap<>();
    try {
      for (int from = 0; from < distinct.size(); from += PractitionerStatements.CHUNK) {
        List<PractitionerId> chunk =
            distinct.subList(from, Math.min(distinct.size(), from + PractitionerStatements.CHUNK));
        try (PreparedStatement ps = uow.prepare(sql.selectIn(chunk.size()))) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i).value());
          }
          try (ResultSet rs = ps.executeQuery()) {
            Row<PractitionerColumn> row = row(rs);
            while (rs.next()) {
              PractitionerProfile p = PractitionerRowMapper.profile(row);
              out.put(p.id(), p);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read practitioner profiles", "practitioner profile");
    }
    return out;
  }

  @Override
  public PractitionerProfile insert(PractitionerProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "practitioner profile");
    if (profile.version() != 0) {
      throw new IllegalArgumentException("a new practitioner profile must be at version 0");
    }
    PractitionerRowMapper.checkStorable(profile);
    try (PreparedStatement ps = uow.prepare(sql.insert)) {
      Params<PractitionerColumn> p = Params.of(ps, PractitionerStatements.PRACTITIONER);
      p.string(PractitionerColumn.ID, profile.id().value()).bigint(PractitionerColumn.VERSION, 1);
      PractitionerRowMapper.bindContent(p, profile);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("a practitioner profile with that id already exists");
      }
      return PractitionerProfile.builder().from(profile).version(1).build();
    } catch (SQLException e) {
      throw uow.failure(e, "insert a practitioner profile", "practitioner profile");
    }
  }

  @Override
  public PractitionerProfile update(PractitionerProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "practitioner profile");
    PractitionerRowMapper.checkStorable(profile);
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        Params<PractitionerColumn> p = Params.of(ps, PractitionerStatements.PRACTITIONER_CONTENT);
        PractitionerRowMapper.bindContent(p, profile);
        p.key(profile.id().value()).key(profile.version());
        if (ps.executeUpdate() == 1) {
          return PractitionerProfile.builder().from(profile).version(profile.version() + 1).build();
        }
      }
      try (PreparedStatement ps = uow.prepare(sql.exists)) {
        ps.setString(1, profile.id().value());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new ConcurrentUpdateException("practitioner profile");
          }
          throw new NotFoundException("no such practitioner profile");
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "update a practitioner profile", "practitioner profile");
    }
  }

  @Override
  public void delete(PractitionerProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "practitioner profile");
    try {
      try (PreparedStatement ps = uow.prepare(sql.delete)) {
        ps.setString(1, profile.id().value());
        ps.setLong(2, profile.version());
        if (ps.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement ps = uow.prepare(sql.exists)) {
        ps.setString(1, profile.id().value());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new ConcurrentUpdateException("practitioner profile");
          }
          throw new NotFoundException("no such practitioner profile");
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "delete a practitioner profile", "practitioner profile");
    }
  }

  @Override
  public long countSharing(Cohort cohort) {
    uow.checkOpen();
    Checks.notNull(cohort, "cohort");
    String statement =
        sql.countSharing(
            cohort.specialism().isPresent(),
            cohort.base().isPresent(),
            cohort.locality().isPresent(),
            cohort.organisation().isPresent());
    try (PreparedStatement ps = uow.prepare(statement)) {
      int i = 1;
      ps.setString(i++, cohort.discipline().code());
      if (cohort.specialism().isPresent()) {
        ps.setString(i++, cohort.specialism().get().code());
      }
      if (cohort.base().isPresent()) {
        ps.setString(i++, cohort.base().get().value());
      }
      if (cohort.locality().isPresent()) {
        ps.setString(i++, cohort.locality().get().value());
      }
      if (cohort.organisation().isPresent()) {
        ps.setString(i, cohort.organisation().get().value());
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw uow.failure(e, "count practitioners for the k-gate", "practitioner profile");
    }
  }

  private static Row<PractitionerColumn> row(ResultSet rs) {
    return new Row<>(rs, PractitionerStatements.PRACTITIONER, 0);
  }
}
