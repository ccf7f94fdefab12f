package org.practitionersforum.jdbc.internal.terms;

/**
 * The kinds of the child rows of a terms version, with the number that stands for each in the item
 * table and in a read; 0 stands for the row that repeats the version of the terms.
 */
enum TermsChildKind {
  CHECK(0),
  PURPOSE(1),
  LIMIT(2),
  AGREEMENT(3),
  OBJECTION(4);

  final int code;

  TermsChildKind(int code) {
    this.code = code;
  }

  /** The kind a read's number stands for. */
  static TermsChildKind of(int code) {
    return values()[code];
  }
}
