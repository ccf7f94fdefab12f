package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.cpd.StudyTimeAggregate;
import org.practitionersforum.api.cpd.StudyTimeGrant;
import org.practitionersforum.api.cpd.StudyTimePolicy;
import org.practitionersforum.api.cpd.StudyTimeUse;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Reading;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StudyTimeStore;
import org.practitionersforum.api.spi.StudyTimeTotals;
import org.practitionersforum.api.spi.StudyTimeTransaction;

/**
 * The contract of {@link StudyTimeStore}, for a storage whose transactions are {@link
 * StudyTimeTransaction}s: protected study time (CPD-3). Policies and grants are stored whole with
 * optimistic versions and undone with their unit of work; a group's totals agree with an
 * independent oracle over random attendance, overlapping sessions and sessions that are both study
 * and reflective included, so no time is ever counted twice. Through the SDK on the storage, a
 * practitioner sees their own use, managers see only totals suppressed below the threshold, and
 * erasure removes a practitioner's own grant. Skipped for a storage that keeps no study time.
 */
public interface StudyTimeContract extends StorageUnderTest {

  /** Runs work on the study time store of a unit of work; skips on a storage without it. */
  private <T> T studyTime(Function<StudyTimeStore, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof StudyTimeTransaction, "this storage keeps no study time");
              return work.apply(((StudyTimeTransaction) tx).studyTime());
            });
  }

  private Optional<StudyTimePolicy> storedPolicy(OrganisationId org) {
    return studyTime(s -> s.findPolicy(org));
  }

  private StudyTimePolicy insertedPolicy(StudyTimePolicy policy) {
    return studyTime(s -> s.insertPolicy(policy));
  }

  private StudyTimePolicy updatedPolicy(StudyTimePolicy policy) {
    return studyTime(s -> s.updatePolicy(policy));
  }

  private Optional<StudyTimeGrant> storedGrant(PractitionerId p) {
    return studyTime(s -> s.findGrant(p));
  }

  private StudyTimeGrant insertedGrant(StudyTimeGrant grant) {
    return studyTime(s -> s.insertGrant(grant));
  }

  private StudyTimeGrant updatedGrant(StudyTimeGrant grant) {
    return studyTime(s -> s.updateGrant(grant));
  }

  /** Policies and grants are stored at version 1, read back exactly, and updated by version. */
  @Test
  default void studyTimePoliciesAndGrantsAreStoredWithOptimisticVersions() {
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    StudyTimePolicy policy = StudyTimePolicy.of(org, Duration.ofHours(30), Month.APRIL);
    StudyTimePolicy stored = insertedPolicy(policy);
    assertThat(stored).isEqualTo(policy.atVersion(1));
    assertThat(storedPolicy(org)).contains(stored);
    assertThat(storedPolicy(OrganisationId.of(ns + "none"))).isEmpty();
    assertThatThrownBy(() -> studyTime(s -> s.insertPolicy(policy)))
        .isInstanceOf(DuplicateException.class);
    assertThatThrownBy(() -> studyTime(s -> s.insertPolicy(policy.atVersion(1))))
        .isInstanceOf(IllegalArgumentException.class);
    StudyTimePolicy changed = new StudyTimePolicy(org, Duration.ofMinutes(1), Month.JANUARY, 1);
    assertThat(updatedPolicy(changed)).isEqualTo(changed.atVersion(2));
    assertThat(storedPolicy(org)).contains(changed.atVersion(2));
    assertThatThrownBy(() -> studyTime(s -> s.updatePolicy(changed)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () ->
                studyTime(
                    s ->
                        s.updatePolicy(
                            StudyTimePolicy.of(
                                    OrganisationId.of(ns + "none"), Duration.ZERO, Month.MAY)
                                .atVersion(1))))
        .isInstanceOf(NotFoundException.class);

    PractitionerId p = PractitionerId.of(ns + "p");
    StudyTimeGrant grant = new StudyTimeGrant(p, org, Duration.ofHours(12), 0);
    assertThat(insertedGrant(grant)).isEqualTo(grant.atVersion(1));
    assertThat(storedGrant(p)).contains(grant.atVersion(1));
    assertThatThrownBy(() -> studyTime(s -> s.insertGrant(grant)))
        .isInstanceOf(DuplicateException.class);
    StudyTimeGrant more = new StudyTimeGrant(p, org, Duration.ofHours(20), 1);
    assertThat(updatedGrant(more)).isEqualTo(more.atVersion(2));
    assertThatThrownBy(() -> studyTime(s -> s.updateGrant(more)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () ->
                studyTime(
                    s -> {
                      s.deleteGrant(more);
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
    studyTime(
        s -> {
          s.deleteGrant(more.atVersion(2));
          assertThat(s.findGrant(p)).isEmpty();
          return null;
        });
    assertThat(storedGrant(p)).isEmpty();
    assertThatThrownBy(
            () ->
                studyTime(
                    s -> {
                      s.deleteGrant(more.atVersion(2));
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
  }

  /** A unit of work that fails leaves no policy and no grant behind. */
  @Test
  default void studyTimeWritesAreUndoneWithTheirUnitOfWork() {
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    PractitionerId p = PractitionerId.of(ns + "p");
    Throwable t =
        catchThrowable(
            () ->
                studyTime(
                    s -> {
                      s.insertPolicy(StudyTimePolicy.of(org, Duration.ofHours(1), Month.APRIL));
                      s.insertGrant(new StudyTimeGrant(p, org, Duration.ofHours(2), 0));
                      throw new IllegalStateException("the work fails");
                    }));
    assertThat(t).isInstanceOf(IllegalStateException.class);
    assertThat(storedPolicy(org)).isEmpty();
    assertThat(storedGrant(p)).isEmpty();
  }

  /** One attendance of the random world: who, which session, and whether they were present. */
  record Attended(PractitionerId who, Session session, boolean present) {}

  /**
   * The oracle of used time, written apart from the stores' rule: a practitioner's sessions in
   * order of start then id mark the minutes they cover; each is credited with the minutes no
   * earlier one marked, so no minute counts twice; the credit of study or reflective sessions that
   * started within the window is used.
   */
  private static long oracleUsedMinutes(
      List<Session> attended, Instant base, Instant from, Instant until) {
    List<Session> sorted = new ArrayList<>(attended);
    sorted.sort(Comparator.comparing(Session::startedAt).thenComparing(s -> s.id().value()));
    BitSet covered = new BitSet();
    long used = 0;
    for (Session s : sorted) {
      if (s.startedAt().isBefore(from.minus(Session.MAX_DURATION))
          || !s.startedAt().isBefore(until)) {
        continue;
      }
      int first = (int) Duration.between(base, s.startedAt()).toMinutes();
      int last = first + (int) s.duration().toMinutes();
      int fresh = 0;
      for (int m = first; m < last; m++) {
        if (!covered.get(m)) {
          covered.set(m);
          fresh++;
        }
      }
      boolean draws = s.mode() == SessionMode.REFLECTIVE || s.reading().isPresent();
      if (draws && !s.startedAt().isBefore(from)) {
        used += fresh;
      }
    }
    return used;
  }

  /**
   * Totals per forum and per base agree with the oracle over random worlds: practitioners of two
   * organisations and two bases, some with their own grants, sessions of every mode (some study
   * sessions also reflective), overlapping, before, across and after the window, attended or not.
   */
  @Test
  default void studyTimeTotalsAgreeWithAnIndependentOracle() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof StudyTimeTransaction);
    assumeTrue(keeps, "this storage keeps no study time");
    qt().withExamples(studyTimeExamples())
        .forAll(longs().all())
        .checkAssert(seed -> checkTotals(new SplittableRandom(seed)));
  }

  /**
   * Returns how many random worlds the totals property checks; a storage on a server may ask for
   * fewer.
   *
   * @return the number of examples
   */
  default int studyTimeExamples() {
    return 25;
  }

  private void checkTotals(SplittableRandom r) {
    String ns = StorageFixtures.namespace();
    OrganisationId org = OrganisationId.of(ns + "org");
    OrganisationId otherOrg = OrganisationId.of(ns + "other");
    BaseId base = BaseId.of(ns + "base");
    BaseId otherBase = BaseId.of(ns + "elsewhere");
    Instant from = StorageFixtures.T0.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    Instant until = from.plus(Duration.ofDays(3));
    Instant zero = from.minus(Duration.ofDays(1));
    Duration defaultGrant = Duration.ofMinutes(r.nextInt(0, 3000));
    int people = r.nextInt(1, 9);
    List<PractitionerProfile> profiles = new ArrayList<>();
    Map<PractitionerId, Duration> grants = new HashMap<>();
    for (int i = 0; i < people; i++) {
      PractitionerProfile p =
          PractitionerProfile.builder()
              .from(StorageFixtures.profile(ns + "p" + i, ns + "base"))
              .base(r.nextInt(4) == 0 ? otherBase : base)
              .organisation(r.nextInt(5) == 0 ? otherOrg : org)
              .build();
      profiles.add(p);
      if (r.nextBoolean()) {
        grants.put(p.id(), Duration.ofMinutes(r.nextInt(0, 3000)));
      }
    }
    List<Member> members = new ArrayList<>();
    for (PractitionerProfile p : profiles) {
      if (r.nextInt(3) > 0) {
        members.add(Member.builder().practitioner(p.id()).joinedAt(StorageFixtures.at(10)).build());
      }
    }
    Forum forum =
        Forum.builder()
            .from(StorageFixtures.proposed(ns + "forum", ns + "base"))
            .organisation(org)
            .addAllMembers(members)
            .build();
    List<Session> sessions = new ArrayList<>();
    int count = r.nextInt(0, 16);
    for (int i = 0; i < count; i++) {
      // Starts on whole minutes from eight hours before the window to a day after it.
      Instant start = zero.plus(Duration.ofMinutes(r.nextInt(16 * 60, 5 * 24 * 60)));
      SessionMode mode = SessionMode.values()[r.nextInt(SessionMode.values().length)];
      Session.Builder b =
          Session.builder()
              .id(SessionId.of(String.format("%ss%03d", ns, i)))
              .forum(forum.id())
              .mode(mode)
              .startedAt(start)
              .duration(Duration.ofMinutes(r.nextInt(1, 8 * 60 + 1)))
              .termsVersion(1)
              .recordedAt(start);
      if (mode == SessionMode.STUDY || r.nextInt(4) == 0) {
        b.reading(Reading.ofCitation("Paper " + i));
      }
      List<Attendance> attendance = new ArrayList<>();
      for (PractitionerProfile p : profiles) {
        int roll = r.nextInt(4);
        if (roll > 0) {
          attendance.add(
              Attendance.of(
                  p.id(), roll == 1 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT));
        }
      }
      sessions.add(b.attendance(attendance).build());
    }
    Duration finalDefault = defaultGrant;
    storage()
        .inTransaction(
            tx -> {
              for (PractitionerProfile p : profiles) {
                tx.practitioners().insert(p);
              }
              tx.forums().insert(forum);
              for (Session s : sessions) {
                tx.sessions().insert(s);
              }
              StudyTimeStore st = ((StudyTimeTransaction) tx).studyTime();
              grants.forEach((p, g) -> st.insertGrant(new StudyTimeGrant(p, org, g, 0)));
              return null;
            });
    // The oracle, per practitioner.
    Map<PractitionerId, Long> used = new HashMap<>();
    for (PractitionerProfile p : profiles) {
      List<Session> attended = new ArrayList<>();
      for (Session s : sessions) {
        if (s.present().contains(p.id())) {
          attended.add(s);
        }
      }
      used.put(p.id(), oracleUsedMinutes(attended, zero, from, until));
    }
    Set<PractitionerId> memberIds = forum.memberIds();
    StudyTimeTotals expectedForum =
        expected(profiles, p -> memberIds.contains(p.id()), org, grants, finalDefault, used);
    StudyTimeTotals expectedBase =
        expected(profiles, p -> p.base().equals(base), org, grants, finalDefault, used);
    StudyTimeTotals forumTotals =
        studyTime(s -> s.forumTotals(forum.id(), org, finalDefault, from, until));
    StudyTimeTotals baseTotals = studyTime(s -> s.baseTotals(base, org, finalDefault, from, until));
    assertThat(forumTotals).isEqualTo(expectedForum);
    assertThat(baseTotals).isEqualTo(expectedBase);
    StudyTimeTotals none =
        studyTime(s -> s.forumTotals(ForumId.of(ns + "no-forum"), org, finalDefault, from, until));
    assertThat(none).isEqualTo(new StudyTimeTotals(0, Duration.ZERO, Duration.ZERO));
  }

  private static StudyTimeTotals expected(
      List<PractitionerProfile> profiles,
      java.util.function.Predicate<PractitionerProfile> inGroup,
      OrganisationId org,
      Map<PractitionerId, Duration> grants,
      Duration defaultGrant,
      Map<PractitionerId, Long> used) {
    long n = 0;
    Duration granted = Duration.ZERO;
    long minutes = 0;
    for (PractitionerProfile p : profiles) {
      if (!p.organisation().equals(org) || !inGroup.test(p)) {
        continue;
      }
      n++;
      granted = granted.plus(grants.getOrDefault(p.id(), defaultGrant));
      minutes += used.get(p.id());
    }
    return new StudyTimeTotals(n, granted, Duration.ofMinutes(minutes));
  }

  /**
   * Through the SDK on this storage: an administrator grants time; a member sees their own granted,
   * used and remaining time, and nobody else can; a manager sees the forum's totals, "fewer than 5"
   * for a small group with no figure kept; bad input is refused naming CPD-3 with nothing changed;
   * erasure removes the member's own grant and subject access shows it first.
   */
  @Test
  default void studyTimeThroughTheSdkShowsOwnUseAndSuppressedTotalsOnly() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof StudyTimeTransaction);
    assumeTrue(keeps, "this storage keeps no study time");
    PrivacyWorld w = new PrivacyWorld(storage());
    List<PractitionerId> members = new ArrayList<>();
    for (String name : List.of("m1", "m2", "m3", "m4", "m5")) {
      Discipline d = members.size() % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.NURSING;
      members.add(w.register(name, d, Optional.empty()));
    }
    PersonId sponsor = PersonId.of(w.ns + "sponsor");
    ForumId[] created = new ForumId[1];
    w.activeForum("study", sponsor, members, created);
    w.hold(created[0], members.get(1), Set.copyOf(members));
    LocalDate today = LocalDate.ofInstant(w.clock.instant(), java.time.ZoneOffset.UTC);
    StudyTimePolicy policy =
        w.sdk.studyTime().setPolicy(w.admin, w.org, Duration.ofHours(20), Month.APRIL);
    assertThat(policy.version()).isEqualTo(1);
    StudyTimeGrant own = w.sdk.studyTime().grant(w.admin, members.get(0), Duration.ofHours(30));
    assertThat(own.grant()).isEqualTo(Duration.ofHours(30));
    Actor member = Actor.practitioner(members.get(0));
    StudyTimeUse mine = w.sdk.studyTime().mine(member, today);
    assertThat(mine.granted()).isEqualTo(Duration.ofHours(30));
    assertThat(mine.used()).isEqualTo(Duration.ofMinutes(90));
    assertThat(mine.remaining()).isEqualTo(Duration.ofHours(30).minusMinutes(90));
    assertThat(w.sdk.studyTime().mine(Actor.practitioner(members.get(1)), today).granted())
        .isEqualTo(Duration.ofHours(20));
    for (Actor other :
        List.of(Actor.manager(sponsor), w.admin, Actor.reviewer(PersonId.of(w.ns + "rev")))) {
      assertThatThrownBy(() -> w.sdk.studyTime().mine(other, today))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("CPD-3: ");
    }
    // Two practitioners at another base: a group below the threshold.
    BaseId annexe = BaseId.of(w.ns + "annexe");
    for (String name : List.of("a1", "a2")) {
      w.sdk
          .practitioners()
          .register(
              w.admin,
              PractitionerProfile.builder()
                  .from(w.sdk.practitioners().get(w.admin, members.get(0)))
                  .id(w.id(name))
                  .base(annexe)
                  .version(0)
                  .build());
    }
    StudyTimeAggregate small =
        w.sdk.studyTime().baseTotals(Actor.manager(sponsor), w.org, annexe, today);
    assertThat(small.practitioners().suppressed()).isTrue();
    assertThat(small.granted()).isEmpty();
    assertThat(small.used()).isEmpty();
    assertThat(small.summary()).contains("fewer than 5 practitioners");
    assertThatThrownBy(() -> w.sdk.studyTime().forumTotals(member, created[0], today))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("CPD-3: ");
    StudyTimeAggregate shown =
        w.sdk.studyTime().forumTotals(Actor.manager(sponsor), created[0], today);
    assertThat(shown.practitioners().value()).hasValue(5);
    assertThat(shown.granted()).contains(Duration.ofHours(30 + 4 * 20));
    assertThat(shown.used()).contains(Duration.ofMinutes(5 * 90));
    assertThat(shown.summary()).doesNotContain(members.get(0).value());
    assertThat(w.sdk.studyTime().baseTotals(w.admin, w.org, w.base, today).practitioners().value())
        .hasValue(5);
    // Bad input: typed errors naming CPD-3, nothing changed.
    assertThatThrownBy(() -> w.sdk.studyTime().grant(w.admin, members.get(0), Duration.ofHours(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-3: ");
    assertThatThrownBy(
            () -> w.sdk.studyTime().setPolicy(w.admin, w.org, Duration.ofHours(5000), Month.MAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("CPD-3: ");
    assertThatThrownBy(
            () -> w.sdk.studyTime().grant(Actor.manager(sponsor), members.get(0), Duration.ZERO))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("CPD-3: ");
    assertThat(w.sdk.studyTime().mine(member, today).granted()).isEqualTo(Duration.ofHours(30));
    // Subject access shows the grant; erasure removes it.
    assertThat(w.sdk.privacy().export(w.admin, members.get(0))).contains("studyTimeGrant");
    assertThat(w.sdk.privacy().erase(w.admin, members.get(0)).removed())
        .containsEntry(ErasureCategory.STUDY_TIME_GRANT, 1);
    assertThat(storedGrant(members.get(0))).isEmpty();
  }
}
