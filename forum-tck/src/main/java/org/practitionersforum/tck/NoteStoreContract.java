package org.practitionersforum.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.ReflectiveNoteStore;

/**
 * The contract of {@link ReflectiveNoteStore}, for a storage whose transactions are {@link
 * CpdTransaction}s: private reflective notes (CPD-2) stored whole and read back exactly, by id and
 * by author, with optimistic versions; one note per author and session; an update that changes only
 * what the note says; all of it undone with the unit of work. Through the SDK on the storage, no
 * read by anyone but the author returns a note. Skipped for a storage that keeps no notes. It
 * extends the erasure contract for its every-value scan of the storage: a store that keeps notes
 * must erase and export them too.
 */
public interface NoteStoreContract extends ErasureContract {

  /** Text a sample note holds, unique enough to look for in everything stored. */
  String NOTE_TEXT = "Note-text-4e1b: what I learnt, with “quotes” and ünïcode.";

  /**
   * Returns a note with every section, at version 0.
   *
   * @param id the note's id
   * @param author its author
   * @param session its session
   * @param startedAt when the session started
   * @return the note
   */
  static ReflectiveNote sampleNote(
      String id, PractitionerId author, String session, Instant startedAt) {
    return ReflectiveNote.builder()
        .id(NoteId.of(id))
        .author(author)
        .session(SessionId.of(session))
        .forum(ForumId.of("forum-notes"))
        .sessionMode(SessionMode.STUDY)
        .sessionStartedAt(startedAt)
        .sessionDuration(Duration.ofMinutes(75).plusNanos(1))
        .content(
            NoteContent.builder()
                .learnt(NOTE_TEXT + "\nSecond line.")
                .relevance("Relevant to my work with families.")
                .impact("I plan visits differently.")
                .peerLearning("Two colleagues had tried it.")
                .build())
        .writtenAt(startedAt.plus(Duration.ofHours(3)).plusNanos(123))
        .build();
  }

  /** Runs work on the note store of a unit of work; skips the test on a storage without it. */
  private <T> T notes(Function<ReflectiveNoteStore, T> work) {
    return storage()
        .inTransaction(
            tx -> {
              assumeTrue(tx instanceof CpdTransaction, "this storage keeps no notes");
              return work.apply(((CpdTransaction) tx).notes());
            });
  }

  private Optional<ReflectiveNote> storedNote(NoteId id) {
    return notes(store -> store.find(id));
  }

  private List<ReflectiveNote> notesBy(PractitionerId author) {
    return notes(store -> store.findByAuthor(author));
  }

  /** Inserted notes are stored at version 1 and read back exactly, by id and by author. */
  @Test
  default void noteStoreInsertsAtVersionOneAndReadsBackExactly() {
    String ns = StorageFixtures.namespace();
    PractitionerId author = PractitionerId.of(ns + "author");
    ReflectiveNote later = sampleNote(ns + "note-b", author, ns + "s2", StorageFixtures.at(7200));
    ReflectiveNote earlier = sampleNote(ns + "note-c", author, ns + "s1", StorageFixtures.at(60));
    ReflectiveNote bare =
        ReflectiveNote.builder()
            .from(sampleNote(ns + "note-a", author, ns + "s3", StorageFixtures.at(60)))
            .content(NoteContent.builder().learnt("Only this.").build())
            .build();
    ReflectiveNote other =
        sampleNote(
            ns + "note-o", PractitionerId.of(ns + "other"), ns + "s1", StorageFixtures.at(0));
    List<ReflectiveNote> stored =
        notes(
            store -> {
              List<ReflectiveNote> out = new ArrayList<>();
              for (ReflectiveNote n : List.of(later, earlier, bare, other)) {
                ReflectiveNote s = store.insert(n);
                assertThat(s).isEqualTo(ReflectiveNote.builder().from(n).version(1).build());
                assertThat(store.find(n.id())).contains(s);
                out.add(s);
              }
              return out;
            });
    assertThat(storedNote(later.id())).contains(stored.get(0));
    assertThat(storedNote(bare.id())).contains(stored.get(2));
    assertThat(storedNote(NoteId.of(ns + "none"))).isEmpty();
    assertThat(notesBy(author))
        .as("by session start, then id")
        .containsExactly(stored.get(2), stored.get(1), stored.get(0));
    assertThat(notesBy(PractitionerId.of(ns + "nobody"))).isEmpty();
  }

