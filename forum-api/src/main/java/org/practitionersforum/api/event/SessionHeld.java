package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;

/**
 * A forum held a session (TR-7). Carries no attendance and no content.
 *
 * @param forum the forum
 * @param session the session
 * @param mode the session's mode
 * @param at when it happened
 */
public record SessionHeld(ForumId forum, SessionId session, SessionMode mode, Instant at)
    implements ForumEvent {}
