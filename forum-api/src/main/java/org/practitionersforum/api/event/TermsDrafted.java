package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A new version of a forum's terms of reference was drafted: its first terms or an amendment
 * (TR-5).
 *
 * @param forum the forum
 * @param version the number of the version concerned
 * @param at when it happened
 */
public record TermsDrafted(ForumId forum, int version, Instant at) implements ForumEvent {}
