package org.practitionersforum.core.internal.cpd;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.cpd.CpdService;
import org.practitionersforum.api.cpd.Evidence;
import org.practitionersforum.api.cpd.Format;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.cpd.RegistrationPeriod;
import org.practitionersforum.api.cpd.Regulator;
import org.practitionersforum.api.cpd.Regulators;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.SessionService;
import org.practitionersforum.api.spi.RegistrantProfileStore;
import org.practitionersforum.api.spi.RegistrantTransaction;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Regulator-shaped CPD evidence as a service (CPD-1). The evidence is the author's own: their CPD
 * record over the period, from the session service so that no time is counted twice, and their own
 * notes on sessions that started within the period, and the reflective discussions they recorded in
 * it. The access policy's rows are those of notes (CPD-2): a practitioner acting for themselves,
 * every other role refused before anything is read. The evidence is read only: nothing is written,
 * audited or published.
 *
 * <p>The registrant profile is its owner's alone (CPD-1): its rows are for a practitioner acting
 * for themselves, and a change is audited on their own practitioner chain, naming no regulator and
 * no date, with no event. Thread-safe.
 */
final class DefaultCpdService implements CpdService {
  private final Transactor transactor;
  private final Access access;
  private final SessionService sessions;
  private final Map<String, Regulator> regulators;

  DefaultCpdService(
      Transactor transactor, Access access, SessionService sessions, List<Regulator> extra) {
    this.transactor = transactor;
    this.access = access;
    this.sessions = sessions;
    Map<String, Regulator> all = new LinkedHashMap<>();
    for (Regulator r : Regulators.builtIn()) {
      all.put(r.id(), r);
    }
    for (Regulator r : extra) {
      Checks.notNull(r, "regulator");
      Checks.id(r.id(), "regulator id");
      if (all.putIfAbsent(r.id(), r) != null) {
        throw new InvalidInputException("CPD-1: two regulators cannot share an id");
      }
    }
    this.regulators = java.util.Collections.unmodifiableMap(all);
  }

  @Override
  public List<Regulator> regulators() {
    return List.copyOf(regulators.values());
  }

  /** The profile part of a unit of work, or a refusal on a storage that keeps no profiles. */
  static RegistrantProfileStore profiles(StorageTransaction tx) {
    if (tx instanceof RegistrantTransaction r) {
      return r.registrants();
    }
    throw new StorageException(
        "CPD-1: this storage does not store registrant profiles", false, null);
  }

  @Override
  public RegistrantProfile profile(Actor owner) {
    Checks.notNull(owner, "actor");
    Operation op = Operation.CPD_PROFILE_GET;
    PractitionerId me = self(owner, op);
    return transactor.read(
        tx -> {
          access.require(owner, op, Subject.practitioner(tx, me));
          return profiles(tx).find(me).orElse(RegistrantProfile.empty(me));
        });
  }

  @Override
  public RegistrantProfile register(Actor owner, Registration registration) {
    Checks.notNull(owner, "actor");
    Checks.notNull(registration, "registration");
    Regulator regulator = known(registration.regulator());
    // The regulator must be able to place a period from what is recorded: a registration that
    // lacks what it needs (an NMC revalidation date, say) is refused before anything is stored.
    regulator.period(registration, today());
    return change(owner, p -> p.with(registration));
  }

  @Override
  public RegistrantProfile deregister(Actor owner, String regulator) {
    Checks.notNull(owner, "actor");
    Checks.id(regulator, "regulator id");
    return change(
        owner,
        p -> {
          if (p.registration(regulator).isEmpty()) {
            throw new InvalidInputException(
                "CPD-1: the profile records no registration with this regulator");
          }
          return p.without(regulator);
        });
  }

  @Override
  public RegistrantProfile recordReflectiveDiscussion(Actor owner, LocalDate heldOn) {
    Checks.notNull(owner, "actor");
    Checks.notNull(heldOn, "date of the reflective discussion");
    if (heldOn.isAfter(today())) {
      throw new InvalidInputException(
          "CPD-1: a reflective discussion is recorded once it has taken place, not before");
    }
    return change(owner, p -> p.withDiscussion(heldOn));
  }

  /**
   * Changes the owner's profile in one unit of work: refused for anyone but the owner, stored
   * whole, audited on their practitioner chain. An unchanged profile is not written.
   */
  private RegistrantProfile change(
      Actor owner, java.util.function.UnaryOperator<RegistrantProfile> how) {
    Operation op = Operation.CPD_PROFILE_CHANGE;
    PractitionerId me = self(owner, op);
    return transactor.write(
        owner,
        op,
        AggregateRef.practitioner(me),
        unit -> {
          access.require(owner, op, Subject.practitioner(unit.tx(), me));
          RegistrantProfileStore store = profiles(unit.tx());
          java.util.Optional<RegistrantProfile> found = store.find(me);
          RegistrantProfile before = found.orElse(RegistrantProfile.empty(me));
          RegistrantProfile after = how.apply(before);
          if (after.equals(before)) {
            return before;
          }
          if (found.isEmpty()) {
            return store.insert(after);
          }
          if (after.registrations().isEmpty() && after.reflectiveDiscussions().isEmpty()) {
            store.delete(before);
            return RegistrantProfile.empty(me);
          }
          return store.update(after);
        });
  }

