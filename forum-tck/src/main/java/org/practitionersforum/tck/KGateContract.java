package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.spi.Cohort;
import org.practitionersforum.api.spi.LessonTransaction;

/**
 * The k-gate's count (AN-4), {@link org.practitionersforum.api.spi.PractitionerStore#countSharing}:
 * exact at every rung of the place and practice ladders, within one organisation and across the
 * network, as of the unit of work (its own inserts and deletions counted); and, through the SDK, a
 * publication refused below k, then made at the generalisation the refusal names, its disclosure
 * stored with the tier.
 */
public interface KGateContract extends StorageUnderTest {

  /**
   * A population of one namespace: two organisations sharing a locality, three bases in it and one
   * in another locality. Returns the ids of two social workers in adults services at base b1.
   */
  private List<PractitionerId> population(String ns) {
    OrganisationId o1 = OrganisationId.of(ns + "o1");
    OrganisationId o2 = OrganisationId.of(ns + "o2");
    LocalityId north = LocalityId.of(ns + "north");
    LocalityId south = LocalityId.of(ns + "south");
    Discipline sw = Discipline.SOCIAL_WORK;
    Specialism adults = Specialism.ADULTS;
    List<PractitionerProfile> people = new ArrayList<>();
    add(people, ns, 3, o1, "b1", north, sw, adults);
    add(people, ns, 1, o1, "b1", north, sw, Specialism.CHILDREN_AND_FAMILIES);
    add(people, ns, 1, o1, "b1", north, Discipline.NURSING, adults);
    add(people, ns, 2, o1, "b2", north, sw, adults);
    add(people, ns, 1, o1, "b4", south, sw, adults);
    add(people, ns, 4, o2, "b3", north, sw, adults);
    storage()
        .inTransaction(
            tx -> {
              people.forEach(tx.practitioners()::insert);
              return null;
            });
    return List.of(people.get(0).id(), people.get(1).id());
  }

  private static void add(
      List<PractitionerProfile> people,
      String ns,
      int count,
      OrganisationId organisation,
      String base,
      LocalityId locality,
      Discipline discipline,
      Specialism specialism) {
    for (int i = 0; i < count; i++) {
      people.add(
          PractitionerProfile.builder()
              .id(PractitionerId.of(ns + "p" + people.size()))
              .discipline(discipline)
              .specialism(specialism)
              .base(BaseId.of(ns + base))
              .organisation(organisation)
              .locality(locality)
              .build());
    }
  }

  private static Cohort cohort(
      String ns, boolean specialism, String base, String locality, String organisation) {
    return new Cohort(
        Discipline.SOCIAL_WORK,
        specialism ? Optional.of(Specialism.ADULTS) : Optional.empty(),
        Optional.ofNullable(base).map(b -> BaseId.of(ns + b)),
        Optional.ofNullable(locality).map(l -> LocalityId.of(ns + l)),
        Optional.ofNullable(organisation).map(o -> OrganisationId.of(ns + o)));
  }

  private long count(Cohort cohort) {
    return storage().inTransaction(tx -> tx.practitioners().countSharing(cohort));
  }

  /** The count at every rung of place and practice, within an organisation and the network. */
  @Test
  default void kGateCountsEveryRungWithinAnOrganisationAndTheNetwork() {
    String ns = StorageFixtures.namespace();
    population(ns);
    // Base: within the organisation and across the network alike.
    assertThat(count(cohort(ns, true, "b1", null, "o1"))).isEqualTo(3);
    assertThat(count(cohort(ns, true, "b1", null, null))).isEqualTo(3);
    assertThat(count(cohort(ns, false, "b1", null, "o1"))).isEqualTo(4);
    // Locality: the second organisation's base in the same locality counts across the network.
    assertThat(count(cohort(ns, true, null, "north", "o1"))).isEqualTo(5);
    assertThat(count(cohort(ns, true, null, "north", null))).isEqualTo(9);
    assertThat(count(cohort(ns, false, null, "north", "o1"))).isEqualTo(6);
    assertThat(count(cohort(ns, false, null, "north", null))).isEqualTo(10);
    // Organisation.
    assertThat(count(cohort(ns, true, null, null, "o1"))).isEqualTo(6);
    assertThat(count(cohort(ns, false, null, null, "o1"))).isEqualTo(7);
    assertThat(count(cohort(ns, true, null, null, "o2"))).isEqualTo(4);
    // Nobody shares what nobody has.
    assertThat(count(cohort(ns, true, "b3", null, "o1"))).isZero();
    assertThat(count(cohort(ns, true, "nowhere", null, null))).isZero();
  }

