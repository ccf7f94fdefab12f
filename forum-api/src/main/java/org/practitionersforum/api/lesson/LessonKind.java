package org.practitionersforum.api.lesson;

/** The kind of thing a lesson tells of having tried (LS-1). */
public enum LessonKind {
  /** A product: equipment, software, a commissioned tool. */
  PRODUCT,
  /** A process: a way of doing a piece of work. */
  PROCESS,
  /** A service: something offered to the people the team supports. */
  SERVICE,
  /** A system: a recording, rota or information system. */
  SYSTEM,
  /** A structure: how teams, roles or lines of management were arranged. */
  STRUCTURE
}
