package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.cpd.Format;
import org.practitionersforum.api.cpd.Readiness;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.cpd.Regulators;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.RegistrantProfileStore;
import org.practitionersforum.api.spi.RegistrantTransaction;

/**
 * The contract of {@link RegistrantProfileStore}, for a storage whose transactions are {@link
 * RegistrantTransaction}s: registrant profiles (CPD-1) stored whole and read back exactly, with
 * optimistic versions, undone with their unit of work. Through the SDK on the storage, the profile
 * is read and changed by its owner alone, whatever the role of anyone else; readiness and the
 * regulator export use it with no registration passed; bad input is refused naming CPD-1 with
 * nothing changed; subject access exports it and erasure removes it. Skipped for a storage that
 * keeps no profiles.
 */
public interface RegistrantStoreContract extends StorageUnderTest {

  /** Runs work on the profile store of a unit of work; skips on a storage without it. */
  private <T> T registrants(Function<RegistrantProfileStore, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof RegistrantTransaction, "this storage keeps no profiles");
              return work.apply(((RegistrantTransaction) tx).registrants());
            });
  }

  private Optional<RegistrantProfile> storedProfile(PractitionerId owner) {
    return registrants(s -> s.find(owner));
  }

  private RegistrantProfile inserted(RegistrantProfile profile) {
    return registrants(s -> s.insert(profile));
  }

  private RegistrantProfile updated(RegistrantProfile profile) {
    return registrants(s -> s.update(profile));
  }

  private static RegistrantProfile sample(PractitionerId owner) {
    return new RegistrantProfile(
        owner,
        List.of(
            Registration.renewedOn(Regulators.NMC, LocalDate.of(2027, 4, 30)),
            Registration.with(Regulators.SOCIAL_WORK_ENGLAND)),
        List.of(LocalDate.of(2026, 2, 3), LocalDate.of(2025, 11, 9)),
        0);
  }

  /** Profiles are stored at version 1 and read back exactly, registrations in their order. */
  @Test
  default void registrantProfilesAreStoredWholeWithOptimisticVersions() {
    String ns = StorageFixtures.namespace();
    PractitionerId owner = PractitionerId.of(ns + "owner");
    RegistrantProfile profile = sample(owner);
    assertThatThrownBy(() -> registrants(s -> s.insert(profile.atVersion(1))))
        .isInstanceOf(IllegalArgumentException.class);
    RegistrantProfile stored = inserted(profile);
    assertThat(stored).isEqualTo(profile.atVersion(1));
    assertThat(storedProfile(owner)).contains(stored);
    assertThat(storedProfile(PractitionerId.of(ns + "nobody"))).isEmpty();
    assertThatThrownBy(() -> registrants(s -> s.insert(profile)))
        .isInstanceOf(DuplicateException.class);
    RegistrantProfile changed =
        stored
            .without(Regulators.NMC)
            .with(Registration.renewedOn(Regulators.HCPC, LocalDate.of(2028, 8, 31)))
            .withDiscussion(LocalDate.of(2026, 3, 1));
    RegistrantProfile updated = updated(changed);
    assertThat(updated).isEqualTo(changed.atVersion(2));
    assertThat(storedProfile(owner)).contains(updated);
    assertThatThrownBy(() -> registrants(s -> s.update(changed)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () -> registrants(s -> s.update(sample(PractitionerId.of(ns + "x")).atVersion(1))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                registrants(
                    s -> {
                      s.delete(stored);
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(storedProfile(owner)).contains(updated);
    registrants(
        s -> {
          s.delete(updated);
          assertThat(s.find(owner)).isEmpty();
          return null;
        });
    assertThat(storedProfile(owner)).isEmpty();
    assertThatThrownBy(
            () ->
                registrants(
                    s -> {
                      s.delete(updated);
                      return null;
                    }))
        .isInstanceOf(NotFoundException.class);
    // Stored again after a delete, from version 0.
    assertThat(inserted(profile)).isEqualTo(profile.atVersion(1));
  }

  /** A unit of work that fails leaves no profile behind. */
  @Test
  default void registrantWritesAreUndoneWithTheirUnitOfWork() {
    String ns = StorageFixtures.namespace();
    PractitionerId owner = PractitionerId.of(ns + "owner");
    Throwable t =
        catchThrowable(
            () ->
                registrants(
                    s -> {
                      s.insert(sample(owner));
                      throw new IllegalStateException("the work fails");
                    }));
    assertThat(t).isInstanceOf(IllegalStateException.class);
    assertThat(storedProfile(owner)).isEmpty();
  }

  /**
   * Through the SDK on this storage: the owner records their registrations and a reflective
   * discussion and gets readiness for each registered regulator with no registration passed, and
   * the export for one; the NMC line shows the discussion as recorded by them, not verified. Nobody
   * else, in any role and whoever they are, reads the profile; bad input changes nothing; subject
   * access exports the profile and erasure removes it.
   */
  @Test
  default void aRegistrantProfileIsItsOwnersAloneOnThisStorage() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof RegistrantTransaction);
    assumeTrue(keeps, "this storage keeps no profiles");
    PrivacyWorld w = new PrivacyWorld(storage());
    List<PractitionerId> members = new ArrayList<>();
    for (String name : List.of("r1", "r2", "r3", "r4")) {
      Discipline d = members.size() % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.NURSING;
      members.add(w.register(name, d, Optional.empty()));
    }
    PersonId sponsor = PersonId.of(w.ns + "sponsor");
    ForumId[] created = new ForumId[1];
    w.activeForum("profiles", sponsor, members, created);
    w.hold(created[0], members.get(1), Set.copyOf(members));
    LocalDate today = LocalDate.ofInstant(w.clock.instant(), ZoneOffset.UTC);
    Actor owner = Actor.practitioner(members.get(0));
    w.sdk.cpd().register(owner, Registration.with(Regulators.SOCIAL_WORK_ENGLAND));
    w.sdk.cpd().register(owner, Registration.renewedOn(Regulators.NMC, today.plusMonths(7)));
    RegistrantProfile mine = w.sdk.cpd().recordReflectiveDiscussion(owner, today.minusDays(3));
    assertThat(mine.registrations())
        .extracting(Registration::regulator)
        .containsExactly(Regulators.SOCIAL_WORK_ENGLAND, Regulators.NMC);
    assertThat(w.sdk.cpd().profile(owner)).isEqualTo(mine);
    List<Readiness> ready = w.sdk.cpd().readiness(owner);
    assertThat(ready)
        .extracting(Readiness::regulator)
        .containsExactly(Regulators.SOCIAL_WORK_ENGLAND, Regulators.NMC);
    assertThat(ready.get(1).summary()).contains("reflective discussion recorded by you on");
    assertThat(ready.get(1).summary()).contains("not verified");
    assertThat(w.sdk.cpd().regulatorExport(owner, Regulators.NMC, Format.MARKDOWN))
        .contains("Reflective discussion");

    // Nobody else reads it: every role, the owner's own person id in another role included.
    List<PersonId> people = new ArrayList<>();
    people.add(members.get(0).asPerson());
    people.add(members.get(1).asPerson());
    people.add(sponsor);
    people.add(PersonId.of(w.ns + "stranger"));
    qt().withExamples(40)
        .forAll(integers().between(0, Role.values().length - 1), integers().between(0, 3))
        .checkAssert(
            (role, person) -> {
              Actor actor = actor(Role.values()[role], people.get(person));
              if (actor.equals(owner)) {
                return;
              }
              try {
                RegistrantProfile seen = w.sdk.cpd().profile(actor);
                assertThat(seen.practitioner()).isNotEqualTo(members.get(0));
                assertThat(seen.registrations()).isNotEqualTo(mine.registrations());
              } catch (PermissionDeniedException e) {
                assertThat(e).hasMessageStartingWith("CPD-");
              }
              if (actor.role() != Role.PRACTITIONER) {
                // Only a practitioner acting for themselves changes a profile: their own.
                assertThatThrownBy(() -> w.sdk.cpd().register(actor, Registration.with("swe")))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessageStartingWith("CPD-1: ");
              }
            });
    assertThat(w.sdk.cpd().profile(owner)).isEqualTo(mine);

    // Bad input: typed errors naming CPD-1, the stored profile exactly as it was.
    List<Runnable> bad =
        List.of(
            () -> w.sdk.cpd().register(owner, Registration.with("no-such-regulator")),
            () -> w.sdk.cpd().register(owner, Registration.with(Regulators.HCPC)),
            () -> w.sdk.cpd().recordReflectiveDiscussion(owner, today.plusDays(1)),
            () -> w.sdk.cpd().deregister(owner, Regulators.SSSC),
            () -> w.sdk.cpd().regulatorExport(owner, Regulators.HCPC, Format.JSON));
    for (Runnable r : bad) {
      assertThatThrownBy(r::run)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("CPD-1: ");
    }
    assertThatThrownBy(() -> w.sdk.cpd().register(owner, Registration.with("x".repeat(1_000_000))))
        .isInstanceOf(ForumException.class);
    assertThat(w.sdk.cpd().profile(owner)).isEqualTo(mine);

    // Subject access exports it; erasure removes it.
    assertThat(w.sdk.privacy().export(w.admin, members.get(0)))
        .contains("registrantProfile")
        .contains(today.minusDays(3).toString());
    w.clock.advance(Duration.ofMinutes(1));
    assertThat(w.sdk.privacy().erase(w.admin, members.get(0)).removed())
        .containsEntry(ErasureCategory.CPD_PROFILE, 1);
    assertThat(storedProfile(members.get(0))).isEmpty();
  }

  private static Actor actor(Role role, PersonId person) {
    return switch (role) {
      case PRACTITIONER -> Actor.practitioner(PractitionerId.of(person.value()));
      case FACILITATOR -> Actor.facilitator(person);
      case MANAGER -> Actor.manager(person);
      case REVIEWER -> Actor.reviewer(person);
      case ADMINISTRATOR -> Actor.administrator(person);
      case SYSTEM -> Actor.system();
    };
  }
}
