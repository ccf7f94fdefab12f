package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A party objected to a version open for agreement; it returned to draft (TR-5). Carries neither
 * the party nor the reason.
 *
 * @param forum the forum
 * @param version the number of the version concerned
 * @param at when it happened
 */
public record TermsObjected(ForumId forum, int version, Instant at) implements ForumEvent {}
