/**
 * Lessons (LS-1 to LS-4): "we tried it, and it did not work", told by a practitioner in {@link
 * org.practitionersforum.api.lesson.LessonSection structured sections}, submitted for review with
 * the author's identity held apart from the lesson, questioned by reviewers through a thread that
 * shows no identity, finalised (the identity erased) and withdrawn with the {@link
 * org.practitionersforum.api.lesson.ReferenceCode reference code} the author keeps.
 */
package org.practitionersforum.api.lesson;
