/**
 * Terms of reference, rules TR-1 to TR-6 and FR-3: drafting and proposing versions only by the
 * forum's members and facilitator ({@code TermsEditingPolicy}, TR-6), the parties computed from the
 * forum ({@code Parties}, TR-2), explicit agreement by each party to the exact version named by its
 * content hash ({@code AgreementPolicy}, TR-2 and TR-3), a version's entry into force and its
 * re-evaluation when the parties change ({@code Settlement}, TR-2 and TR-5), objections that send a
 * version back to draft (TR-5), and the gate on forums ({@code TermsGate}): a forum becomes active
 * only with terms in force, and a newcomer then joins only by agreeing them (TR-4, FR-3).
 *
 * <p>Internal: the module does not export this package. Its only public type is the assembly {@link
 * org.practitionersforum.core.internal.terms.Terms}, through which {@code ForumSdk} builds the
 * feature. The package reaches forums only through the forum package's narrow interfaces ({@code
 * TransitionGuard}, {@code ForumChangeHook}, {@code Admissions}), never through the forum service
 * itself.
 */
package org.practitionersforum.core.internal.terms;
