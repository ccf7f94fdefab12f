package org.practitionersforum.core.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.event.SessionHeld;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.session.SessionService;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Sessions and CPD evidence (TR-7) as a service. Managers never see reflective sessions: getting
 * one as a manager reads as not found, and lists for a manager leave them out without a count
 * (SEC-1). Thread-safe.
 */
final class DefaultSessionService implements SessionService {
  /** The longest CPD period accepted, in days. */
  static final int MAX_PERIOD_DAYS = 3660;

  private final Transactor transactor;
  private final Access access;
  private final QuorumPolicy quorum = new QuorumPolicy();
  private final SessionTimePolicy times;

  /**
   * Creates the service.
   *
   * @param transactor runs commands as units of work
   * @param access decides who may do what and see what
   * @param startMargin how far after now a session recorded may start
   */
  DefaultSessionService(Transactor transactor, Access access, Duration startMargin) {
    this.transactor = transactor;
    this.access = access;
    this.times = new SessionTimePolicy(startMargin);
  }

  @Override
  public Session hold(Actor actor, ForumId forumId, SessionRequest request) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(request, "session request");
    if (request.mode() == SessionMode.REFLECTIVE && request.minutes().isPresent()) {
      throw new RuleViolationException(
          ViolationCode.REFLECTIVE_NOT_MINUTED,
          "a reflective session keeps no minutes and attributes nothing to anyone");
    }
    if (request.mode() == SessionMode.STUDY && request.minutes().isPresent()) {
      throw new RuleViolationException(
          ViolationCode.STUDY_NOT_MINUTED,
          "a study session keeps no minutes; what it read is its record");
    }
    if (request.mode() == SessionMode.STUDY && request.reading().isEmpty()) {
      throw new RuleViolationException(
          ViolationCode.STUDY_WITHOUT_READING,
          "a study session records what was read: a citation, a link, or both");
    }
    request.minutes().ifPresent(m -> Checks.text(m, "minutes", Session.MAX_MINUTES_LENGTH));
    return transactor.write(
        actor,
        Operation.SESSION_HOLD,
        AggregateRef.session(request.id()),
        unit -> {
          StorageTransaction tx = unit.tx();
          Forum forum = load(tx, forumId);
          access.require(actor, Operation.SESSION_HOLD, Subject.of(forum));
          List<Violation> violations = new ArrayList<>();
          if (forum.state() == ForumState.CLOSED) {
            violations.add(
                Violation.of(
                    ViolationCode.FORUM_CLOSED,
                    "the forum is closed; nothing more can happen in it"));
          }
          Optional<TermsVersion> inForce = tx.terms().find(forumId).flatMap(ForumTerms::inForce);
          if (inForce.isEmpty()) {
            violations.add(
                Violation.of(
                    ViolationCode.TERMS_NOT_IN_FORCE,
                    "a forum holds sessions only under terms of reference agreed by every party"));
          } else {
            violations.addAll(
                quorum.check(
                    inForce.get().content(), forum, request.present(), request.apologies()));
          }
          violations.addAll(times.check(tx, forum, request, unit.now()));
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          if (tx.sessions().find(request.id()).isPresent()) {
            throw new DuplicateException("a session with this id already exists");
          }
          List<Attendance> attendance = new ArrayList<>();
          for (Member m : forum.members()) {
            PractitionerId p = m.practitioner();
            AttendanceStatus status =
                request.present().contains(p)
                    ? AttendanceStatus.PRESENT
                    : request.apologies().contains(p)
                        ? AttendanceStatus.APOLOGIES
                        : AttendanceStatus.ABSENT;
            attendance.add(Attendance.of(p, status));
          }
          Session stored =
              tx.sessions()
                  .insert(
                      Session.builder()
                          .id(request.id())
                          .forum(forumId)
                          .mode(request.mode())
                          .startedAt(request.startedAt())
                          .duration(request.duration())
                          .termsVersion(inForce.get().number())
                          .attendance(attendance)
                          .minutes(request.minutes().map(String::strip))
                          .reading(request.reading())
                          .recordedAt(unit.now())
                          .build());
          unit.emit(new SessionHeld(forumId, stored.id(), stored.mode(), unit.now()));
          return stored;
        });
  }

  @Override
  public Session recordMinutes(Actor actor, SessionId sessionId, String minutes) {
    Checks.notNull(actor, "actor");
    Checks.notNull(sessionId, "session id");
    String text = Checks.text(minutes, "minutes", Session.MAX_MINUTES_LENGTH);
    return transactor.write(
        actor,
        Operation.SESSION_RECORD_MINUTES,
        AggregateRef.session(sessionId),
        unit -> {
          StorageTransaction tx = unit.tx();
          Session session =
              tx.sessions().find(sessionId).orElseThrow(DefaultSessionService::noSession);
          Forum forum = load(tx, session.forum());
          access.require(actor, Operation.SESSION_RECORD_MINUTES, Subject.of(forum));
          if (session.mode() == SessionMode.REFLECTIVE) {
            throw new RuleViolationException(
                ViolationCode.REFLECTIVE_NOT_MINUTED,
                "a reflective session keeps no minutes and attributes nothing to anyone");
          }
          if (session.mode() == SessionMode.STUDY) {
            throw new RuleViolationException(
                ViolationCode.STUDY_NOT_MINUTED,
                "a study session keeps no minutes; what it read is its record");
          }
          return tx.sessions().update(Session.builder().from(session).minutes(text).build());
        });
  }

  @Override
  public Session get(Actor actor, SessionId sessionId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(sessionId, "session id");
    access.precheck(actor, Operation.SESSION_GET, Subject.none());
    return transactor.read(
        tx -> {
          Session session =
              tx.sessions().find(sessionId).orElseThrow(DefaultSessionService::noSession);
          Forum forum = load(tx, session.forum());
          View view = access.require(actor, Operation.SESSION_GET, Subject.of(forum));
          return access.session(view, session).orElseThrow(DefaultSessionService::noSession);
        });
  }

  @Override
  public List<Session> list(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.SESSION_LIST, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum = load(tx, forumId);
          View view = access.require(actor, Operation.SESSION_LIST, Subject.of(forum));
          return access.sessions(view, tx.sessions().findByForum(forumId));
        });
  }

  @Override
  public CpdRecord cpd(Actor actor, PractitionerId practitioner, LocalDate from, LocalDate to) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    Checks.notNull(from, "first day of the period");
    Checks.notNull(to, "last day of the period");
    access.precheck(actor, Operation.SESSION_CPD, Subject.person(practitioner));
    if (to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
      throw new InvalidInputException(
          "TR-7: a CPD period runs forwards and lasts at most " + MAX_PERIOD_DAYS + " days");
    }
    ZoneId zone = transactor.clock().getZone();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant until = to.plusDays(1).atStartOfDay(zone).toInstant();
    // Sessions that started up to MAX_DURATION before the period may overlap its first ones: read
    // them too, to count none of their time twice, but give them no entry.
    List<Session> attended =
        transactor.read(
            tx -> {
              access.require(actor, Operation.SESSION_CPD, Subject.practitioner(tx, practitioner));
              return tx.sessions()
                  .findAttended(practitioner, start.minus(Session.MAX_DURATION), until);
            });
    // CPD-1: never count the same time twice (one rule, in CpdCredit).
    List<CpdEntry> entries = CpdCredit.entries(attended, start, zone);
    return CpdRecord.builder()
        .practitioner(practitioner)
        .from(from)
        .to(to)
        .entries(entries)
        .build();
  }

  private static Forum load(StorageTransaction tx, ForumId id) {
    return tx.forums().find(id).orElseThrow(() -> new NotFoundException("no forum has this id"));
  }

  private static NotFoundException noSession() {
    return new NotFoundException("no session has this id");
  }
}
