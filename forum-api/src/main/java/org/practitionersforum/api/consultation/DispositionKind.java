package org.practitionersforum.api.consultation;

/** What management decided on a recommendation (CR-4). */
public enum DispositionKind {
  /** Adopted as made. */
  ADOPTED,
  /** Adapted: adopted with a change, which the disposition states. */
  ADAPTED,
  /** Deferred until a date the disposition states. */
  DEFERRED,
  /** Declined, for a reason the disposition states. */
  DECLINED
}
