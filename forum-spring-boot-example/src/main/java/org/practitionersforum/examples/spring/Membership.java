package org.practitionersforum.examples.spring;

import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's service: records the request in its own table and joins the forum through the
 * SDK, in one transaction. If either fails, neither is kept, and the SDK publishes no event.
 */
@Service
public class Membership {
  private final ForumSdk sdk;
  private final JdbcTemplate jdbc;

  /**
   * Creates the service.
   *
   * @param sdk the SDK the starter made
   * @param jdbc the application's JDBC template
   */
  public Membership(ForumSdk sdk, JdbcTemplate jdbc) {
    this.sdk = sdk;
    this.jdbc = jdbc;
  }

  /**
   * The signed-in practitioner joins a forum for themselves (FR-2).
   *
   * @param signedIn the practitioner the application has authenticated
   * @param forum the forum
   * @return the forum after the join
   * @throws org.practitionersforum.api.RuleViolationException if a forum rule refuses the join
   * @throws org.practitionersforum.api.NotFoundException if there is no such forum
   */
  @Transactional
  public Forum join(PractitionerId signedIn, ForumId forum) {
    jdbc.update(
        "INSERT INTO forum_join_request (forum_id, practitioner_id) VALUES (?, ?)",
        forum.value(),
        signedIn.value());
    return sdk.forums().join(Actor.practitioner(signedIn), forum, signedIn);
  }
}
