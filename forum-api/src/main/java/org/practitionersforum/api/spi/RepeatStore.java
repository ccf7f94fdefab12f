package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RepeatGroup;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * The repeat index and ledger links (CR-6): each recommendation received with its matcher keys as
 * indexed rows, the links suggested between recommendations, and the repeat groups confirmed links
 * form. Part of a {@link RepeatTransaction}. Nothing here names a person.
 *
 * <p>Every indexed recommendation is in exactly one group: {@link #index} forms its own group of
 * one, named by it; confirming a link merges two groups by {@link #updateGroup} of one and {@link
 * #deleteGroup} of the other, both at the versions read, so that two merges at once never both
 * commit.
 */
public interface RepeatStore {

  /**
   * The most entries one key contributes to {@link #candidates}, the most recent first: a key so
   * common that more entries share it says little about any of them, and the lookup's cost stays
   * bounded however large the ledger grows.
   */
  int BUCKET_CAP = 50;

  /**
   * Indexes a recommendation: stores the entry, one indexed row per key, and its group of one.
   *
   * @param entry the entry
   * @throws org.practitionersforum.api.DuplicateException if the recommendation is indexed
   */
  void index(LedgerEntry entry);

  /**
   * Reads an indexed recommendation.
   *
   * @param id the recommendation
   * @return the entry, or empty if not indexed
   */
  Optional<LedgerEntry> entry(RecommendationId id);

  /**
   * Finds the organisation's entries that share a key with the given ones, by one indexed lookup:
   * for each key, at most {@link #BUCKET_CAP} entries, the most recently raised first; each entry
   * once.
   *
   * @param organisation the organisation
   * @param keys the keys of the new text
   * @return the candidates, in no particular order
   */
  List<LedgerEntry> candidates(OrganisationId organisation, List<Long> keys);

  /**
   * Reads the link between two recommendations.
   *
   * @param newer the later recommendation
   * @param earlier the earlier one
   * @return the link, or empty if never suggested
   */
  Optional<RepeatLink> findLink(RecommendationId newer, RecommendationId earlier);

  /**
   * Stores a new link.
   *
   * @param link the link, at version 0
   * @return the stored link, at version 1
   * @throws org.practitionersforum.api.DuplicateException if the pair is linked already
   * @throws IllegalArgumentException if the version is not 0
   */
  RepeatLink insertLink(RepeatLink link);

  /**
   * Replaces a stored link.
   *
   * @param link the new content, carrying the version it was read at
   * @return the stored link, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the link's
   * @throws org.practitionersforum.api.NotFoundException if there is no such link
   */
  RepeatLink updateLink(RepeatLink link);

  /**
   * Lists the links of a recommendation, at either end.
   *
   * @param id the recommendation
   * @return the links, ordered by newer then earlier recommendation
   */
  List<RepeatLink> linksOf(RecommendationId id);

  /**
   * Reads the group an indexed recommendation is in.
   *
   * @param member the recommendation
   * @return the group, or empty if the recommendation is not indexed
   */
  Optional<RepeatGroup> groupOf(RecommendationId member);

  /**
   * Replaces a stored group, whole; each member is then in this group.
   *
   * @param group the new content, carrying the version it was read at
   * @return the stored group, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the group's
   * @throws org.practitionersforum.api.NotFoundException if there is no such group
   */
  RepeatGroup updateGroup(RepeatGroup group);

  /**
   * Deletes a group whose members another group took in.
   *
   * @param group the group, carrying the version it was read at
   * @throws ConcurrentUpdateException if the stored version is not the group's
   * @throws org.practitionersforum.api.NotFoundException if there is no such group
   */
  void deleteGroup(RepeatGroup group);
}
