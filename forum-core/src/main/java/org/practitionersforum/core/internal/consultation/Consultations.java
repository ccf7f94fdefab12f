package org.practitionersforum.core.internal.consultation;

import java.util.function.Function;
import java.util.function.Supplier;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.consultation.ConsultationService;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The consultation feature (CR-1 to CR-8), assembled. The package's only public type; the SDK's
 * entry point creates one service per SDK and adds the rounds' erasure steps to its privacy
 * feature.
 */
public final class Consultations {
  private Consultations() {}

  /**
   * Creates the consultation service.
   *
   * @param transactor runs every command as a unit of work
   * @param access decides who may do what and see what (SEC-1)
   * @param settings each organisation's consultation settings
   * @param anonymiser the anonymiser individual input is run through (CR-3), or null for the shared
   *     default
   * @param matcher the recommendation matcher (CR-6)
   * @return the service, thread-safe
   */
  public static ConsultationService create(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      Anonymiser anonymiser,
      RecommendationMatcher matcher) {
    Supplier<Anonymiser> source = anonymiser == null ? DefaultAnonymiser::get : () -> anonymiser;
    return new DefaultConsultationService(transactor, access, settings, source, matcher);
  }

  /**
   * Returns the SDK's default recommendation matcher (CR-6).
   *
   * @return the matcher
   */
  public static RecommendationMatcher defaultMatcher() {
    return new MinHashMatcher();
  }

  private static final class DefaultAnonymiser {
    private static final Anonymiser INSTANCE = Anonymisers.builder().build();

    static Anonymiser get() {
      return INSTANCE;
    }
  }

  /**
   * Returns the hook that keeps consultation data in step with a forum's membership: mandates end
   * when their holder leaves (CR-7), and a draft every remaining member agreed is released (CR-3),
   * its recommendations entering the repeat ledger (CR-6). A join changes neither, and reads
   * nothing of them.
   *
   * @param transactor the transactor whose clock's zone makes a round's dates days
   * @param access the access decision point
   * @param settings each organisation's consultation settings
   * @param matcher the recommendation matcher
   * @return the hook
   */
  public static ForumChangeHook forumHook(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      RecommendationMatcher matcher) {
    DraftRelease drafts =
        new DraftRelease(
            transactor.clock().getZone(), new Repeats(transactor, access, settings, matcher));
    return new ForumChangeHook() {
      @Override
      public void partiesChanged(Transactor.Unit unit, Forum forum) {
        Representatives.partiesChanged(unit, forum);
        drafts.partiesChanged(unit, forum);
      }

      /**
       * Nothing to do when a member joins, so a join reads no consultation data: a mandate ends
       * only when its holder leaves (CR-7), and a draft is released only once every party has
       * agreed it (CR-3), which a newcomer, one more party whose agreement the draft now needs,
       * never brings about.
       */
      @Override
      public void memberJoined(Transactor.Unit unit, Forum forum) {}
    };
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
   * Returns forums' representations' part in erasure and subject access (SEC-3, CR-7).
   *
   * @return the erasure step
   */
  public static ErasureStep representationErasure() {
    return new RepresentationErasure();
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
