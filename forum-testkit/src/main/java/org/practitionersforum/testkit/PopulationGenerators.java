package org.practitionersforum.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * Generators of practitioner populations around one practitioner, with controllable rarity of that
 * practitioner's attributes, for properties of the re-identification gate (AN-4). Each other
 * practitioner shares each of the practitioner's attributes with a given probability, and work
 * places nest as they do in life: a base shared only within the same organisation and locality. A
 * low probability makes the practitioner's attributes rare (the gate fails); a high one common (it
 * passes). Stateless and thread-safe.
 */
public final class PopulationGenerators {
  private PopulationGenerators() {}

  /**
   * Returns {@code others} practitioners around {@code like}, each sharing each of its attributes
   * with probability {@code sharing}: organisation, locality and discipline independently; the
   * specialism only with the discipline; the base only with organisation and locality. What is not
   * shared is one of a few other values, so that the others also share among themselves. Ids are
   * {@code prefix + "-" + i}.
   *
   * @param random the source of randomness
   * @param like the practitioner the population is around; not part of it
   * @param others how many other practitioners, at least 0
   * @param sharing the probability of sharing each attribute, in {@code [0, 1]}
   * @param prefix the prefix of the ids
   * @return the population, without {@code like}
   * @throws IllegalArgumentException if {@code others} is negative or {@code sharing} out of range
   */
  public static List<PractitionerProfile> around(
      RandomGenerator random, PractitionerProfile like, int others, double sharing, String prefix) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(like, "like");
    Objects.requireNonNull(prefix, "prefix");
    if (others < 0 || !(sharing >= 0 && sharing <= 1)) {
      throw new IllegalArgumentException("others >= 0 and 0 <= sharing <= 1");
    }
    List<PractitionerProfile> out = new ArrayList<>(others);
    for (int i = 0; i < others; i++) {
      boolean org = random.nextDouble() < sharing;
      boolean locality = random.nextDouble() < sharing;
      boolean base = org && locality && random.nextDouble() < sharing;
      boolean discipline = random.nextDouble() < sharing;
      boolean specialism = discipline && random.nextDouble() < sharing;
      int other = random.nextInt(3);
      out.add(
          PractitionerProfile.builder()
              .id(PractitionerId.of(prefix + "-" + i))
              .organisation(org ? like.organisation() : OrganisationId.of("other-org-" + other))
              .locality(locality ? like.locality() : LocalityId.of("other-locality-" + other))
              .base(base ? like.base() : BaseId.of("other-base-" + other))
              .discipline(discipline ? like.discipline() : otherDiscipline(like, other))
              .specialism(specialism ? like.specialism() : otherSpecialism(like, other))
              .build());
    }
    return List.copyOf(out);
  }

  /**
   * Returns a generator of populations around {@code like} of 0 to {@code maxOthers} others, with a
   * sharing probability drawn uniformly from {@code [minSharing, maxSharing]}, so that a property
   * sees rare and common attributes alike.
   *
   * @param like the practitioner the populations are around
   * @param maxOthers the most other practitioners
   * @param minSharing the least sharing probability
   * @param maxSharing the greatest sharing probability
   * @param prefix the prefix of the ids
   * @return the generator
   * @throws IllegalArgumentException if the bounds are out of order or out of range
   */
  public static Generator<List<PractitionerProfile>> populations(
      PractitionerProfile like,
      int maxOthers,
      double minSharing,
      double maxSharing,
      String prefix) {
    if (maxOthers < 0 || !(0 <= minSharing && minSharing <= maxSharing && maxSharing <= 1)) {
      throw new IllegalArgumentException("maxOthers >= 0 and 0 <= min <= max <= 1");
    }
    return random ->
        around(
            random,
            like,
            random.nextInt(maxOthers + 1),
            minSharing + random.nextDouble() * (maxSharing - minSharing),
            prefix);
  }

  private static Discipline otherDiscipline(PractitionerProfile like, int which) {
    List<Discipline> all = new ArrayList<>(Discipline.wellKnown());
    all.remove(like.discipline());
    return all.get(which % all.size());
  }

  private static Specialism otherSpecialism(PractitionerProfile like, int which) {
    List<Specialism> all = new ArrayList<>(Specialism.wellKnown());
    all.remove(like.specialism());
    return all.get(which % all.size());
  }
}
