package org.practitionersforum.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;

/**
 * Seeded generators for the session types (TR-7): every value they return is valid by
 * construction, and the same seed gives the same values. Each method takes the {@link
 * RandomGenerator} to draw from, so it can serve as a {@code Gen} by method reference.
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
    return random.nextBoolean() ? SessionMode.REFLECTIVE : SessionMode.CONSULTATIVE;
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
      out.add(Attendance.of(m, random.nextInt(3) == 0 ? statuses[random.nextInt(statuses.length)]
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
   * Returns a session of a forum, at version 0: reflective ones without minutes, consultative
   * ones with or without.
   *
   * @param random the source of randomness
   * @param forum the forum
   * @param members the forum's members, distinct
   * @return the session
   */
  public static Session session(RandomGenerator random, ForumId forum, List<PractitionerId> members) {
    SessionMode mode = mode(random);
    Instant start = TermsGenerators.instant(random);
    Session.Builder b = Session.builder().id(sessionId(random)).forum(forum).mode(mode).startedAt(start)
        .duration(duration(random)).termsVersion(random.nextInt(1, 5))
        .attendance(attendance(random, members)).recordedAt(start.plusSeconds(random.nextInt(0, 86_400)));
    if (mode == SessionMode.CONSULTATIVE && random.nextBoolean()) {
      b.minutes(TermsGenerators.text(random));
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
}
