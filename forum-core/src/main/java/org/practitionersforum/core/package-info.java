/**
 * The SDK's entry point, {@link org.practitionersforum.core.ForumSdk}, which a host builds once
 * with its storage, clock and listeners, and from which it takes the services.
 */
package org.practitionersforum.core;
