package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A member deleted a private reflective note on one of its sessions (CPD-2). Carries the forum and
 * the time only: never the note, its session, its author or any of its text.
 *
 * @param forum the forum whose session the note is on
 * @param at when it happened
 */
public record ReflectiveNoteDeleted(ForumId forum, Instant at) implements ForumEvent {}
