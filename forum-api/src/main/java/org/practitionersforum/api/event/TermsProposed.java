package org.practitionersforum.api.event;

import java.time.Instant;
import org.practitionersforum.api.forum.ForumId;

/**
 * A version of a forum's terms was opened for agreement by every party concerned (TR-2).
 *
 * @param forum the forum
 * @param version the number of the version concerned
 * @param at when it happened
 */
public record TermsProposed(ForumId forum, int version, Instant at) implements ForumEvent {}
