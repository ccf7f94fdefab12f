/**
 * Who acts, in which role, and what each may do and see (SEC-1): {@link
 * org.practitionersforum.api.security.Actor}, {@link org.practitionersforum.api.security.Role}, the
 * {@link org.practitionersforum.api.security.Operation}s of the services, and the {@link
 * org.practitionersforum.api.security.AccessPolicy} that decides, as data.
 */
package org.practitionersforum.api.security;
