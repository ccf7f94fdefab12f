package org.practitionersforum.core.internal.forum;

import java.util.List;
import java.util.function.Function;
import org.practitionersforum.api.forum.FormationPlanner;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.ForumService;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerService;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * The forum feature, assembled: the forum service (FR-1 to FR-8), its {@link Admissions} for a
 * capability that admits newcomers itself, the practitioner profile service and the formation
 * planner (FR-9). Besides the interfaces {@link TransitionGuard}, {@link ForumChangeHook} and
 * {@link Admissions}, this is the package's only public type: the SDK's entry point builds one per
 * SDK and hands out its services, typed by their API interfaces.
 *
 * <p>Immutable and thread-safe, as are the services it holds.
 */
public final class Forums {
  private final DefaultForumService forums;
  private final DefaultPractitionerService practitioners;
  private final GreedyFormationPlanner planner;

  private Forums(
      DefaultForumService forums,
      DefaultPractitionerService practitioners,
      GreedyFormationPlanner planner) {
    this.forums = forums;
    this.practitioners = practitioners;
    this.planner = planner;
  }

  /**
   * Assembles the forum feature on a unit-of-work runner, with the rules and reactions that other
   * capabilities add to forums.
   *
   * @param transactor runs every command as a unit of work; not null
   * @param access decides who may do what and see what (SEC-1); not null
   * @param settings each organisation's formation settings, read when a forum is proposed; not null
   * @param guards further transition rules of other capabilities, checked in this order; copied
   * @param hooks further admission rules and reactions to changed parties of other capabilities,
   *     called in this order; copied
   * @return the feature
   * @throws NullPointerException if {@code guards} or {@code hooks} is null or holds null
   */
  public static Forums create(
      Transactor transactor,
      Access access,
      Function<OrganisationId, FormationSettings> settings,
      List<TransitionGuard> guards,
      List<ForumChangeHook> hooks) {
    return new Forums(
        new DefaultForumService(transactor, access, settings, guards, hooks),
        new DefaultPractitionerService(transactor, access),
        new GreedyFormationPlanner());
  }

  /**
   * Returns the forum formation service (FR-1 to FR-8).
   *
   * @return the service
   */
  public ForumService service() {
    return forums;
  }

  /**
   * Returns the admissions of the same forum service, for a capability that admits a newcomer
   * inside its own unit of work under its own admission rule (joining by agreeing terms, TR-4).
   *
   * @return the admissions
   */
  public Admissions admissions() {
    return forums;
  }

  /**
   * Returns the departures of the same forum service, for a capability that ends memberships inside
   * its own unit of work under the rules of leaving (erasure, SEC-3).
   *
   * @return the departures
   */
  public Departures departures() {
    return forums;
  }

  /**
   * Returns the practitioner profile service.
   *
   * @return the service
   */
  public PractitionerService practitioners() {
    return practitioners;
  }

  /**
   * Returns the formation planner (FR-9).
   *
   * @return the planner
   */
  public FormationPlanner planner() {
    return planner;
  }
}
