package org.practitionersforum.api.spi;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * A closed forum and when it closed, as {@link ErasureStore#findClosedBefore} finds it, for
 * applying its organisation's retention periods.
 *
 * @param forum the forum
 * @param organisation the organisation it belongs to
 * @param closedAt when the state change that closed it happened
 */
public record ClosedForum(ForumId forum, OrganisationId organisation, Instant closedAt) {

  /**
   * Creates the value.
   *
   * @param forum the forum
   * @param organisation its organisation
   * @param closedAt when it closed
   * @throws org.practitionersforum.api.InvalidInputException if any is null
   */
  public ClosedForum {
    Checks.notNull(forum, "forum id");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(closedAt, "time of closing");
  }
}
