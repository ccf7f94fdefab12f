/**
 * Consultation rounds and the recommendation ledger (CR-1 to CR-4): a manager opens a formative
 * {@link org.practitionersforum.api.consultation.ConsultationRound round}, the invited forums
 * answer collectively with a {@link org.practitionersforum.api.consultation.ForumResponse response}
 * agreed by every member and bound to its content hash, management publishes a {@link
 * org.practitionersforum.api.consultation.Disposition disposition} for every recommendation, and a
 * round closes only once every recommendation has one.
 */
package org.practitionersforum.api.consultation;
