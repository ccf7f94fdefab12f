package org.practitionersforum.jdbc.internal.practitioner;

import java.sql.SQLException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Params;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * Maps practitioner profiles to rows and back, column by name, and refuses, before any
 * statement, values the database could not hold exactly.
 */
final class PractitionerRowMapper {
  private PractitionerRowMapper() {}

  /** A profile from its row. */
  static PractitionerProfile profile(Row<PractitionerColumn> r) throws SQLException {
    PractitionerProfile.Builder b = PractitionerProfile.builder()
        .id(PractitionerId.of(r.string(PractitionerColumn.ID)))
        .discipline(Discipline.of(r.string(PractitionerColumn.DISCIPLINE)))
        .specialism(Specialism.of(r.string(PractitionerColumn.SPECIALISM)))
        .base(BaseId.of(r.string(PractitionerColumn.BASE_ID)))
        .organisation(OrganisationId.of(r.string(PractitionerColumn.ORGANISATION_ID)))
        .locality(LocalityId.of(r.string(PractitionerColumn.LOCALITY_ID)))
        .version(r.bigint(PractitionerColumn.VERSION));
    String manager = r.string(PractitionerColumn.LINE_MANAGER_ID);
    if (manager != null) {
      b.lineManager(PractitionerId.of(manager));
    }
    return b.build();
  }

  /** Binds a profile row's content: every column but the id and the version. */
  static void bindContent(Params<PractitionerColumn> p, PractitionerProfile profile)
      throws SQLException {
    p.string(PractitionerColumn.DISCIPLINE, profile.discipline().code())
        .string(PractitionerColumn.SPECIALISM, profile.specialism().code())
        .string(PractitionerColumn.BASE_ID, profile.base().value())
        .string(PractitionerColumn.ORGANISATION_ID, profile.organisation().value())
        .string(PractitionerColumn.LOCALITY_ID, profile.locality().value())
        .string(PractitionerColumn.LINE_MANAGER_ID,
            profile.lineManager().map(PractitionerId::value));
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  static void checkStorable(PractitionerProfile p) {
    Values.text(p.id().value(), "a practitioner id", Checks.MAX_ID_LENGTH);
    Values.text(p.base().value(), "a base id", Checks.MAX_ID_LENGTH);
    Values.text(p.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    Values.text(p.locality().value(), "a locality id", Checks.MAX_ID_LENGTH);
    p.lineManager().ifPresent(m -> Values.text(m.value(), "a line manager id",
        Checks.MAX_ID_LENGTH));
  }
}
