package org.practitionersforum.core.internal.consultation;

import java.util.function.Function;
import java.util.function.Supplier;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.consultation.ConsultationService;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.privacy.ErasureStep;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The consultation feature (CR-1 to CR-5, CR-7), assembled. The package's only public type; the
 * SDK's entry point creates one service per SDK and adds the rounds' erasure step to its privacy
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
   * @return the service, thread-safe
   */
  public static ConsultationService create(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      Anonymiser anonymiser) {
    Supplier<Anonymiser> source = anonymiser == null ? DefaultAnonymiser::get : () -> anonymiser;
    return new DefaultConsultationService(transactor, access, settings, source);
  }

  /** The anonymiser of SDKs given none, built on first use and shared. */
  private static final class DefaultAnonymiser {
    private static final Anonymiser INSTANCE = Anonymisers.builder().build();

    static Anonymiser get() {
      return INSTANCE;
    }
  }

  /**
   * Returns the consultation rounds' part in the forum service's units of work: when a forum's
   * members change, a draft response every remaining member has agreed is released (CR-3), and the
   * mandates of members who left end (CR-7).
   *
   * @param transactor the transactor whose clock's zone makes a round's dates days
   * @return the hook
   */
  public static ForumChangeHook forumHook(Transactor transactor) {
    DraftRelease drafts = new DraftRelease(transactor.clock().getZone());
    return new ForumChangeHook() {
      @Override
      public void partiesChanged(Transactor.Unit unit, Forum forum) {
        Representatives.partiesChanged(unit, forum);
        drafts.partiesChanged(unit, forum);
      }
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
}
