/**
 * Forum formation, rules FR-1 to FR-9, with FR-3 enforced through the terms package: proposing a
 * forum at its base (FR-1), joining, invitations and leaving by the practitioner only (FR-2), the
 * size bounds ({@code SizePolicy}, FR-4), the declared composition ({@code CompositionPolicy},
 * FR-5), self-direction in who moves the forum through its lifecycle, records facilitation and
 * names its sponsor (FR-6), line management kept out ({@code LineManagementPolicy}, FR-7), the
 * lifecycle ({@code LifecyclePolicy}, FR-8), these rules checked together by {@code FormationRules}
 * in {@code DefaultForumService}, and formation planning ({@code GreedyFormationPlanner}, FR-9);
 * also practitioner profiles and who may read them and a practitioner's memberships (SEC-1).
 *
 * <p>Internal: the module does not export this package. Its public types are the assembly {@link
 * org.practitionersforum.core.internal.forum.Forums}, through which {@code ForumSdk} builds the
 * feature, and the narrow interfaces through which another capability plugs into forums without
 * seeing the forum service ({@link org.practitionersforum.core.internal.forum.Departures}, ending
 * memberships on erasure, besides the three below): {@link
 * org.practitionersforum.core.internal.forum.TransitionGuard} (a further rule on transitions),
 * {@link org.practitionersforum.core.internal.forum.ForumChangeHook} (a further rule on joins, and
 * a reaction when the parties change) and {@link
 * org.practitionersforum.core.internal.forum.Admissions} (admitting a newcomer in the capability's
 * own unit of work). Everything else is package-private.
 */
package org.practitionersforum.core.internal.forum;
