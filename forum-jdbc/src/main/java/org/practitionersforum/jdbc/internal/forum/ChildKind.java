package org.practitionersforum.jdbc.internal.forum;

/** The kinds of a forum's child rows, with the number that stands for each in a read. */
enum ChildKind {
  MEMBER(1),
  INVITATION(2),
  FACILITATION(3),
  HISTORY(4);

  final int code;

  ChildKind(int code) {
    this.code = code;
  }

  /** The kind a read's number stands for. */
  static ChildKind of(int code) {
    switch (code) {
      case 1:
        return MEMBER;
      case 2:
        return INVITATION;
      case 3:
        return FACILITATION;
      default:
        return HISTORY;
    }
  }
}
