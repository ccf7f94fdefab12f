package org.practitionersforum.core.internal.lesson;

import java.security.SecureRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.lesson.LessonService;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The lesson feature (LS-1, LS-2, LS-4), assembled. The package's only public type; the SDK's entry
 * point creates one service per SDK and adds the lessons' erasure step to its privacy feature.
 */
public final class Lessons {
  /** The default cost of a reference code's hash: PBKDF2-HMAC-SHA256 iterations. */
  public static final int DEFAULT_CODE_ITERATIONS = ReferenceCodes.DEFAULT_ITERATIONS;

  private Lessons() {}

  /**
   * Creates the lesson service.
   *
   * @param transactor runs every command as a unit of work
   * @param access decides who may do what and see what (SEC-1)
   * @param random the source of reference codes and their salts
   * @param codeIterations the PBKDF2 iteration count of reference codes' hashes
   * @param anonymiser the anonymiser of sections for publication, or null for the shared default
   * @param settings each organisation's lesson settings
   * @return the service, thread-safe
   * @throws InvalidInputException naming LS-2 if the iteration count is too low
   */
  public static LessonService create(
      Transactor transactor,
      Access access,
      SecureRandom random,
      int codeIterations,
      Anonymiser anonymiser,
      Function<OrganisationId, LessonSettings> settings) {
    Supplier<Anonymiser> source = anonymiser == null ? DefaultAnonymiser::get : () -> anonymiser;
    return new DefaultLessonService(
        transactor,
        access,
        new ReferenceCodes(random, checkCodeIterations(codeIterations)),
        new TierPolicy(source, settings));
  }

  /** The anonymiser of SDKs given none, built on first use and shared. */
  private static final class DefaultAnonymiser {
    private static final Anonymiser INSTANCE = Anonymisers.builder().build();

    static Anonymiser get() {
      return INSTANCE;
    }
  }

  /**
   * Checks the cost of reference codes' hashes.
   *
   * @param iterations the PBKDF2 iteration count
   * @return the count
   * @throws InvalidInputException naming LS-2 if it is below the least accepted
   */
  public static int checkCodeIterations(int iterations) {
    if (iterations < ReferenceCodes.MIN_ITERATIONS) {
      throw new InvalidInputException(
          "LS-2: a reference code's hash takes at least "
              + ReferenceCodes.MIN_ITERATIONS
              + " iterations");
    }
    return iterations;
  }

  /**
   * Returns the lessons' part in erasure and subject access (SEC-3).
   *
   * @return the erasure step
   */
  public static ErasureStep erasure() {
    return new LessonErasure();
  }
}
