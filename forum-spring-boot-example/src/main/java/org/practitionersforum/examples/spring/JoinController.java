package org.practitionersforum.examples.spring;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Join this forum" for the signed-in practitioner. The practitioner is the request's authenticated
 * principal, set by whatever signs users in (Spring Security, or the servlet container); this
 * example takes the principal's name as the host's practitioner id and never a user id from the
 * request's body or parameters, so nobody can join on someone else's behalf.
 */
@RestController
public class JoinController {
  private final Membership membership;

  /**
   * Creates the controller.
   *
   * @param membership the application's service
   */
  public JoinController(Membership membership) {
    this.membership = membership;
  }

  /**
   * Joins the signed-in practitioner to a forum.
   *
   * @param forum the forum's id
   * @param signedIn the authenticated principal, or null when nobody is signed in
   * @return 200 with the forum's state and size; 401 when nobody is signed in
   */
  @PostMapping("/forums/{forum}/members")
  public ResponseEntity<Map<String, Object>> join(
      @PathVariable("forum") String forum, Principal signedIn) {
    if (signedIn == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(Map.of("error", "sign in to join a forum"));
    }
    Forum joined = membership.join(PractitionerId.of(signedIn.getName()), ForumId.of(forum));
    return ResponseEntity.ok(
        Map.of(
            "forum", joined.id().value(),
            "state", joined.state().name(),
            "members", joined.members().size()));
  }

  /**
   * A forum rule refused the join: 409, with every violation's code and message.
   *
   * @param refused the refusal
   * @return the response
   */
  @ExceptionHandler(RuleViolationException.class)
  public ResponseEntity<Map<String, Object>> refused(RuleViolationException refused) {
    List<Map<String, String>> violations =
        refused.violations().stream()
            .map(v -> Map.of("code", v.code().name(), "message", v.message()))
            .toList();
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("violations", violations));
  }

  /**
   * No such forum: 404.
   *
   * @param missing the error
   * @return the response
   */
  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<Map<String, Object>> missing(NotFoundException missing) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", missing.getMessage()));
  }

  /**
   * The access policy refused the join: 403.
   *
   * @param denied the error
   * @return the response
   */
  @ExceptionHandler(PermissionDeniedException.class)
  public ResponseEntity<Map<String, Object>> denied(PermissionDeniedException denied) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", denied.getMessage()));
  }
}
