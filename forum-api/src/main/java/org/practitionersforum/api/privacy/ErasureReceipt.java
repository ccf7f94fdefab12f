package org.practitionersforum.api.privacy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.practitionersforum.api.internal.Checks;

/**
 * What an erasure did (SEC-3), in counts per {@link ErasureCategory}: how many records were removed
 * and how many now name a pseudonymous token instead of the practitioner. It never holds an
 * identifier of the person, nor the token itself: handed to the administrator who asked, the token
 * would let them tell the erased person's records apart again.
 *
 * @param removed per category, how many records were removed; categories with none are absent
 * @param pseudonymised per category, how many records now name the token; categories with none are
 *     absent
 * @param pseudonymousToken whether a token was made, which is when some record was pseudonymised
 * @param forumsSuspended how many active forums the practitioner's leaving suspended (FR-4, FR-8)
 * @param erasedAt when the erasure was stored, by the SDK's clock
 */
public record ErasureReceipt(
    Map<ErasureCategory, Integer> removed,
    Map<ErasureCategory, Integer> pseudonymised,
    boolean pseudonymousToken,
    int forumsSuspended,
    Instant erasedAt) {

  /**
   * Creates a receipt, copying the maps and dropping zero counts.
   *
   * @param removed per category, how many records were removed
   * @param pseudonymised per category, how many records now name the token
   * @param pseudonymousToken whether a token was made
   * @param forumsSuspended how many forums were suspended
   * @param erasedAt when the erasure was stored
   * @throws org.practitionersforum.api.InvalidInputException if a map or the time is null, or a
   *     count is negative
   */
  public ErasureReceipt {
    removed = counts(Checks.notNull(removed, "removed counts"));
    pseudonymised = counts(Checks.notNull(pseudonymised, "pseudonymised counts"));
    Checks.notNull(erasedAt, "time of erasure");
    if (forumsSuspended < 0) {
      throw new org.practitionersforum.api.InvalidInputException(
          "SEC-3: a count of suspended forums cannot be negative");
    }
  }

  /**
   * Returns how many records of a category were removed.
   *
   * @param category the category
   * @return the count, 0 if none
   */
  public int removed(ErasureCategory category) {
    return removed.getOrDefault(category, 0);
  }

  /**
   * Returns how many records of a category now name the pseudonymous token.
   *
   * @param category the category
   * @return the count, 0 if none
   */
  public int pseudonymised(ErasureCategory category) {
    return pseudonymised.getOrDefault(category, 0);
  }

  private static Map<ErasureCategory, Integer> counts(Map<ErasureCategory, Integer> given) {
    Map<ErasureCategory, Integer> out = new EnumMap<>(ErasureCategory.class);
    for (Map.Entry<ErasureCategory, Integer> e : given.entrySet()) {
      Checks.notNull(e.getKey(), "erasure category");
      int n = Checks.notNull(e.getValue(), "erasure count");
      if (n < 0) {
        throw new org.practitionersforum.api.InvalidInputException(
            "SEC-3: an erasure count cannot be negative");
      }
      if (n > 0) {
        out.put(e.getKey(), n);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
