/**
 * The audit trail (SEC-2): {@link org.practitionersforum.core.internal.audit.AuditLog} writes one
 * hash-chained record per committed command inside the command's own unit of work, and {@link
 * org.practitionersforum.core.internal.audit.Audits} assembles the trail's read side (query,
 * streaming verification, checkpoints). The canonical encoding and hashing are package-private in
 * {@code ChainHash}; the verification's classification of problems in {@code ChainCheck}.
 *
 * <p>Internal: the module does not export this package. It depends on the API only, not on the unit
 * of work, which calls into it.
 */
package org.practitionersforum.core.internal.audit;
