package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.consultation.Attendance;
import org.practitionersforum.api.consultation.CentralMeeting;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Mandate;
import org.practitionersforum.api.consultation.MandateEnd;
import org.practitionersforum.api.consultation.MeetingDue;
import org.practitionersforum.api.consultation.MeetingId;
import org.practitionersforum.api.consultation.MissingReportBack;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.RepresentationStore;
import org.practitionersforum.api.spi.RepresentationTransaction;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Meetings with managers and representatives (CR-2, CR-7): the meeting schedule, and each forum's
 * mandates, central meeting attendances and report backs. A forum's representation is one
 * aggregate: every command on it reads it and writes it back at the next version, so two report
 * backs, or a revocation and an attendance, never both commit on one version; the transactor runs
 * the loser again on fresh data, where the rules are checked again. Thread-safe.
 */
final class Representatives {
  private final Transactor transactor;
  private final Access access;
  private final Function<OrganisationId, ConsultationSettings> settings;

  Representatives(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings) {
    this.transactor = transactor;
    this.access = access;
    this.settings = settings;
  }

  /** The representation part of a unit of work, or a refusal on a storage that keeps none. */
  static RepresentationStore store(StorageTransaction tx) {
    if (tx instanceof RepresentationTransaction r) {
      return r.representations();
    }
    throw new StorageException(
        "CR-7: this storage does not store forums' representatives", false, null);
  }

  List<MeetingDue> meetingsDue(Actor actor, OrganisationId organisation, LocalDate asOf) {
    Checks.notNull(actor, "actor");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(asOf, "date");
    access.precheck(actor, Operation.CONSULTATION_MEETINGS_DUE, Subject.in(organisation));
    int every = 365 / settings.apply(organisation).meetingsPerYear();
    return transactor.read(
        tx -> {
          access.require(actor, Operation.CONSULTATION_MEETINGS_DUE, Subject.in(organisation));
          List<ConsultationRound> meetings =
              DefaultConsultationService.rounds(tx).findMeetings(organisation);
          List<MeetingDue> out = new ArrayList<>();
          for (Forum f : tx.forums().findByOrganisation(organisation)) {
            Optional<LocalDate> last =
                meetings.stream()
                    .filter(r -> r.invitedForums().contains(f.id()))
                    .map(ConsultationRound::opensOn)
                    .max(Comparator.naturalOrder());
            Optional<LocalDate> activated =
                f.history().stream()
                    .filter(c -> c.to() == ForumState.ACTIVE)
                    .map(StateChange::at)
                    .findFirst()
                    .map(at -> LocalDate.ofInstant(at, transactor.clock().getZone()));
            Optional<LocalDate> from = last.isPresent() ? last : activated;
            if (from.isEmpty()) {
              continue;
            }
            LocalDate due = from.get().plusDays(every);
            out.add(new MeetingDue(f.id(), last, due, asOf.isAfter(due)));
          }
          out.sort(Comparator.comparing(MeetingDue::forum));
          return List.copyOf(out);
        });
  }

