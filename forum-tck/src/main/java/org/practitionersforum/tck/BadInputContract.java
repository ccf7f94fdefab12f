package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practitionersforum.tck.StorageFixtures.AWKWARD;
import static org.practitionersforum.tck.StorageFixtures.HOSTILE;
import static org.practitionersforum.tck.StorageFixtures.at;
import static org.practitionersforum.tck.StorageFixtures.namespace;
import static org.practitionersforum.tck.StorageFixtures.profile;
import static org.practitionersforum.tck.StorageFixtures.proposed;
import static org.practitionersforum.tck.StorageReads.findForum;
import static org.practitionersforum.tck.StorageReads.findProfile;
import static org.practitionersforum.tck.StorageReads.findProfiles;
import static org.practitionersforum.tck.StorageReads.forumsAt;
import static org.practitionersforum.tck.StorageReads.forumsOf;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Role;

/**
 * Bad and awkward input: quotes, semicolons, Unicode, very long text, characters some databases
 * cannot hold, extreme instants, and nulls. Each value is either stored and read back exactly or
 * refused with a typed error, and a refused unit of work leaves nothing behind.
 */
public interface BadInputContract extends StorageUnderTest {

  /**
   * Stores the forum after a profile, in one unit; checks it reads back exactly or nothing was
   * stored.
   */
  private void storedExactlyOrRefused(Forum forum, String ns) {
    PractitionerId witness = PractitionerId.of(ns + "witness");
    Forum stored;
    try {
      stored =
          storage()
              .inTransaction(
                  tx -> {
                    tx.practitioners().insert(profile(witness.value(), ns + "b"));
                    return tx.forums().insert(forum);
                  });
    } catch (InvalidInputException refused) {
      assertThat(findForum(storage(), forum.id())).isEmpty();
      assertThat(findProfile(storage(), witness)).isEmpty();
      return;
    }
    assertThat(findForum(storage(), forum.id())).contains(stored);
    assertThat(stored).isEqualTo(Forum.builder().from(forum).version(1).build());
  }

  /** Awkward names, identifiers and reasons are stored and read back exactly. */
  @Test
  default void awkwardTextIsStoredExactly() {
    for (String text : AWKWARD) {
      String ns = namespace();
      // Ids keep no invisible characters (SEC-4): the joiners of emoji sequences stay in the name.
      String idText = text.replace("\u200D", "");
      String id =
          ns
              + idText
                  .replace("\n", " ")
                  .replace("\t", " ")
                  .substring(0, Math.min(idText.length(), 100))
                  .strip();
      Forum forum =
          Forum.builder()
              .from(proposed(id, ns + "b"))
              .name(text.replace("\n", " ").replace("\t", " ").strip())
              .base(
                  BaseId.of(
                      ns
                          + idText
                              .substring(0, Math.min(idText.length(), 50))
                              .replace("\n", " ")
                              .replace("\t", " ")
                              .strip()))
              .addHistory(
                  StateChange.builder()
                      .from(ForumState.PROPOSED)
                      .to(ForumState.CLOSED)
                      .reason(text + "\n" + text.repeat(500))
                      .by(Role.PRACTITIONER)
                      .at(at(1))
                      .build())
              .build();
      Forum stored = storage().inTransaction(tx -> tx.forums().insert(forum));
      assertThat(findForum(storage(), forum.id())).contains(stored);
      assertThat(forumsAt(storage(), forum.base())).containsExactly(stored);
    }
  }

  /** Hostile text is stored exactly or refused with a typed error, leaving nothing of the unit. */
  @Test
  default void hostileTextIsStoredExactlyOrRefused() {
    for (String text : HOSTILE) {
      String ns = namespace();
      Forum base = proposed(ns + "f", ns + "b");
      Facilitation ended;
      try {
        ended =
            Facilitation.builder()
                .facilitator(PersonId.of("fac"))
                .start(at(1))
                .end(at(2))
                .endReason(text)
                .build();
      } catch (InvalidInputException refusedByTheModel) {
        // A reason the model itself refuses never reaches the store: refused with a typed error.
        assertThat(refusedByTheModel.getMessage()).doesNotContain(text);
        ended = null;
      }
      if (ended != null) {
        storedExactlyOrRefused(Forum.builder().from(base).addFacilitations(ended).build(), ns);
      }
      if (text.length() <= Forum.MAX_NAME_LENGTH) {
        String ns2 = namespace();
        Forum named;
        try {
          named = Forum.builder().from(proposed(ns2 + "g", ns2 + "b")).name(text.strip()).build();
        } catch (InvalidInputException refusedByTheModel) {
          // A name the model itself refuses never reaches the store: refused with a typed error.
          assertThat(refusedByTheModel.getMessage()).doesNotContain(text);
          continue;
        }
        storedExactlyOrRefused(named, ns2);
      }
    }
  }

  /** Instants at the edges of the representable range are stored exactly or refused. */
  @Test
  default void extremeInstantsAreStoredExactlyOrRefused() {
    for (Instant t :
        Arrays.asList(
            Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("0001-01-01T00:00:00Z"),
            Instant.EPOCH,
            Instant.parse("1969-12-31T23:59:59.999999999Z"))) {
      String ns = namespace();
      Forum forum = Forum.builder().from(proposed(ns + "f", ns + "b")).proposedAt(t).build();
      storedExactlyOrRefused(forum, ns);
    }
  }

  /** Nulls where none are allowed are refused with a typed error. */
  @Test
  default void nullsAreRefusedWithATypedError() {
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().insert(null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.forums().update(null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> findForum(storage(), null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> forumsAt(storage(), null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> forumsOf(storage(), null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.practitioners().insert(null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> findProfiles(storage(), Arrays.asList(PractitionerId.of("a"), null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> storage().inTransaction(null))
        .isInstanceOf(InvalidInputException.class);
    String ns = namespace();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx -> {
                          tx.practitioners().insert(profile(ns + "p", ns + "b"));
                          return tx.practitioners().update(null);
                        }))
        .isInstanceOf(InvalidInputException.class);
    assertThat(findProfile(storage(), PractitionerId.of(ns + "p"))).isEmpty();
  }
}
