/**
 * Who acts, and in which role (SEC-1): {@link org.practitionersforum.api.security.Actor} and {@link
 * org.practitionersforum.api.security.Role}.
 */
package org.practitionersforum.api.security;
