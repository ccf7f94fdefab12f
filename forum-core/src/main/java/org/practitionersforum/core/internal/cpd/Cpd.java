package org.practitionersforum.core.internal.cpd;

import java.security.SecureRandom;
import org.practitionersforum.api.cpd.ReflectiveNoteService;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The CPD feature (CPD-2), assembled. The package's only public type; the SDK's entry point creates
 * one note service per SDK and adds the notes' erasure step to its privacy feature.
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
   * Returns the notes' part in erasure and subject access (SEC-3).
   *
   * @return the erasure step
   */
  public static ErasureStep erasure() {
    return new NoteErasure();
  }
}