  /**
   * A note not at version 0 cannot be inserted; an id once, and one note per author and session.
   */
  @Test
  default void noteStoreRefusesBadInserts() {
    String ns = StorageFixtures.namespace();
    PractitionerId author = PractitionerId.of(ns + "author");
    ReflectiveNote note = sampleNote(ns + "note-1", author, ns + "s1", StorageFixtures.at(0));
    assertThatThrownBy(
            () ->
                notes(
                    store -> store.insert(ReflectiveNote.builder().from(note).version(1).build())))
        .isInstanceOf(IllegalArgumentException.class);
    notes(store -> store.insert(note));
    assertThatThrownBy(() -> notes(store -> store.insert(note)))
        .isInstanceOf(DuplicateException.class);
    ReflectiveNote again = sampleNote(ns + "note-2", author, ns + "s1", StorageFixtures.at(0));
    assertThatThrownBy(() -> notes(store -> store.insert(again)))
        .isInstanceOf(DuplicateException.class);
    assertThat(notesBy(author)).extracting(ReflectiveNote::id).containsExactly(note.id());
  }

  /** Updates change what the note says and when it was revised, checked against the version. */
  @Test
  default void noteStoreUpdatesWithOptimisticVersions() {
    String ns = StorageFixtures.namespace();
    PractitionerId author = PractitionerId.of(ns + "author");
    ReflectiveNote stored =
        notes(
            store ->
                store.insert(sampleNote(ns + "note", author, ns + "s1", StorageFixtures.at(0))));
    NoteContent revised = NoteContent.builder().learnt("Revised.").build();
    Instant at = StorageFixtures.at(90_000);
    ReflectiveNote changed =
        ReflectiveNote.builder().from(stored).content(revised).revisedAt(at).build();
    ReflectiveNote after = notes(store -> store.update(changed));
    assertThat(after).isEqualTo(ReflectiveNote.builder().from(changed).version(2).build());
    assertThat(storedNote(stored.id())).contains(after);
    assertThatThrownBy(() -> notes(store -> store.update(changed)))
        .isInstanceOf(ConcurrentUpdateException.class);
    ReflectiveNote missing =
        ReflectiveNote.builder()
            .from(sampleNote(ns + "missing", author, ns + "s9", StorageFixtures.at(0)))
            .version(1)
            .build();
    assertThatThrownBy(() -> notes(store -> store.update(missing)))
        .isInstanceOf(NotFoundException.class);
    // What the note is on stays as stored, whatever the snapshot given says.
    ReflectiveNote moved =
        ReflectiveNote.builder()
            .from(after)
            .session(SessionId.of(ns + "elsewhere"))
            .sessionMode(SessionMode.CONSULTATIVE)
            .build();
    ReflectiveNote kept = notes(store -> store.update(moved));
    assertThat(kept.session()).isEqualTo(stored.session());
    assertThat(kept.sessionMode()).isEqualTo(SessionMode.STUDY);
    assertThat(kept.version()).isEqualTo(3);
  }

  /** Deletes are checked against the version; a deleted note is found by no read. */
  @Test
  default void noteStoreDeletesWithOptimisticVersions() {
    String ns = StorageFixtures.namespace();
    PractitionerId author = PractitionerId.of(ns + "author");
    ReflectiveNote stored =
        notes(
            store ->
                store.insert(sampleNote(ns + "note", author, ns + "s1", StorageFixtures.at(0))));
    assertThatThrownBy(
            () ->
                notes(
                    store ->
                        deleted(store, ReflectiveNote.builder().from(stored).version(2).build())))
        .isInstanceOf(ConcurrentUpdateException.class);
    notes(
        store -> {
          store.delete(stored);
          assertThat(store.find(stored.id())).isEmpty();
          assertThat(store.findByAuthor(author)).isEmpty();
          return null;
        });
    assertThat(storedNote(stored.id())).isEmpty();
    assertThatThrownBy(() -> notes(store -> deleted(store, stored)))
        .isInstanceOf(NotFoundException.class);
  }