  Representation mandate(
      Actor facilitator, ForumId forumId, PractitionerId member, String scope, LocalDate endsOn) {
    Checks.notNull(facilitator, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(member, "practitioner id");
    Checks.notNull(endsOn, "end date");
    String checkedScope = text(scope, "a mandate's scope", Mandate.MAX_SCOPE_LENGTH);
    return onForum(
        facilitator,
        Operation.CONSULTATION_MANDATE,
        forumId,
        (unit, forum, rep) -> {
          LocalDate today = today(unit);
          List<Violation> violations = new ArrayList<>();
          if (forum.state() == ForumState.CLOSED) {
            violations.add(
                Violation.of(
                    ViolationCode.FORUM_CLOSED,
                    "the forum is closed; nothing more can happen in it"));
          }
          if (!forum.isMember(member)) {
            violations.add(notMember());
          } else if (rep.mandateOf(member.asPerson(), today).isPresent()) {
            violations.add(
                Violation.of(
                    ViolationCode.MANDATE_HELD,
                    "the member holds an unexpired mandate of this forum already"));
          }
          if (!endsOn.isAfter(today)) {
            violations.add(
                Violation.of(ViolationCode.MANDATE_DATES, "a mandate's end date is after today"));
          }
          if (rep.mandates().size() >= Representation.MAX_MANDATES) {
            throw new InvalidInputException(
                "CR-7: a forum keeps at most " + Representation.MAX_MANDATES + " mandates");
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          return Representation.builder()
              .from(rep)
              .addMandates(
                  Mandate.builder()
                      .number(rep.mandates().size() + 1)
                      .representative(member.asPerson())
                      .scope(checkedScope)
                      .startsOn(today)
                      .endsOn(endsOn)
                      .build())
              .build();
        });
  }

  Representation revokeMandate(Actor facilitator, ForumId forumId, int number) {
    Checks.notNull(facilitator, "actor");
    Checks.notNull(forumId, "forum id");
    return onForum(
        facilitator,
        Operation.CONSULTATION_REVOKE_MANDATE,
        forumId,
        (unit, forum, rep) -> {
          Optional<Mandate> found = rep.mandate(number);
          if (found.isEmpty() || !found.get().holdsOn(today(unit))) {
            throw new RuleViolationException(
                ViolationCode.NO_MANDATE, "the forum has no such mandate that still holds");
          }
          return ended(unit, rep, found.get(), MandateEnd.REVOKED);
        });
  }

  List<MissingReportBack> recordCentralMeeting(Actor manager, CentralMeeting meeting) {
    Checks.notNull(manager, "actor");
    Checks.notNull(meeting, "central meeting");
    if (meeting.attendees().isEmpty()
        || meeting.attendees().size() > CentralMeeting.MAX_ATTENDEES) {
      throw new InvalidInputException(
          "CR-7: a central meeting records 1 to "
              + CentralMeeting.MAX_ATTENDEES
              + " representatives");
    }
    if (new HashSet<>(meeting.attendees()).size() != meeting.attendees().size()) {
      throw new InvalidInputException("CR-7: a representative is recorded once per meeting");
    }
    access.precheck(manager, Operation.CONSULTATION_CENTRAL_MEETING, Subject.none());
    int reportBackDays = settings.apply(meeting.organisation()).reportBackDays();
    return transactor.write(
        manager,
        Operation.CONSULTATION_CENTRAL_MEETING,
        // Audited on the first attending forum: a meeting writes to its attendees' forums.
        AggregateRef.forum(meeting.attendees().get(0).forum()),
        unit -> {
          access.require(
              manager, Operation.CONSULTATION_CENTRAL_MEETING, Subject.in(meeting.organisation()));
          RepresentationStore store = store(unit.tx());
          LocalDate today = today(unit);
          LocalDate dueBy = meeting.heldOn().plusDays(reportBackDays);
          List<Violation> violations = new ArrayList<>();
          if (meeting.heldOn().isAfter(today)) {
            violations.add(
                Violation.of(
                    ViolationCode.MANDATE_DATES,
                    "a central meeting is recorded on or after the day it was held"));
          }
          int unknown = 0;
          int notMembers = 0;
          int noMandate = 0;
          boolean recorded = false;
          java.util.Map<ForumId, Representation> byForum = new java.util.LinkedHashMap<>();
          for (CentralMeeting.Attendee a : meeting.attendees()) {
            Optional<Forum> forum = unit.tx().forums().findCurrent(a.forum());
            if (forum.isEmpty() || !forum.get().organisation().equals(meeting.organisation())) {
              unknown++;
              continue;
            }
            Representation rep = byForum.computeIfAbsent(a.forum(), f -> read(store, forum.get()));
            PersonId person = a.representative().asPerson();
            if (!forum.get().isMember(a.representative())) {
              notMembers++;
              continue;
            }
            Optional<Mandate> mandate = rep.mandateOf(person, meeting.heldOn());
            if (mandate.isEmpty() || !mandate.get().holdsOn(today)) {
              noMandate++;
              continue;
            }
            if (rep.attendance(meeting.id(), person).isPresent()) {
              recorded = true;
              continue;
            }
            byForum.put(
                a.forum(),
                Representation.builder()
                    .from(rep)
                    .addAttendances(
                        Attendance.builder()
                            .meeting(meeting.id())
                            .heldOn(meeting.heldOn())
                            .mandate(mandate.get().number())
                            .representative(person)
                            .reportDueBy(dueBy)
                            .build())
                    .build());
          }
          if (unknown > 0) {
            violations.add(
                Violation.of(
                    ViolationCode.ROUND_FORUM_UNKNOWN,
                    unknown + " attendee(s) name a forum that is not of the organisation"));
          }
          if (notMembers > 0) {
            violations.add(
                Violation.of(
                    ViolationCode.REPRESENTATIVE_NOT_MEMBER,
                    notMembers + " attendee(s) are not current members of their forum"));
          }
          if (noMandate > 0) {
            violations.add(
                Violation.of(
                    ViolationCode.NO_MANDATE,
                    noMandate
                        + " attendee(s) hold no mandate of their forum on the meeting's day and"
                        + " today"));
          }
          if (recorded) {
            violations.add(
                Violation.of(
                    ViolationCode.MEETING_RECORDED,
                    "this meeting's attendance is recorded already"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          List<MissingReportBack> owed = new ArrayList<>();
          for (Representation rep : byForum.values()) {
            write(store, rep);
            for (Attendance a : rep.attendances()) {
              if (a.meeting().equals(meeting.id())) {
                owed.add(new MissingReportBack(rep.forum(), a.meeting(), a.heldOn(), dueBy, false));
              }
            }
          }
          return List.copyOf(owed);
        });
  }

  Representation reportBack(
      Actor representative, ForumId forumId, MeetingId meeting, String summary) {
    Checks.notNull(representative, "actor");
    Checks.notNull(forumId, "forum id");
    Checks.notNull(meeting, "meeting id");
    String checked = text(summary, "a report back's summary", Attendance.MAX_SUMMARY_LENGTH);
    return onForum(
        representative,
        Operation.CONSULTATION_REPORT_BACK,
        forumId,
        (unit, forum, rep) -> {
          LocalDate today = today(unit);
          PersonId me = representative.person();
          List<Violation> violations = new ArrayList<>();
          if (rep.mandateOf(me, today).isEmpty()) {
            violations.add(
                Violation.of(
                    ViolationCode.NO_MANDATE,
                    "only a representative with an unexpired mandate of the forum reports back"));
          }
          Optional<Attendance> attended = rep.attendance(meeting, me);
          if (attended.isEmpty()) {
            violations.add(
                Violation.of(
                    ViolationCode.NOT_ATTENDED,
                    "the representative did not attend that central meeting for this forum"));
          } else if (attended.get().reported()) {
            violations.add(
                Violation.of(
                    ViolationCode.REPORTED_BACK,
                    "the representative has reported back on that meeting already"));
          }
          if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
          }
          List<Attendance> attendances = new ArrayList<>(rep.attendances());
          attendances.replaceAll(
              a ->
                  a.equals(attended.get())
                      ? Attendance.builder()
                          .from(a)
                          .reportedOn(today)
                          .summary(checked)
                          .reportedAt(unit.now())
                          .build()
                      : a);
          return Representation.builder().from(rep).attendances(attendances).build();
        });
  }

  Representation representation(Actor actor, ForumId forumId) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forumId, "forum id");
    access.precheck(actor, Operation.CONSULTATION_REPRESENTATION, Subject.none());
    return transactor.read(
        tx -> {
          Forum forum =
              tx.forums()
                  .findCurrent(forumId)
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          access.require(actor, Operation.CONSULTATION_REPRESENTATION, Subject.of(forum));
          return seenBy(actor, forum, read(store(tx), forum));
        });
  }

  List<MissingReportBack> missingReportBacks(
      Actor actor, OrganisationId organisation, LocalDate asOf) {
    Checks.notNull(actor, "actor");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(asOf, "date");
    access.precheck(actor, Operation.CONSULTATION_REPORT_BACKS_MISSING, Subject.in(organisation));
    return transactor.read(
        tx -> {
          access.require(
              actor, Operation.CONSULTATION_REPORT_BACKS_MISSING, Subject.in(organisation));
          List<MissingReportBack> out = new ArrayList<>();
          for (Representation rep : store(tx).findByOrganisation(organisation)) {
            for (Attendance a : rep.attendances()) {
              if (!a.reported()) {
                out.add(
                    new MissingReportBack(
                        rep.forum(),
                        a.meeting(),
                        a.heldOn(),
                        a.reportDueBy(),
                        asOf.isAfter(a.reportDueBy())));
              }
            }
          }
          out.sort(
              Comparator.comparing(MissingReportBack::forum)
                  .thenComparing(MissingReportBack::heldOn)
                  .thenComparing(MissingReportBack::meeting));
          return List.copyOf(out);
        });
  }

  /**
   * Ends, in the same unit of work, every mandate of a forum whose holder is no longer a member
   * (CR-7): a mandate ends when the member leaves the forum.
   *
   * @param unit the unit of work
   * @param forum the forum as stored
   */
  static void partiesChanged(Transactor.Unit unit, Forum forum) {
    if (!(unit.tx() instanceof RepresentationTransaction r)) {
      return;
    }
    RepresentationStore store = r.representations();
    Optional<Representation> found = store.find(forum.id());
    if (found.isEmpty()) {
      return;
    }
    Representation rep = found.get();
    Representation next = rep;
    for (Mandate m : rep.mandates()) {
      if (m.endedAt().isEmpty() && !forum.isMember(m.representative().asPractitioner())) {
        next = ended(unit, next, m, MandateEnd.LEFT_FORUM);
      }
    }
    if (next != rep) {
      store.update(next);
    }
  }

  private static Representation ended(
      Transactor.Unit unit, Representation rep, Mandate mandate, MandateEnd why) {
    List<Mandate> mandates = new ArrayList<>(rep.mandates());
    mandates.set(
        mandate.number() - 1,
        Mandate.builder().from(mandate).endedAt(unit.now()).endReason(why).build());
    return Representation.builder().from(rep).mandates(mandates).build();
  }

  /** A command on one forum's representation. */
  @FunctionalInterface
  private interface RepresentationCommand {
    Representation run(Transactor.Unit unit, Forum forum, Representation representation);
  }

  private Representation onForum(
      Actor actor, Operation op, ForumId forumId, RepresentationCommand command) {
    access.precheck(actor, op, Subject.none());
    return transactor.write(
        actor,
        op,
        AggregateRef.forum(forumId),
        unit -> {
          RepresentationStore store = store(unit.tx());
          Forum forum =
              unit.tx()
                  .forums()
                  .findCurrent(forumId)
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          access.require(actor, op, Subject.of(forum));
          Representation stored = write(store, command.run(unit, forum, read(store, forum)));
          return seenBy(actor, forum, stored);
        });
  }

  private static Representation read(RepresentationStore store, Forum forum) {
    return store
        .find(forum.id())
        .orElseGet(
            () ->
                Representation.builder()
                    .forum(forum.id())
                    .organisation(forum.organisation())
                    .build());
  }

  private static Representation write(RepresentationStore store, Representation rep) {
    return rep.version() == 0 ? store.insert(rep) : store.update(rep);
  }

  /** A report back's summary is the forum's alone: only its members read it (SEC-1, CR-7). */
  private static Representation seenBy(Actor actor, Forum forum, Representation rep) {
    boolean member = forum.members().stream().anyMatch(m -> actor.isPractitioner(m.practitioner()));
    if (member) {
      return rep;
    }
    List<Attendance> without = new ArrayList<>();
    for (Attendance a : rep.attendances()) {
      without.add(Attendance.builder().from(a).summary(Optional.empty()).build());
    }
    return Representation.builder().from(rep).attendances(without).build();
  }

  private LocalDate today(Transactor.Unit unit) {
    return LocalDate.ofInstant(unit.now(), transactor.clock().getZone());
  }

  private static Violation notMember() {
    return Violation.of(
        ViolationCode.REPRESENTATIVE_NOT_MEMBER,
        "only a current member of the forum is mandated, attends or reports back");
  }

  /** Checks and normalises a text, naming CR-7; never quotes it. */
  private static String text(String value, String what, int max) {
    try {
      return Checks.text(value, what, max);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "CR-7: " + what + " must be 1 to " + max + " characters of text");
    }
  }
}
