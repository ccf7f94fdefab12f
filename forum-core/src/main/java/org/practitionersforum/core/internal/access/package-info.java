/**
 * The access decision of core, for rule SEC-1: {@link
 * org.practitionersforum.core.internal.access.Access} applies the organisation's {@link
 * org.practitionersforum.api.security.AccessPolicy} to an actor, an operation and the {@link
 * org.practitionersforum.core.internal.access.Subject} it acts on, and cuts results to the view
 * granted. Every service asks it; no other package of core compares roles.
 *
 * <p>Internal: the module does not export this package.
 */
package org.practitionersforum.core.internal.access;
