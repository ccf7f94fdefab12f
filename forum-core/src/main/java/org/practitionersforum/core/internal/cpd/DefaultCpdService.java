package org.practitionersforum.core.internal.cpd;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.cpd.CpdService;
import org.practitionersforum.api.cpd.Evidence;
import org.practitionersforum.api.cpd.Format;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.ReflectiveNote;
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
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Regulator-shaped CPD evidence as a service (CPD-1). The evidence is the author's own: their CPD
 * record over the period, from the session service so that no time is counted twice, and their own
 * notes on sessions that started within the period. The access policy's rows are those of notes
 * (CPD-2): a practitioner acting for themselves, every other role refused before anything is read.
 * Reads only: nothing is written, audited or published. Thread-safe.
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
    Regulator r = regulators.get(registration.regulator());
    if (r == null) {
      throw new InvalidInputException("CPD-1: no regulator known to this SDK has this id");
    }
    return r;
  }

  private Evidence evidence(
      Actor author, Operation op, Regulator regulator, Registration registration, LocalDate asOf) {
    // Refuses every role but a practitioner acting for themselves before anything is read.
    access.precheck(author, op, Subject.person(author.person()));
    PractitionerId me = author.person().asPractitioner();
    RegistrationPeriod period = regulator.period(registration, asOf);
    ZoneId zone = transactor.clock().getZone();
    List<ReflectiveNote> mine =
        transactor.read(
            tx -> {
              access.require(author, op, Subject.practitioner(tx, me));
              return List.copyOf(DefaultReflectiveNoteService.notes(tx).findByAuthor(me));
            });
    CpdRecord record = sessions.cpd(author, me, period.start(), period.end());
    List<ReflectiveNote> within = new ArrayList<>();
    for (ReflectiveNote n : mine) {
      if (period.contains(LocalDate.ofInstant(n.sessionStartedAt(), zone))) {
        within.add(n);
      }
    }
    return new Evidence(registration, period, asOf, record, within);
  }
}