  /** The count sees the unit of work's own inserts and deletions, and a rollback undoes them. */
  @Test
  default void kGateCountIsAsOfTheUnitOfWork() {
    String ns = StorageFixtures.namespace();
    List<PractitionerId> ids = population(ns);
    Cohort base = cohort(ns, true, "b1", null, "o1");
    long inside =
        storage()
            .inTransaction(
                tx -> {
                  PractitionerProfile p = tx.practitioners().find(ids.get(0)).orElseThrow();
                  tx.practitioners().delete(p);
                  tx.practitioners()
                      .insert(
                          PractitionerProfile.builder()
                              .from(p)
                              .id(PractitionerId.of(ns + "new-1"))
                              .version(0)
                              .build());
                  tx.practitioners()
                      .insert(
                          PractitionerProfile.builder()
                              .from(p)
                              .id(PractitionerId.of(ns + "new-2"))
                              .version(0)
                              .build());
                  return tx.practitioners().countSharing(base);
                });
    assertThat(inside).isEqualTo(4);
    assertThat(count(base)).isEqualTo(4);
    Throwable undone =
        catchThrowable(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          PractitionerProfile p = tx.practitioners().find(ids.get(1)).orElseThrow();
                          tx.practitioners().delete(p);
                          assertThat(tx.practitioners().countSharing(base)).isEqualTo(3);
                          throw new IllegalStateException("roll back");
                        }));
    assertThat(undone).isInstanceOf(IllegalStateException.class);
    assertThat(count(base)).isEqualTo(4);
  }

  /**
   * Through the SDK on this storage: with fewer than k at the author's base, publication at the
   * most precise disclosure is refused naming AN-4 and the generalisation to make, and changes
   * nothing; the preview agrees; publication at the suggestion passes and is stored with its
   * disclosure; and once colleagues leave, publication at the next tier is refused.
   */
  @Test
  default void kGateRefusesThenPublishesTheGeneralisedFormOnThisStorage() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof LessonTransaction);
    assumeTrue(keeps, "this storage keeps no lessons");
    LessonWorld w = new LessonWorld(storage());
    // Two colleagues at the base; four more at another base of the same locality.
    w.colleagues(2);
    w.localColleagues(4);
    w.submit();
    w.clearFor(Tier.FORUM);
    Lesson before = w.stored();

    Throwable refused =
        catchThrowable(() -> w.sdk.lessons().publish(w.reviewer, w.lesson, Tier.FORUM));
    assertThat(refused).isInstanceOf(RuleViolationException.class);
    RuleViolationException e = (RuleViolationException) refused;
    assertThat(e.has(ViolationCode.K_GATE_FAILED)).isTrue();
    assertThat(e.getMessage())
        .contains("AN-4", "fewer than 5", "the place from base to locality")
        .doesNotContain("3");
    assertThat(w.stored()).isEqualTo(before);

    Disclosure locality =
        new Disclosure(
            Disclosure.Place.LOCALITY, Disclosure.Practice.SPECIALISM, Disclosure.Period.MONTH);
    KGateCheck preview =
        w.sdk.lessons().checkKGate(w.reviewer, w.lesson, Tier.FORUM, Disclosure.exact());
    assertThat(preview.passes()).isFalse();
    assertThat(preview.suggestion()).contains(locality);

    PublishedLesson published = w.sdk.lessons().publish(w.reviewer, w.lesson, Tier.FORUM, locality);
    assertThat(published.attribution().orElseThrow().base()).isEmpty();
    assertThat(published.attribution().orElseThrow().locality()).isPresent();
    assertThat(w.stored().tier(Tier.FORUM).orElseThrow().disclosure()).contains(locality);

    // Colleagues leave: the count at the locality falls below k for the organisation tier.
    w.unregisterLocalColleagues(3);
    w.clearFor(Tier.ORGANISATION);
    Lesson cleared = w.stored();
    Throwable later =
        catchThrowable(
            () -> w.sdk.lessons().publish(w.reviewer, w.lesson, Tier.ORGANISATION, locality));
    assertThat(later).isInstanceOf(RuleViolationException.class);
    assertThat(((RuleViolationException) later).has(ViolationCode.K_GATE_FAILED)).isTrue();
    assertThat(w.stored()).isEqualTo(cleared);
  }
}
