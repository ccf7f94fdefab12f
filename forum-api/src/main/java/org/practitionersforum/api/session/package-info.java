/**
 * Sessions (TR-7): reflective and consultative {@link org.practitionersforum.api.session.Session
 * sessions} held under a forum's terms in force, their attendance, and the CPD evidence ({@link
 * org.practitionersforum.api.session.CpdRecord}) practitioners can export from them.
 */
package org.practitionersforum.api.session;
