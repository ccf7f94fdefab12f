package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * Recommendations confirmed as repeats of one another (CR-6): linked, not merged. Each member keeps
 * its own round, forum and date; the group only lists them, with the tier of management it has
 * escalated to. Stored under one optimistic version, so that two confirmations at once never lose a
 * member or escalate twice.
 *
 * @param id the group's id: its first member
 * @param organisation the organisation the recommendations were made to
 * @param members the members, distinct, in the order they joined: a recommendation that repeats
 *     nothing is a group of one
 * @param tier the tier the group has escalated to; {@link ManagementTier#SERVICE} until it does
 * @param version the stored version, 0 before it is stored
 */
public record RepeatGroup(
    @JsonProperty("id") RecommendationId id,
    @JsonProperty("organisation") OrganisationId organisation,
    @JsonProperty("members") List<RecommendationId> members,
    @JsonProperty("tier") ManagementTier tier,
    @JsonProperty("version") long version) {

  /**
   * Checks the group.
   *
   * @param id see the record's id
   * @param organisation see the record's organisation
   * @param members see the record's members
   * @param tier see the record's tier
   * @param version see the record's version
   * @throws InvalidInputException naming CR-6 if a value is missing or inconsistent
   */
  public RepeatGroup {
    Checks.notNull(id, "group id");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(tier, "management tier");
    members = List.copyOf(Checks.notNull(members, "members"));
    if (members.isEmpty() || new HashSet<>(members).size() != members.size()) {
      throw new InvalidInputException("CR-6: a repeat group holds one or more distinct members");
    }
    if (!members.contains(id)) {
      throw new InvalidInputException("CR-6: a repeat group is named by one of its members");
    }
    if (version < 0) {
      throw new InvalidInputException("a group version cannot be negative");
    }
  }

  /**
   * Returns how many times a recommendation of the group was raised again after the first.
   *
   * @return the members less one
   */
  public int repeats() {
    return members.size() - 1;
  }

  /**
   * Returns this group with other members and tier, at the same version.
   *
   * @param newMembers the members
   * @param newTier the tier
   * @return the group
   */
  public RepeatGroup with(List<RecommendationId> newMembers, ManagementTier newTier) {
    return new RepeatGroup(id, organisation, newMembers, newTier, version);
  }

  /**
   * Returns this group at another version.
   *
   * @param v the version
   * @return the group
   */
  public RepeatGroup withVersion(long v) {
    return new RepeatGroup(id, organisation, members, tier, v);
  }
}
