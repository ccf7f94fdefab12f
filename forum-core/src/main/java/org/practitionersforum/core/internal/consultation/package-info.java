/**
 * Consultation rounds (CR-1 to CR-4): the consultation service, the rules of a round's life and
 * what each role sees of a round. {@link
 * org.practitionersforum.core.internal.consultation.Consultations} is the only public type.
 */
package org.practitionersforum.core.internal.consultation;
