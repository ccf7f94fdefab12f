package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.profile;
import static org.practitionersforum.tck.StorageReads.findProfile;
import static org.practitionersforum.tck.StorageReads.findProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.spi.ConcurrentUpdateException;

/** The {@link org.practitionersforum.api.spi.PractitionerStore} contract. */
public interface PractitionerStoreContract extends StorageUnderTest {

  /**
   * Inserting stores the profile at version 1, exactly as given, with or without a line manager.
   */
  @Test
  default void profileInsertStoresAtVersionOneAndReadsBackExactly() {
    String ns = namespace();
    SplittableRandom r = new SplittableRandom(3);
    PractitionerProfile manager = profile(r, ns + "m", "b", Optional.empty());
    PractitionerProfile worker = profile(r, ns + "w", "b", Optional.of(manager.id()));
    List<PractitionerProfile> stored =
        storage()
            .inTransaction(
                tx ->
                    List.of(tx.practitioners().insert(manager), tx.practitioners().insert(worker)));
    assertThat(stored).extracting(PractitionerProfile::version).containsExactly(1L, 1L);
    assertThat(stored.get(1))
        .isEqualTo(PractitionerProfile.builder().from(worker).version(1).build());
    assertThat(findProfile(storage(), worker.id())).contains(stored.get(1));
    assertThat(findProfile(storage(), manager.id())).contains(stored.get(0));
  }

  /** findAll returns the stored profiles among the ids asked for, and leaves out the missing. */
  @Test
  default void profileFindAllReturnsTheStoredOnes() {
    String ns = namespace();
    List<PractitionerId> ids = new ArrayList<>();
    storage()
        .inTransaction(
            tx -> {
              for (int i = 0; i < 250; i++) {
                tx.practitioners().insert(profile(ns + i, "b"));
                ids.add(PractitionerId.of(ns + i));
              }
              return null;
            });
    List<PractitionerId> asked = new ArrayList<>(ids);
    asked.add(PractitionerId.of(ns + "missing"));
    asked.add(ids.get(0));
    Map<PractitionerId, PractitionerProfile> found = findProfiles(storage(), asked);
    assertThat(found).hasSize(250);
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(found.get(ids.get(7)))
        .isEqualTo(PractitionerProfile.builder().from(profile(ns + 7, "b")).version(1).build());
    assertThat(findProfiles(storage(), List.of())).isEmpty();
  }

  /** A second insert with the same id is a duplicate and changes nothing. */
  @Test
  default void profileDuplicateInsertIsRefused() {
    PractitionerProfile p = profile(namespace() + "p", "b");
    PractitionerProfile stored = storage().inTransaction(tx -> tx.practitioners().insert(p));
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx ->
                            tx.practitioners()
                                .insert(
                                    PractitionerProfile.builder()
                                        .from(p)
                                        .base(BaseId.of("elsewhere"))
                                        .build())))
        .isInstanceOf(DuplicateException.class);
    assertThat(findProfile(storage(), p.id())).contains(stored);
  }

  /** An insert not at version 0 is refused. */
  @Test
  default void profileInsertRequiresVersionZero() {
    PractitionerProfile p =
        PractitionerProfile.builder().from(profile(namespace() + "p", "b")).version(2).build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.practitioners().insert(p)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(findProfile(storage(), p.id())).isEmpty();
  }

  /** Updates bump the version; a stale one is refused; an unknown one is not found. */
  @Test
  default void profileUpdatesAreVersioned() {
    String ns = namespace();
    PractitionerProfile v1 =
        storage().inTransaction(tx -> tx.practitioners().insert(profile(ns + "p", "b")));
    PractitionerProfile v2 =
        storage()
            .inTransaction(
                tx ->
                    tx.practitioners()
                        .update(
                            PractitionerProfile.builder()
                                .from(v1)
                                .discipline(Discipline.NURSING)
                                .lineManager(PractitionerId.of(ns + "m"))
                                .build()));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.discipline()).isEqualTo(Discipline.NURSING);
    PractitionerProfile v3 =
        storage()
            .inTransaction(
                tx ->
                    tx.practitioners()
                        .update(
                            PractitionerProfile.builder()
                                .from(v2)
                                .lineManager(Optional.empty())
                                .build()));
    assertThat(findProfile(storage(), v1.id())).contains(v3);
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.practitioners().update(v2)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(findProfile(storage(), v1.id())).contains(v3);
    PractitionerProfile unknown =
        PractitionerProfile.builder().from(profile(ns + "x", "b")).version(1).build();
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.practitioners().update(unknown)))
        .isInstanceOf(NotFoundException.class);
    assertThat(findProfile(storage(), unknown.id())).isEmpty();
  }
}
