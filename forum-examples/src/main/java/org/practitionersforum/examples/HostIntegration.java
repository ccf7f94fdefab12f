package org.practitionersforum.examples;

import java.time.Clock;
import java.util.function.Consumer;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;

/** How a host system embeds the SDK: the code the README shows, compiled and tested here. */
public final class HostIntegration {
  private final ForumSdk sdk;

  /**
   * Builds the SDK once, at the host's start-up.
   *
   * @param storage the host's storage (in memory, or JDBC over the host's DataSource)
   * @param clock the host's clock
   * @param hostEvents where the host wants the SDK's events
   */
  public HostIntegration(ForumStorage storage, Clock clock, Consumer<ForumEvent> hostEvents) {
    this.sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(clock)
            .listener(hostEvents::accept)
            .settings(
                OrganisationId.of("riverside-council"),
                FormationSettings.DEFAULT.withSizeBounds(SizeBounds.of(5, 10)))
            .build();
  }

  /**
   * The host's "join this forum" button: the signed-in practitioner joins for themselves.
   *
   * @param signedIn the practitioner the host has authenticated
   * @param forum the forum chosen
   * @return a message for the practitioner's screen
   */
  public String joinButton(PractitionerId signedIn, ForumId forum) {
    try {
      Forum joined = sdk.forums().join(Actor.practitioner(signedIn), forum, signedIn);
      return "You are now one of " + joined.members().size() + " members of " + joined.name() + ".";
    } catch (RuleViolationException refused) {
      StringBuilder why = new StringBuilder("You cannot join yet:");
      for (Violation v : refused.violations()) {
        why.append("\n- ").append(v.message());
      }
      return why.toString();
    }
  }

  /**
   * Returns the SDK, for the host's other screens.
   *
   * @return the SDK
   */
  public ForumSdk sdk() {
    return sdk;
  }
}
