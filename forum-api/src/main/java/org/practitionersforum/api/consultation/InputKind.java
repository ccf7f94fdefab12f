package org.practitionersforum.api.consultation;

/** The kind of a piece of individual input attached to a forum's response (CR-3). */
public enum InputKind {
  /** A participant's answer to a survey question: counted per question and answer. */
  SURVEY_ANSWER,
  /** A quote from a focus group: counted per theme and quoted, attributed generically. */
  FOCUS_GROUP_QUOTE
}