  private static Void deleted(ReflectiveNoteStore store, ReflectiveNote note) {
    store.delete(note);
    return null;
  }

  /** A unit of work that fails leaves no note behind. */
  @Test
  default void noteWritesAreUndoneWithTheirUnitOfWork() {
    String ns = StorageFixtures.namespace();
    PractitionerId author = PractitionerId.of(ns + "author");
    ReflectiveNote note = sampleNote(ns + "note", author, ns + "s1", StorageFixtures.at(0));
    Throwable t =
        catchThrowable(
            () ->
                notes(
                    store -> {
                      store.insert(note);
                      throw new IllegalStateException("the work fails");
                    }));
    assertThat(t).isInstanceOf(IllegalStateException.class);
    assertThat(storedNote(note.id())).isEmpty();
    assertThat(notesBy(author)).isEmpty();
  }

  /**
   * Through the SDK on this storage: a member's note is read back by them; everyone else is refused
   * and a fellow member lists nothing of it; and the rows that hold the note's text hold no id of
   * anyone else who was at the session.
   */
  @Test
  default void aNoteIsReadByItsAuthorAloneOnThisStorage() {
    boolean keeps = storage().inTransaction(tx -> tx instanceof CpdTransaction);
    assumeTrue(keeps, "this storage keeps no notes");
    PrivacyWorld w = new PrivacyWorld(storage());
    List<PractitionerId> members = new ArrayList<>();
    for (String name : List.of("m1", "m2", "m3", "m4")) {
      Discipline d = members.size() % 2 == 0 ? Discipline.SOCIAL_WORK : Discipline.NURSING;
      members.add(w.register(name, d, Optional.empty()));
    }
    PersonId sponsor = PersonId.of(w.ns + "sponsor");
    ForumId[] created = new ForumId[1];
    w.activeForum("notes", sponsor, members, created);
    SessionId session = w.hold(created[0], members.get(1), Set.copyOf(members));
    Actor author = Actor.practitioner(members.get(0));
    w.clock.advance(Duration.ofMinutes(1));
    ReflectiveNote note =
        w.sdk.notes().write(author, session, NoteContent.builder().learnt(NOTE_TEXT).build());
    assertThat(w.sdk.notes().get(author, note.id())).isEqualTo(note);
    assertThat(w.sdk.notes().mine(author)).containsExactly(note);
    for (Actor other :
        List.of(
            Actor.manager(sponsor),
            Actor.facilitator(PersonId.of(w.ns + "fac")),
            Actor.reviewer(PersonId.of(w.ns + "rev")),
            w.admin,
            Actor.system())) {
      assertThatThrownBy(() -> w.sdk.notes().get(other, note.id()))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("CPD-2: ");
    }
    Actor peer = Actor.practitioner(members.get(1));
    assertThatThrownBy(() -> w.sdk.notes().get(peer, note.id()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("CPD-2: ");
    assertThat(w.sdk.notes().mine(peer)).isEmpty();
    assertThat(w.sdk.notes().export(peer)).doesNotContain("Note-text-4e1b");
    assertThat(String.join("\n", w.everything())).doesNotContain("Note-text-4e1b");
    assertThat(ForumJson.write(note)).doesNotContain(members.get(1).value());
    everythingStored()
        .ifPresent(
            text -> {
              assertThat(text).contains("Note-text-4e1b");
              for (String row : text.split("\n")) {
                if (row.contains("Note-text-4e1b")) {
                  for (PractitionerId m : members.subList(1, 4)) {
                    assertThat(row).as("the note's row").doesNotContain(m.value());
                  }
                }
              }
            });
  }
}
