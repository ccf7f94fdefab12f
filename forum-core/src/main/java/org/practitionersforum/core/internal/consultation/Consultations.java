package org.practitionersforum.core.internal.consultation;

import java.util.function.Function;
import org.practitionersforum.api.consultation.ConsultationService;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The consultation feature (CR-1 to CR-6), assembled. The package's only public type; the SDK's
 * entry point creates one service per SDK and adds the rounds' erasure step to its privacy feature.
 */
public final class Consultations {
  private Consultations() {}

  /**
   * Creates the consultation service.
   *
   * @param transactor runs every command as a unit of work
   * @param access decides who may do what and see what (SEC-1)
   * @param settings each organisation's consultation settings
   * @return the service, thread-safe
   */
  public static ConsultationService create(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings) {
    return create(transactor, access, settings, defaultMatcher());
  }

  /**
   * Creates the consultation service with a recommendation matcher (CR-6).
   *
   * @param transactor runs every command as a unit of work
   * @param access decides who may do what and see what (SEC-1)
   * @param settings each organisation's consultation settings
   * @param matcher finds the earlier recommendations a new one repeats
   * @return the service, thread-safe
   */
  public static ConsultationService create(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      RecommendationMatcher matcher) {
    return new DefaultConsultationService(transactor, access, settings, matcher);
  }

  /**
   * Returns the SDK's default recommendation matcher (CR-6): normalised text, MinHash over word
   * shingles, locality-sensitive hashing bands as keys, and the Jaccard similarity of the shingles
   * at a threshold of 0.35.
   *
   * @return the matcher, thread-safe
   */
  public static RecommendationMatcher defaultMatcher() {
    return new MinHashMatcher();
  }

  /**
   * Returns the consultation rounds' part in erasure and subject access (SEC-3).
   *
   * @return the erasure step
   */
  public static ErasureStep erasure() {
    return new ConsultationErasure();
  }

  /**
   * Finds the earlier recommendations a new one repeats, exactly as the service does when a
   * response is agreed (CR-6): one candidate lookup by the entry's keys, then the matcher's
   * similarity at its threshold. For benchmarks and tools; nothing is written.
   *
   * @param store the repeat store of a unit of work
   * @param matcher the matcher that made the entry's keys
   * @param entry the new recommendation, not necessarily indexed
   * @return the earlier entries it repeats, in order of id
   */
  public static java.util.List<org.practitionersforum.api.spi.LedgerEntry> repeatsOf(
      org.practitionersforum.api.spi.RepeatStore store,
      RecommendationMatcher matcher,
      org.practitionersforum.api.spi.LedgerEntry entry) {
    return Repeats.matches(store, matcher, entry).stream().map(Repeats.Match::earlier).toList();
  }
}
