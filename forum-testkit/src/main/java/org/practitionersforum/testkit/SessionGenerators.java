package org.practitionersforum.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;

/**
 * Seeded generators for the session types (TR-7): every value they return is valid by construction,
 * and the same seed gives the same values. Each method takes the {@link RandomGenerator} to draw
 * from, so it can serve as a {@code Generator} by method reference.
 *
 * <p>Stateless and thread-safe; do not share one {@link RandomGenerator} between threads.
 */
public final class SessionGenerators {

  private SessionGenerators() {}

  /**
   * Returns a session id.
   *
   * @param random the source of randomness
   * @return the id
   */
  public static SessionId sessionId(RandomGenerator random) {
    return SessionId.of("session-" + random.nextInt(1_000_000));
  }

  /**
   * Returns a session mode.
   *
   * @param random the source of randomness
   * @return the mode
   */
  public static SessionMode mode(RandomGenerator random) {
    SessionMode[] modes = SessionMode.values();
    return modes[random.nextInt(modes.length)];
  }

  /**
   * Returns what a study session read: a citation, a link, or both.
   *
   * @param random the source of randomness
   * @return the reading
   */
  public static Reading reading(RandomGenerator random) {
    int n = random.nextInt(1000);
    Reading.Builder b = Reading.builder();
    int kind = random.nextInt(3);
    if (kind != 1) {
      b.citation("Author " + n + " (" + (1990 + n % 36) + ") Reflective practice in teams " + n);
    }
    if (kind != 0) {
      b.link("https://journals.example.org/article/" + n + "?page=" + random.nextInt(1, 40));
    }
    return b.build();
  }

  /**
   * Returns a session duration: 15 minutes to 3 hours, in whole minutes.
   *
   * @param random the source of randomness
   * @return the duration
   */
  public static Duration duration(RandomGenerator random) {
    return Duration.ofMinutes(random.nextInt(15, 181));
  }

  /**
   * Returns the attendance of distinct practitioners.
   *
   * @param random the source of randomness
   * @param members the members, distinct
   * @return one attendance record per member
   */
  public static List<Attendance> attendance(RandomGenerator random, List<PractitionerId> members) {
    List<Attendance> out = new ArrayList<>(members.size());
    AttendanceStatus[] statuses = AttendanceStatus.values();
    for (PractitionerId m : members) {
      out.add(
          Attendance.of(
              m,
              random.nextInt(3) == 0
                  ? statuses[random.nextInt(statuses.length)]
                  : AttendanceStatus.PRESENT));
    }
    return out;
  }

  /**
   * Returns 1 to 8 distinct practitioner ids.
   *
   * @param random the source of randomness
   * @return the ids
   */
  public static List<PractitionerId> members(RandomGenerator random) {
    int n = random.nextInt(1, 9);
    int start = random.nextInt(0, 1000);
    List<PractitionerId> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(PractitionerId.of("practitioner-" + (start + i)));
    }
    return out;
  }

  /**
   * Returns a session of a forum, at version 0: reflective and study ones without minutes,
   * consultative ones with or without; study ones with what was read, a quarter of the others too.
   *
   * @param random the source of randomness
   * @param forum the forum
   * @param members the forum's members, distinct
   * @return the session
   */
  public static Session session(
      RandomGenerator random, ForumId forum, List<PractitionerId> members) {
    SessionMode mode = mode(random);
    Instant start = TermsGenerators.instant(random);
    Session.Builder b =
        Session.builder()
            .id(sessionId(random))
            .forum(forum)
            .mode(mode)
            .startedAt(start)
            .duration(duration(random))
            .termsVersion(random.nextInt(1, 5))
            .attendance(attendance(random, members))
            .recordedAt(start.plusSeconds(random.nextInt(0, 86_400)));
    if (mode == SessionMode.CONSULTATIVE && random.nextBoolean()) {
      b.minutes(TermsGenerators.text(random));
    }
    if (mode == SessionMode.STUDY || random.nextInt(4) == 0) {
      b.reading(reading(random));
    }
    return b.build();
  }

  /**
   * Returns a session of a random forum with random members, at version 0.
   *
   * @param random the source of randomness
   * @return the session
   */
  public static Session session(RandomGenerator random) {
    return session(random, TermsGenerators.forumId(random), members(random));
  }

  /**
   * Returns a session request with distinct members present and sending apologies; reflective and
   * study requests carry no minutes, study requests carry what was read.
   *
   * @param random the source of randomness
   * @return the request
   */
  public static SessionRequest request(RandomGenerator random) {
    SessionMode mode = mode(random);
    List<PractitionerId> members = members(random);
    int present = random.nextInt(0, members.size() + 1);
    SessionRequest.Builder b =
        SessionRequest.builder()
            .id(sessionId(random))
            .mode(mode)
            .startedAt(TermsGenerators.instant(random))
            .duration(duration(random))
            .present(members.subList(0, present))
            .apologies(members.subList(present, members.size()));
    if (mode == SessionMode.CONSULTATIVE && random.nextBoolean()) {
      b.minutes(TermsGenerators.text(random));
    }
    if (mode == SessionMode.STUDY || random.nextInt(4) == 0) {
      b.reading(reading(random));
    }
    return b.build();
  }

  /**
   * Returns a builder of a session that breaks a rule (a reflective session with minutes, a
   * duration of nothing or over {@link Session#MAX_DURATION}, a member recorded twice, or a study
   * session without what was read): its {@code build()} throws {@link
   * org.practitionersforum.api.InvalidInputException}.
   *
   * @param random the source of randomness
   * @return the builder
   */
  public static Session.Builder invalidSession(RandomGenerator random) {
    Session valid = session(random);
    Session.Builder b = Session.builder().from(valid);
    switch (random.nextInt(5)) {
      case 0 -> b.mode(SessionMode.REFLECTIVE).minutes("minutes of a reflective session");
      case 4 ->
          b.mode(SessionMode.STUDY)
              .minutes(java.util.Optional.empty())
              .reading(java.util.Optional.empty());
      case 1 -> b.duration(Duration.ZERO);
      case 2 -> b.duration(Session.MAX_DURATION.plusMinutes(1));
      default ->
          b.addAttendance(
              Attendance.of(PractitionerId.of("twice"), AttendanceStatus.PRESENT),
              Attendance.of(PractitionerId.of("twice"), AttendanceStatus.ABSENT));
    }
    return b;
  }

  /**
   * Returns a CPD record of 0 to 10 sessions within its period.
   *
   * @param random the source of randomness
   * @return the record
   */
  public static CpdRecord cpdRecord(RandomGenerator random) {
    LocalDate from = LocalDate.ofInstant(TermsGenerators.instant(random), ZoneOffset.UTC);
    int days = random.nextInt(0, 366);
    CpdRecord.Builder b =
        CpdRecord.builder()
            .practitioner(PractitionerId.of("practitioner-" + random.nextInt(1000)))
            .from(from)
            .to(from.plusDays(days));
    int n = random.nextInt(0, 11);
    for (int i = 0; i < n; i++) {
      SessionMode mode = mode(random);
      b.addEntries(
          CpdEntry.builder()
              .date(from.plusDays(random.nextInt(0, days + 1)))
              .forum(TermsGenerators.forumId(random))
              .session(sessionId(random))
              .mode(mode)
              .study(mode == SessionMode.STUDY || random.nextInt(4) == 0)
              .duration(duration(random))
              .build());
    }
    return b.build();
  }
}
