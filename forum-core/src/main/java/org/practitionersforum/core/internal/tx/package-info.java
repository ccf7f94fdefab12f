/**
 * The unit of work under every command of core, for rules SEC-4 and AN-5: a command stores all of
 * its changes or none, so that bad input leaves stored state untouched (SEC-4); it runs again on a
 * retryable storage failure, so that every rule is checked again on fresh data (which is how FR-4's
 * maximum holds under concurrent joins); and its events reach the host's listeners only once it is
 * stored, a failing listener being logged by event type only (AN-5).
 *
 * <p>Internal: the module does not export this package. Its only public type is {@link
 * org.practitionersforum.core.internal.tx.Transactor}, which every feature package shares and
 * {@code ForumSdk} creates; event delivery is package-private. A package of its own rather than
 * classes in {@code core.internal} itself, so that every package under {@code core.internal} names
 * one concern and {@code core.internal} is only their common prefix.
 */
package org.practitionersforum.core.internal.tx;
