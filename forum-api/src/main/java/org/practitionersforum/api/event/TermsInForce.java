package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A version of a forum's terms came into force: every party concerned agreed it (TR-2). Any earlier
 * version in force is superseded.
 *
 * @param forum the forum
 * @param version the number of the version concerned
 * @param at when it happened
 */
public record TermsInForce(ForumId forum, int version, Instant at) implements ForumEvent {}
