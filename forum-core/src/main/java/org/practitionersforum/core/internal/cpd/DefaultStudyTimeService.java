package org.practitionersforum.core.internal.cpd;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.cpd.StudyTimeAggregate;
import org.practitionersforum.api.cpd.StudyTimeGrant;
import org.practitionersforum.api.cpd.StudyTimePolicy;
import org.practitionersforum.api.cpd.StudyTimeService;
import org.practitionersforum.api.cpd.StudyTimeUse;
import org.practitionersforum.api.cpd.StudyYear;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.session.SessionService;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.StudyTimeStore;
import org.practitionersforum.api.spi.StudyTimeTotals;
import org.practitionersforum.api.spi.StudyTimeTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.session.CpdCredit;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Protected study time as a service (CPD-3). Grants are set through the one write path and audited
 * on the practitioner's chain (a policy on the acting administrator's own), with no event and no
 * time in the audit. A practitioner's own use comes from their CPD record (the session service's,
 * so no time is counted twice); a group's totals come from the store's aggregate query, suppressed
 * below the organisation's threshold before anyone sees them. Thread-safe.
 */
final class DefaultStudyTimeService implements StudyTimeService {
  /** The year an organisation with no stored policy has: April, as a UK financial year. */
  static final Month DEFAULT_YEAR_STARTS = Month.APRIL;

  private final Transactor transactor;
  private final Access access;
  private final SessionService sessions;
  private final Function<OrganisationId, ConsultationSettings> settings;

  DefaultStudyTimeService(
      Transactor transactor,
      Access access,
      SessionService sessions,
      Function<OrganisationId, ConsultationSettings> settings) {
    this.transactor = transactor;
    this.access = access;
    this.sessions = sessions;
    this.settings = settings;
  }

  /** The study time part of a unit of work, or a refusal on a storage that keeps none. */
  static StudyTimeStore store(StorageTransaction tx) {
    if (tx instanceof StudyTimeTransaction s) {
      return s.studyTime();
    }
    throw new StorageException("CPD-3: this storage does not store study time", false, null);
  }

  /** The organisation's policy, or its default: no time granted, the year from April. */
  static StudyTimePolicy policy(StorageTransaction tx, OrganisationId organisation) {
    return store(tx)
        .findPolicy(organisation)
        .orElse(StudyTimePolicy.of(organisation, Duration.ZERO, DEFAULT_YEAR_STARTS));
  }

  @Override
  public StudyTimePolicy setPolicy(
      Actor actor, OrganisationId organisation, Duration defaultGrant, Month yearStarts) {
    Checks.notNull(actor, "actor");
    StudyTimePolicy wanted = StudyTimePolicy.of(organisation, defaultGrant, yearStarts);
    Operation op = Operation.STUDY_TIME_SET_POLICY;
    access.precheck(actor, op, Subject.in(organisation));
    return transactor.write(
        actor,
        op,
        // Audited on the acting person's own chain: the trail has no organisation chain.
        AggregateRef.practitioner(actor.person().asPractitioner()),
        unit -> {
          access.require(actor, op, Subject.in(organisation));
          StudyTimeStore store = store(unit.tx());
          Optional<StudyTimePolicy> found = store.findPolicy(organisation);
          if (found.isEmpty()) {
            return store.insertPolicy(wanted);
          }
          StudyTimePolicy current = found.get();
          if (current.equals(wanted.atVersion(current.version()))) {
            return current;
          }
          return store.updatePolicy(wanted.atVersion(current.version()));
        });
  }

