package org.practitionersforum.jdbc.internal.terms;

import java.util.Map;
import org.practitionersforum.api.terms.ForumTerms;

/**
 * Stored terms with the row keys (ordinals) of each version's agreements and objections, in list
 * order, by version number.
 */
record TermsSnapshot(
    ForumTerms terms, Map<Integer, int[]> agreements, Map<Integer, int[]> objections) {}
