package org.practitionersforum.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.PractitionerStore;

/** Practitioner profiles as one versioned row each. */
final class JdbcPractitionerStore implements PractitionerStore {
  private final UnitOfWork uow;
  private final PractitionerRows sql;

  JdbcPractitionerStore(UnitOfWork uow) {
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
        return rs.next() ? Optional.of(profile(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "read a practitioner profile", "practitioner profile");
    }
  }

  @Override
  public Map<PractitionerId, PractitionerProfile> findAll(Collection<PractitionerId> ids) {
    uow.checkOpen();
    Checks.noNulls(ids, "practitioner ids");
    List<PractitionerId> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<PractitionerId, PractitionerProfile> out = new HashMap<>();
    try {
      for (int from = 0; from < distinct.size(); from += PractitionerRows.CHUNK) {
        List<PractitionerId> chunk = distinct.subList(from, Math.min(distinct.size(), from + PractitionerRows.CHUNK));
        try (PreparedStatement ps = uow.prepare(sql.selectIn(chunk.size()))) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i).value());
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              PractitionerProfile p = profile(rs);
              out.put(p.id(), p);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "read practitioner profiles", "practitioner profile");
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
    checkStorable(profile);
    try (PreparedStatement ps = uow.prepare(sql.insert)) {
      ps.setString(1, profile.id().value());
      int i = bind(ps, profile, 2);
      ps.setLong(i, 1);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("a practitioner profile with that id already exists");
      }
      return PractitionerProfile.builder().from(profile).version(1).build();
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "insert a practitioner profile", "practitioner profile");
    }
  }

  @Override
  public PractitionerProfile update(PractitionerProfile profile) {
    uow.checkOpen();
    Checks.notNull(profile, "practitioner profile");
    checkStorable(profile);
    try {
      try (PreparedStatement ps = uow.prepare(sql.update)) {
        int i = bind(ps, profile, 1);
        ps.setString(i++, profile.id().value());
        ps.setLong(i, profile.version());
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
      throw SqlErrors.translate(e, "update a practitioner profile", "practitioner profile");
    }
  }

  private static void checkStorable(PractitionerProfile p) {
    Values.text(p.id().value(), "a practitioner id", Checks.MAX_ID_LENGTH);
    Values.text(p.base().value(), "a base id", Checks.MAX_ID_LENGTH);
    Values.text(p.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    Values.text(p.locality().value(), "a locality id", Checks.MAX_ID_LENGTH);
    p.lineManager().ifPresent(m -> Values.text(m.value(), "a line manager id", Checks.MAX_ID_LENGTH));
  }

  private static int bind(PreparedStatement ps, PractitionerProfile p, int start) throws SQLException {
    int i = start;
    ps.setString(i++, p.discipline().code());
    ps.setString(i++, p.specialism().code());
    ps.setString(i++, p.base().value());
    ps.setString(i++, p.organisation().value());
    ps.setString(i++, p.locality().value());
    if (p.lineManager().isPresent()) {
      ps.setString(i++, p.lineManager().get().value());
    } else {
      ps.setNull(i++, Types.VARCHAR);
    }
    return i;
  }

  private static PractitionerProfile profile(ResultSet rs) throws SQLException {
    PractitionerProfile.Builder b = PractitionerProfile.builder()
        .id(PractitionerId.of(rs.getString(1)))
        .discipline(Discipline.of(rs.getString(2)))
        .specialism(Specialism.of(rs.getString(3)))
        .base(BaseId.of(rs.getString(4)))
        .organisation(OrganisationId.of(rs.getString(5)))
        .locality(LocalityId.of(rs.getString(6)))
        .version(rs.getLong(8));
    String manager = rs.getString(7);
    if (manager != null) {
      b.lineManager(PractitionerId.of(manager));
    }
    return b.build();
  }
}
