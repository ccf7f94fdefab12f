package org.practitionersforum.core.internal.cpd;

import java.security.SecureRandom;
import java.util.List;
import org.practitionersforum.api.cpd.CpdService;
import org.practitionersforum.api.cpd.ReflectiveNoteService;
import org.practitionersforum.api.cpd.Regulator;
import org.practitionersforum.api.cpd.StudyTimeService;
import org.practitionersforum.api.session.SessionService;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The CPD feature (CPD-1, CPD-2), assembled. The package's only public type; the SDK's entry point
 * creates one note service and one CPD evidence service per SDK and adds the notes' erasure step to
 * its privacy feature.
 */
public final class Cpd {
  private Cpd() {}

  /**
   * Creates the private reflective note service.
   *
   * @param transactor runs every command as a unit of work
   * @param access decides who may do what (SEC-1, CPD-2)
   * @param random the source of note ids
   * @return the service, thread-safe
   */
  public static ReflectiveNoteService notes(
      Transactor transactor, Access access, SecureRandom random) {
    return new DefaultReflectiveNoteService(transactor, access, random);
  }

  /**
   * Creates the regulator-shaped CPD evidence service (CPD-1).
   *
   * @param transactor runs every read
   * @param access decides who may do what (SEC-1, CPD-2)
   * @param sessions the session service, whose CPD record the evidence reuses
   * @param extra the regulators the host registered, after the built-in ones
   * @return the service, thread-safe
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if two regulators share
   *     an id
   */
  public static CpdService service(
      Transactor transactor, Access access, SessionService sessions, List<Regulator> extra) {
    return new DefaultCpdService(transactor, access, sessions, extra);
  }

  /**
   * Creates the protected study time service (CPD-3).
   *
   * @param transactor runs every command as a unit of work
   * @param access decides who may do what (SEC-1, CPD-3)
   * @param sessions the session service, whose CPD record a practitioner's own use reuses
   * @param settings each organisation's settings, whose suppression threshold the totals use
   * @return the service, thread-safe
   */
  public static StudyTimeService studyTime(
      Transactor transactor,
      Access access,
      SessionService sessions,
      java.util.function.Function<
              org.practitionersforum.api.practitioner.OrganisationId,
              org.practitionersforum.api.consultation.ConsultationSettings>
          settings) {
    return new DefaultStudyTimeService(transactor, access, sessions, settings);
  }

  /**
   * Returns the notes' part in erasure and subject access (SEC-3).
   *
   * @return the erasure step
   */
  public static ErasureStep erasure() {
    return new NoteErasure();
  }

  /**
   * Returns the registrant profiles' part in erasure and subject access (SEC-3).
   *
   * @return the erasure step
   */
  public static ErasureStep profileErasure() {
    return new ProfileErasure();
  }

  /**
   * Returns protected study time's part in erasure and subject access (SEC-3): a practitioner's own
   * grant.
   *
   * @return the erasure step
   */
  public static ErasureStep studyTimeErasure() {
    return new StudyTimeErasure();
  }
}
