package org.practitionersforum.api.event;

import java.time.Instant;
import java.time.LocalDate;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;

/**
 * A consultation round was opened and the forum invited to respond (CR-1). Carries no text.
 *
 * @param forum the forum addressed
 * @param round the round
 * @param closesOn the last day the forum may respond
 * @param at when it happened
 */
public record ConsultationOpened(ForumId forum, RoundId round, LocalDate closesOn, Instant at)
    implements ForumEvent {}
