/**
 * Lessons (LS-1, LS-2, LS-4): the lesson service, the reference codes, and the lessons' part in
 * erasure and subject access. {@link org.practitionersforum.core.internal.lesson.Lessons} is the
 * only public type.
 */
package org.practitionersforum.core.internal.lesson;
