package org.practitionersforum.api.lesson;

/**
 * A reviewer's decision on a low-confidence finding of the anonymiser (LS-3, AN-3): whether the
 * span it covers is replaced in the published text or left as written.
 */
public enum FindingDecision {
  /** The span is an identifier: it is replaced in the published text. */
  REDACT,
  /** The span is not an identifier: it is left as written. */
  KEEP
}
