package org.practitionersforum.core.internal.privacy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.privacy.RetentionReport;
import org.practitionersforum.api.privacy.RetentionSettings;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.ClosedForum;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Applies each organisation's retention periods to closed forums, measured from the day each closed
 * in the SDK clock's zone. One unit of work per session changed, each checking again that the
 * session is still there and at the version read, so a long run holds no long transaction and a run
 * racing another removes nothing twice.
 */
final class Retention {
  private final Transactor transactor;
  private final Function<OrganisationId, RetentionSettings> settings;

  Retention(Transactor transactor, Function<OrganisationId, RetentionSettings> settings) {
    this.transactor = transactor;
    this.settings = settings;
  }

  RetentionReport apply(Actor actor) {
    Instant now = transactor.clock().instant();
    ZoneId zone = transactor.clock().getZone();
    List<ClosedForum> closed = transactor.read(tx -> tx.erasure().findClosedBefore(now));
    int sessions = 0;
    int attendance = 0;
    int forums = 0;
    for (ClosedForum forum : closed) {
      RetentionSettings s = settings.apply(forum.organisation());
      boolean sessionsDue = due(s.closedForumSessions(), forum.closedAt(), zone, now);
      boolean attendanceDue = due(s.closedForumAttendance(), forum.closedAt(), zone, now);
      if (!sessionsDue && !attendanceDue) {
        continue;
      }
      forums++;
      List<SessionId> ids =
          transactor.read(
              tx -> tx.sessions().findByForum(forum.forum()).stream().map(Session::id).toList());
      for (SessionId id : ids) {
        int[] removed =
            transactor.write(
                actor,
                Operation.RETENTION_APPLY,
                AggregateRef.session(id),
                unit -> {
                  Optional<Session> found = unit.tx().sessions().find(id);
                  if (found.isEmpty()) {
                    return new int[] {0, 0};
                  }
                  Session session = found.get();
                  int rows = session.attendance().size();
                  if (sessionsDue) {
                    unit.tx().sessions().delete(session);
                    return new int[] {1, rows};
                  }
                  if (rows == 0) {
                    return new int[] {0, 0};
                  }
                  unit.tx()
                      .sessions()
                      .update(Session.builder().from(session).attendance(List.of()).build());
                  return new int[] {0, rows};
                });
        sessions += removed[0];
        attendance += removed[1];
      }
    }
    return new RetentionReport(sessions, attendance, forums, now);
  }

  /** Whether a period set has passed since the instant, by the calendar of the zone. */
  private static boolean due(Optional<Period> period, Instant since, ZoneId zone, Instant now) {
    return period.filter(p -> !since.atZone(zone).plus(p).toInstant().isAfter(now)).isPresent();
  }
}
