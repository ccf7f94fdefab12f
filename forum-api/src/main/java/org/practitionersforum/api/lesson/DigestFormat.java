package org.practitionersforum.api.lesson;

/** The formats a lesson digest is rendered in. */
public enum DigestFormat {
  /** JSON, format {@code practitioners-forum-lesson-digest/1}. */
  JSON,
  /** Markdown, for a newsletter. */
  MARKDOWN
}
