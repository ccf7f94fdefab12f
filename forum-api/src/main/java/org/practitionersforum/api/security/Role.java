package org.practitionersforum.api.security;

/** The role in which an {@link Actor} performs an operation (SEC-1). */
public enum Role {
  /** A front-line practitioner, acting for themselves. */
  PRACTITIONER,
  /** An outside facilitator helping a forum get going (FR-6). */
  FACILITATOR,
  /** A senior or service manager; sees only what forums release (SEC-1). */
  MANAGER,
  /** A member of a review panel that reads submitted lessons and clears them (LS-3). */
  REVIEWER,
  /** The host's administrator; runs the system but cannot make anyone a member (FR-2). */
  ADMINISTRATOR,
  /** The SDK or host acting automatically, for example suspending an under-strength forum. */
  SYSTEM
}
