/**
 * Consultation rounds (CR-1 to CR-5): the consultation service, the rules of a round's life, what
 * each role sees of a round, and the rounds' part in erasure and subject access (SEC-3). {@link
 * org.practitionersforum.core.internal.consultation.Consultations} is the only public type.
 */
package org.practitionersforum.core.internal.consultation;