  @Override
  public List<Readiness> readiness(Actor author) {
    Checks.notNull(author, "actor");
    LocalDate today = today();
    List<Readiness> out = new ArrayList<>();
    for (Registration r : stored(author, Operation.CPD_READINESS).registrations()) {
      Regulator regulator = known(r.regulator());
      out.add(regulator.readiness(evidence(author, Operation.CPD_READINESS, regulator, r, today)));
    }
    return List.copyOf(out);
  }

  @Override
  public String regulatorExport(Actor author, String regulatorId, Format format) {
    Checks.notNull(author, "actor");
    Checks.id(regulatorId, "regulator id");
    Checks.notNull(format, "format");
    Operation op = Operation.CPD_REGULATOR_EXPORT;
    Regulator regulator = known(regulatorId);
    Registration r =
        stored(author, op)
            .registration(regulatorId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "CPD-1: the profile records no registration with this regulator"));
    return regulator.render(evidence(author, op, regulator, r, today()), format);
  }

  /** The author's stored profile, read for an evidence operation. */
  private RegistrantProfile stored(Actor author, Operation op) {
    PractitionerId me = self(author, op);
    return transactor.read(
        tx -> {
          access.require(author, op, Subject.practitioner(tx, me));
          return profiles(tx).find(me).orElse(RegistrantProfile.empty(me));
        });
  }

  private PractitionerId self(Actor actor, Operation op) {
    access.precheck(actor, op, Subject.person(actor.person()));
    return actor.person().asPractitioner();
  }

  private LocalDate today() {
    return LocalDate.now(transactor.clock());
  }

  private Regulator known(String id) {
    Regulator r = regulators.get(id);
    if (r == null) {
      throw new InvalidInputException("CPD-1: no regulator known to this SDK has this id");
    }
    return r;
  }

  @Override
  public Readiness readiness(Actor author, Registration registration, LocalDate asOf) {
    Regulator regulator = regulator(author, registration, asOf);
    return regulator.readiness(
        evidence(author, Operation.CPD_READINESS, regulator, registration, asOf));
  }

  @Override
  public String regulatorExport(
      Actor author, Registration registration, LocalDate asOf, Format format) {
    Checks.notNull(format, "format");
    Regulator regulator = regulator(author, registration, asOf);
    return regulator.render(
        evidence(author, Operation.CPD_REGULATOR_EXPORT, regulator, registration, asOf), format);
  }

  private Regulator regulator(Actor author, Registration registration, LocalDate asOf) {
    Checks.notNull(author, "actor");
    Checks.notNull(registration, "registration");
    Checks.notNull(asOf, "date");
    return known(registration.regulator());
  }

  private Evidence evidence(
      Actor author, Operation op, Regulator regulator, Registration registration, LocalDate asOf) {
    // Refuses every role but a practitioner acting for themselves before anything is read.
    access.precheck(author, op, Subject.person(author.person()));
    PractitionerId me = author.person().asPractitioner();
    RegistrationPeriod period = regulator.period(registration, asOf);
    ZoneId zone = transactor.clock().getZone();
    record Held(List<ReflectiveNote> notes, List<LocalDate> discussions) {}
    Held held =
        transactor.read(
            tx -> {
              access.require(author, op, Subject.practitioner(tx, me));
              List<ReflectiveNote> notes =
                  List.copyOf(DefaultReflectiveNoteService.notes(tx).findByAuthor(me));
              // A storage that keeps no profiles holds no recorded discussion.
              List<LocalDate> discussions =
                  tx instanceof RegistrantTransaction rt
                      ? rt.registrants()
                          .find(me)
                          .map(RegistrantProfile::reflectiveDiscussions)
                          .orElse(List.of())
                      : List.of();
              return new Held(notes, discussions);
            });
    List<ReflectiveNote> mine = held.notes();
    CpdRecord record = sessions.cpd(author, me, period.start(), period.end());
    List<ReflectiveNote> within = new ArrayList<>();
    for (ReflectiveNote n : mine) {
      if (period.contains(LocalDate.ofInstant(n.sessionStartedAt(), zone))) {
        within.add(n);
      }
    }
    List<LocalDate> discussions = held.discussions().stream().filter(period::contains).toList();
    return new Evidence(registration, period, asOf, record, within, discussions);
  }
}
