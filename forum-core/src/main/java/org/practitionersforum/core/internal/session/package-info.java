/**
 * Sessions and CPD evidence, rule TR-7 with TR-4 and SEC-1 where sessions meet them: reflective
 * sessions keep no minutes and consultative ones may, attendance names only current members and
 * meets the quorum of the terms in force ({@code QuorumPolicy}, TR-7), a session is held only under
 * terms in force (TR-4), managers never see reflective sessions (SEC-1), and a practitioner's
 * attended sessions over a period make their CPD record (TR-7).
 *
 * <p>Internal: the module does not export this package. Its only public type is the assembly {@link
 * org.practitionersforum.core.internal.session.Sessions}, through which {@code ForumSdk} creates
 * the service.
 */
package org.practitionersforum.core.internal.session;
