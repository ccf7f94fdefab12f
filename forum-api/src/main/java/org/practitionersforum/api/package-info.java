/**
 * The SDK's error model, shared by every feature: {@link org.practitionersforum.api.ForumException}
 * and its subclasses, stable {@link org.practitionersforum.api.ErrorCode}s, and rule {@link
 * org.practitionersforum.api.Violation}s.
 */
package org.practitionersforum.api;
