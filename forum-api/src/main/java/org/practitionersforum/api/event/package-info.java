/**
 * Domain events, named in the past tense, and the {@link
 * org.practitionersforum.api.event.ForumEventListener} SPI through which the host receives them.
 */
package org.practitionersforum.api.event;
