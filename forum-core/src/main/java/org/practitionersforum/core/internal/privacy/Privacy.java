package org.practitionersforum.core.internal.privacy;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.Function;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.privacy.PrivacyService;
import org.practitionersforum.api.privacy.RetentionSettings;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.forum.Departures;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The privacy feature (SEC-3), assembled: erasure, subject access and retention. The SDK's entry
 * point builds one per SDK.
 *
 * <p>Immutable and thread-safe.
 */
public final class Privacy {
  private final PrivacyService service;

  private Privacy(PrivacyService service) {
    this.service = service;
  }

  /**
   * Assembles the privacy feature.
   *
   * @param transactor runs every command as a unit of work; not null
   * @param access decides who may erase, export and apply retention (SEC-1)
   * @param departures ends memberships under the rules of leaving, in the erasure's unit of work
   * @param hooks the reactions of other capabilities to a forum's changed parties (a sponsor or
   *     facilitator removed by erasure), called in this order; copied
   * @param steps the erasure steps of other capabilities, run in this order; copied
   * @param retention each organisation's retention settings, read when retention is applied
   * @param random the source of the pseudonymous tokens' randomness
   * @return the feature
   */
  public static Privacy create(
      Transactor transactor,
      Access access,
      Departures departures,
      List<ForumChangeHook> hooks,
      List<ErasureStep> steps,
      Function<OrganisationId, RetentionSettings> retention,
      SecureRandom random) {
    return new Privacy(
        new DefaultPrivacyService(
            transactor,
            new PrivacyAccessPolicy(access),
            new Eraser(departures, hooks, steps, random),
            new SubjectAccess(steps),
            new Retention(transactor, retention)));
  }

  /**
   * Returns the erasure step of the trust layer: pseudonymises the person in the audit trail and in
   * the events waiting in the outbox (SEC-2, SEC-3).
   *
   * @param audit whether the SDK keeps an audit trail
   * @return the step
   */
  public static ErasureStep trail(boolean audit) {
    return new TrailErasure(audit);
  }

  /**
   * Returns the privacy service.
   *
   * @return the service
   */
  public PrivacyService service() {
    return service;
  }
}
