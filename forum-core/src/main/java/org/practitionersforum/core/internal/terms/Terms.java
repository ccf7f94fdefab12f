package org.practitionersforum.core.internal.terms;

import org.practitionersforum.api.terms.TermsService;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.forum.Admissions;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.forum.TransitionGuard;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The terms-of-reference feature (TR-1 to TR-6), assembled in two steps because forums and terms
 * depend on each other: first the rules terms add to forums ({@link #activationGuard()} and {@link
 * #forumHook()}), which the forum feature is built with; then the terms service, which admits
 * newcomers through the forum feature's {@link Admissions}. The package's only public type; the
 * SDK's entry point builds one per SDK.
 *
 * <p>Immutable and thread-safe.
 */
public final class Terms {
  private final Transactor transactor;
  private final TermsGate gate = new TermsGate();

  private Terms(Transactor transactor) {
    this.transactor = transactor;
  }

  /**
   * Starts the terms feature on a unit-of-work runner.
   *
   * @param transactor runs every command as a unit of work; not null
   * @return the feature
   */
  public static Terms create(Transactor transactor) {
    return new Terms(transactor);
  }

  /**
   * Returns the rule terms add to forum transitions: a forum becomes active only with a version of
   * its terms in force (TR-4).
   *
   * @return the guard, the same object as {@link #forumHook()}
   */
  public TransitionGuard activationGuard() {
    return gate;
  }

  /**
   * Returns what terms add to joins and changes of a forum's parties: once terms are in force a
   * newcomer joins only by agreeing them (FR-3, TR-4), and when the parties change an open version
   * comes into force as soon as every remaining party has agreed it (TR-2, TR-5).
   *
   * @return the hook, the same object as {@link #activationGuard()}
   */
  public ForumChangeHook forumHook() {
    return gate;
  }

  /**
   * Creates the terms-of-reference service.
   *
   * @param admissions the forum feature's admissions, built with this feature's guard and hook; a
   *     newcomer joining by agreeing is admitted through it, in the same unit of work
   * @param access decides who may do what and see what (SEC-1)
   * @return the service
   */
  public TermsService service(Admissions admissions, Access access) {
    return new DefaultTermsService(transactor, admissions, access);
  }
}
