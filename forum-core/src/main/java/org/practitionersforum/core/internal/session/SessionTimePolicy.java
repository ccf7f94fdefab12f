package org.practitionersforum.core.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.spi.StorageTransaction;

/**
 * When a session may be recorded (TR-7, CPD-1), so that CPD evidence cannot be inflated: within its
 * forum's life, not further ahead than a margin, and never overlapping another session that a
 * member recorded present was also recorded present at, in any forum.
 *
 * <p>Messages name no person and no other forum's session: a member present is named by their
 * position among the members present, in order of membership.
 */
final class SessionTimePolicy {
  /** The default margin: a session recorded up to a day before it starts. */
  static final Duration DEFAULT_START_MARGIN = Duration.ofDays(1);

  /** The widest margin accepted. */
  static final Duration MAX_START_MARGIN = Duration.ofDays(7);

  private final Duration startMargin;

  /**
   * Creates the policy.
   *
   * @param startMargin how far after now a session may start, from zero to {@link
   *     #MAX_START_MARGIN}
   */
  SessionTimePolicy(Duration startMargin) {
    this.startMargin = startMargin;
  }

  /**
   * Returns every time rule the session breaks, each once.
   *
   * @param tx the unit of work's transaction, to read other sessions
   * @param forum the forum holding the session
   * @param request the session recorded
   * @param now the unit of work's time
   * @return the violations, possibly empty
   */
  List<Violation> check(StorageTransaction tx, Forum forum, SessionRequest request, Instant now) {
    List<Violation> out = new ArrayList<>();
    Instant start = request.startedAt();
    if (start.isBefore(forum.proposedAt())) {
      out.add(
          Violation.of(
              ViolationCode.SESSION_OUTSIDE_FORUM_LIFE,
              "the session starts before its forum was proposed"));
    }
    StateChange latest = forum.history().get(forum.history().size() - 1);
    if (latest.to() == ForumState.CLOSED && !start.isBefore(latest.at())) {
      out.add(
          Violation.of(
              ViolationCode.SESSION_OUTSIDE_FORUM_LIFE,
              "the session starts after its forum was closed"));
    }
    if (start.isAfter(now.plus(startMargin))) {
      out.add(
          Violation.of(
              ViolationCode.SESSION_IN_FUTURE,
              "a session is recorded once held, so it starts at most "
                  + startMargin.toMinutes()
                  + " minutes after now"));
    }
    if (request.duration().isNegative() || request.duration().isZero()) {
      return out;
    }
    Instant end = start.plus(request.duration());
    int position = 0;
    for (Member m : forum.members()) {
      if (!request.present().contains(m.practitioner())) {
        continue;
      }
      position++;
      // A session lasts at most MAX_DURATION, so one that overlaps started within that of this one.
      List<Session> nearby =
          tx.sessions().findAttended(m.practitioner(), start.minus(Session.MAX_DURATION), end);
      for (Session other : nearby) {
        if (!other.id().equals(request.id())
            && other.startedAt().isBefore(end)
            && other.startedAt().plus(other.duration()).isAfter(start)) {
          out.add(
              Violation.of(
                  ViolationCode.ATTENDANCE_OVERLAPS,
                  "member "
                      + position
                      + " of those present, in order of membership, is already recorded present"
                      + " at another session that overlaps this one"));
          break;
        }
      }
    }
    return out;
  }
}