  @Override
  public StudyTimeGrant grant(Actor actor, PractitionerId practitioner, Duration grant) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    StudyTimePolicy.checkGrant(grant);
    Operation op = Operation.STUDY_TIME_GRANT;
    access.precheck(actor, op, Subject.person(practitioner));
    return transactor.write(
        actor,
        op,
        AggregateRef.practitioner(practitioner),
        unit -> {
          PractitionerProfile profile = profile(unit.tx(), practitioner);
          access.require(actor, op, Subject.in(profile.organisation()));
          StudyTimeStore store = store(unit.tx());
          StudyTimeGrant wanted =
              new StudyTimeGrant(practitioner, profile.organisation(), grant, 0);
          Optional<StudyTimeGrant> found = store.findGrant(practitioner);
          if (found.isEmpty()) {
            return store.insertGrant(wanted);
          }
          StudyTimeGrant current = found.get();
          if (current.equals(wanted.atVersion(current.version()))) {
            return current;
          }
          return store.updateGrant(wanted.atVersion(current.version()));
        });
  }

  @Override
  public boolean removeGrant(Actor actor, PractitionerId practitioner) {
    Checks.notNull(actor, "actor");
    Checks.notNull(practitioner, "practitioner id");
    Operation op = Operation.STUDY_TIME_GRANT;
    access.precheck(actor, op, Subject.person(practitioner));
    return transactor.write(
        actor,
        op,
        AggregateRef.practitioner(practitioner),
        unit -> {
          StudyTimeStore store = store(unit.tx());
          Optional<StudyTimeGrant> found = store.findGrant(practitioner);
          access.require(
              actor, op, found.map(g -> Subject.in(g.organisation())).orElse(Subject.none()));
          found.ifPresent(store::deleteGrant);
          return found.isPresent();
        });
  }

  @Override
  public StudyTimeUse mine(Actor practitioner, LocalDate asOf) {
    Checks.notNull(practitioner, "actor");
    Checks.notNull(asOf, "date");
    Operation op = Operation.STUDY_TIME_MINE;
    access.precheck(practitioner, op, Subject.person(practitioner.person()));
    PractitionerId me = practitioner.person().asPractitioner();
    record Granted(StudyYear year, Duration granted) {}
    Granted granted =
        transactor.read(
            tx -> {
              access.require(practitioner, op, Subject.practitioner(tx, me));
              // A practitioner with no profile belongs to no organisation: nothing is granted.
              Optional<PractitionerProfile> profile = tx.practitioners().find(me);
              if (profile.isEmpty()) {
                StudyTimePolicy none =
                    StudyTimePolicy.of(
                        OrganisationId.of("none"), Duration.ZERO, DEFAULT_YEAR_STARTS);
                return new Granted(none.year(asOf), Duration.ZERO);
              }
              StudyTimePolicy policy = policy(tx, profile.get().organisation());
              Duration time =
                  store(tx).findGrant(me).map(StudyTimeGrant::grant).orElse(policy.defaultGrant());
              return new Granted(policy.year(asOf), time);
            });
    Duration used =
        CpdCredit.studyTime(
            sessions.cpd(practitioner, me, granted.year().start(), granted.year().end()).entries());
    return new StudyTimeUse(granted.year(), granted.granted(), used);
  }

  @Override
  public StudyTimeAggregate forumTotals(Actor actor, ForumId forum, LocalDate asOf) {
    Checks.notNull(actor, "actor");
    Checks.notNull(forum, "forum id");
    Checks.notNull(asOf, "date");
    Operation op = Operation.STUDY_TIME_TOTALS;
    access.precheck(actor, op, Subject.none());
    return transactor.read(
        tx -> {
          Forum f =
              tx.forums()
                  .find(forum)
                  .orElseThrow(() -> new NotFoundException("no forum has this id"));
          access.require(actor, op, Subject.in(f.organisation()));
          return totals(
              tx,
              "forum " + forum.value(),
              f.organisation(),
              asOf,
              (store, policy, from, until) ->
                  store.forumTotals(forum, f.organisation(), policy.defaultGrant(), from, until));
        });
  }

  @Override
  public StudyTimeAggregate baseTotals(
      Actor actor, OrganisationId organisation, BaseId base, LocalDate asOf) {
    Checks.notNull(actor, "actor");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(base, "base id");
    Checks.notNull(asOf, "date");
    Operation op = Operation.STUDY_TIME_TOTALS;
    access.precheck(actor, op, Subject.in(organisation));
    return transactor.read(
        tx -> {
          access.require(actor, op, Subject.in(organisation));
          return totals(
              tx,
              "base " + base.value(),
              organisation,
              asOf,
              (store, policy, from, until) ->
                  store.baseTotals(base, organisation, policy.defaultGrant(), from, until));
        });
  }

  /** How a group's exact totals are read from the store. */
  private interface Query {
    StudyTimeTotals run(StudyTimeStore store, StudyTimePolicy policy, Instant from, Instant until);
  }

  /** The group's totals for the year, suppressed by the organisation's threshold. */
  private StudyTimeAggregate totals(
      StorageTransaction tx,
      String scope,
      OrganisationId organisation,
      LocalDate asOf,
      Query query) {
    StudyTimePolicy policy = policy(tx, organisation);
    StudyYear year = policy.year(asOf);
    ZoneId zone = transactor.clock().getZone();
    Instant from = year.start().atStartOfDay(zone).toInstant();
    Instant until = year.end().plusDays(1).atStartOfDay(zone).toInstant();
    StudyTimeTotals exact = query.run(store(tx), policy, from, until);
    return StudyTimeAggregate.of(
        scope,
        year,
        exact.practitioners(),
        exact.granted(),
        exact.used(),
        settings.apply(organisation).suppressionThreshold());
  }

  private static PractitionerProfile profile(StorageTransaction tx, PractitionerId id) {
    return tx.practitioners()
        .find(id)
        .orElseThrow(() -> new NotFoundException("no practitioner has this id"));
  }
}
