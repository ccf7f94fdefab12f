package org.practitionersforum.core.internal.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.PermissionDeniedException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditQuery;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ReflectiveNoteDeleted;
import org.practitionersforum.api.event.ReflectiveNoteRevised;
import org.practitionersforum.api.event.ReflectiveNoteWritten;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.privacy.ErasureCategory;
import org.practitionersforum.api.privacy.ErasureReceipt;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Relationship;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.security.View;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.session.SessionRequest;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.internal.terms.TermsFixture;
import org.practitionersforum.core.internal.tx.CoreStoresOnly;
import org.practitionersforum.testkit.TestClock;

/**
 * Private reflective notes (CPD-2): a member's note on a session they attended is theirs alone; no
 * other role reaches it, no other practitioner finds it, and no event, audit record, exception or
 * {@code toString()} holds its text.
 */
class ReflectiveNoteServiceTest {
  private static final String LEARNT = "Learnt-7f3a: naming the worry early helped the family";
  private static final String PEERS = "Peers-91c2: others had seen the same pattern";
  private static final String IMPACT = "Impact-55d0: I now book a joint visit sooner";

  private final TestClock clock = new TestClock(TermsFixture.NOW.minus(Duration.ofDays(30)));
  private final TermsFixture f = new TermsFixture(5, 1, clock);
  private final Actor author;
  private final Actor peer;
  private final Actor absent;
  private final SessionId session = SessionId.of("s-1");

  ReflectiveNoteServiceTest() {
    clock.set(TermsFixture.NOW);
    f.inForce();
    f.sdk
        .sessions()
        .hold(
            f.member(0),
            f.forum,
            SessionRequest.builder()
                .id(session)
                .mode(SessionMode.REFLECTIVE)
                .startedAt(TermsFixture.NOW.minus(Duration.ofHours(3)))
                .duration(Duration.ofMinutes(90))
                .present(f.members.subList(0, 4))
                .build());
    author = f.member(0);
    peer = f.member(1);
    absent = f.member(4);
  }

  private static NoteContent content() {
    return NoteContent.builder().learnt(LEARNT).peerLearning(PEERS).impact(IMPACT).build();
  }

  private ReflectiveNote written() {
    clock.advance(Duration.ofMinutes(5));
    return f.sdk.notes().write(author, session, content());
  }

  private List<String> snapshot() {
    List<String> out = new ArrayList<>(f.storage.everythingAsJson());
    out.sort(String::compareTo);
    out.add(f.events.toString());
    return out;
  }

  @Test
  void aMemberWritesAPrivateNoteLinkedToTheSessionAsPeerReflection() {
    ReflectiveNote note = written();
    assertThat(note.author()).isEqualTo(f.members.get(0));
    assertThat(note.session()).isEqualTo(session);
    assertThat(note.forum()).isEqualTo(f.forum);
    assertThat(note.sessionMode()).isEqualTo(SessionMode.REFLECTIVE);
    assertThat(note.sessionDuration()).isEqualTo(Duration.ofMinutes(90));
    assertThat(note.peerReflection()).isTrue();
    assertThat(note.version()).isEqualTo(1);
    assertThat(note.id().value()).startsWith("note-").hasSize(37);
    assertThat(f.sdk.notes().get(author, note.id())).isEqualTo(note);
    assertThat(f.sdk.notes().mine(author)).containsExactly(note);
    // The note names nobody else who was there, and shows neither author nor text.
    String json = ForumJson.write(note);
    for (PractitionerId other : f.members.subList(1, 4)) {
      assertThat(json).doesNotContain(other.value());
    }
    assertThat(note.toString())
        .doesNotContain(LEARNT)
        .doesNotContain(PEERS)
        .doesNotContain(f.members.get(0).value());
    ForumEvent event = f.events.get(f.events.size() - 1);
    assertThat(event).isEqualTo(new ReflectiveNoteWritten(f.forum, clock.instant()));
  }

  @Test
  void noEventOrAuditRecordHoldsTheNoteItsSessionOrItsText() {
    ReflectiveNote note = written();
    clock.advance(Duration.ofMinutes(1));
    f.sdk.notes().revise(author, note.id(), content());
    clock.advance(Duration.ofMinutes(1));
    f.sdk.notes().delete(author, note.id());
    assertThat(f.events)
        .anyMatch(ReflectiveNoteWritten.class::isInstance)
        .anyMatch(ReflectiveNoteRevised.class::isInstance)
        .anyMatch(ReflectiveNoteDeleted.class::isInstance);
    List<String> published = new ArrayList<>();
    for (ForumEvent e : f.events) {
      if (e.getClass().getSimpleName().startsWith("ReflectiveNote")) {
        published.add(ForumJson.write(e) + e);
      }
    }
    assertThat(published).hasSize(3);
    for (String e : published) {
      assertThat(e)
          .doesNotContain(note.id().value())
          .doesNotContain(session.value())
          .doesNotContain(f.members.get(0).value())
          .doesNotContain("Learnt-7f3a");
    }
    List<AuditRecord> records =
        f.sdk
            .audit()
            .query(Actor.administrator(TermsFixture.ADMIN), AuditQuery.all().limit(500))
            .records();
    List<AuditRecord> onNotes =
        records.stream().filter(r -> r.operation().name().startsWith("CPD_NOTE")).toList();
    assertThat(onNotes)
        .extracting(AuditRecord::operation)
        .containsExactly(
            Operation.CPD_NOTE_WRITE, Operation.CPD_NOTE_REVISE, Operation.CPD_NOTE_DELETE);
    for (AuditRecord r : onNotes) {
      assertThat(r.aggregate()).isEqualTo(AggregateRef.practitioner(f.members.get(0)));
      String text = ForumJson.write(r) + r;
      assertThat(text)
          .doesNotContain(note.id().value())
          .doesNotContain("\"" + session.value() + "\"")
          .doesNotContain("Learnt-7f3a")
          .doesNotContain("Peers-91c2");
    }
  }

  @Test
  void everyOtherRoleIsRefusedNamingTheRule() {
    ReflectiveNote note = written();
    List<String> before = snapshot();
    List<Actor> others =
        List.of(
            Actor.facilitator(TermsFixture.FACILITATOR),
            Actor.manager(TermsFixture.SPONSOR),
            Actor.reviewer(PersonId.of("reviewer-1")),
            Actor.administrator(TermsFixture.ADMIN),
            Actor.system());
    for (Actor actor : others) {
      List<Runnable> attempts =
          List.of(
              () -> f.sdk.notes().get(actor, note.id()),
              () -> f.sdk.notes().mine(actor),
              () -> f.sdk.notes().export(actor),
              () -> f.sdk.notes().revise(actor, note.id(), content()),
              () -> f.sdk.notes().delete(actor, note.id()),
              () -> f.sdk.notes().write(actor, session, content()));
      for (Runnable attempt : attempts) {
        Throwable t = catchThrowable(attempt::run);
        assertThat(t)
            .as(actor.role().name())
            .isInstanceOf(PermissionDeniedException.class)
            .hasMessageStartingWith("CPD-2: ");
        assertThat(((PermissionDeniedException) t).rule()).isEqualTo("CPD-2");
        assertThat(t.getMessage()).doesNotContain(note.id().value()).doesNotContain(LEARNT);
      }
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anotherPractitionerIsRefusedAndListsNothingOfTheNote() {
    ReflectiveNote note = written();
    List<String> before = snapshot();
    for (Consumer<Actor> attempt :
        List.<Consumer<Actor>>of(
            a -> f.sdk.notes().get(a, note.id()),
            a -> f.sdk.notes().revise(a, note.id(), content()),
            a -> f.sdk.notes().delete(a, note.id()))) {
      Throwable t = catchThrowable(() -> attempt.accept(peer));
      assertThat(t)
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageStartingWith("CPD-2: ")
          .hasMessageNotContaining(note.id().value())
          .hasMessageNotContaining(f.members.get(0).value())
          .hasMessageNotContaining(f.members.get(1).value());
    }
    assertThatThrownBy(() -> f.sdk.notes().get(peer, NoteId.of("note-none")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("CPD-2: no note has this id");
    assertThat(f.sdk.notes().mine(peer)).isEmpty();
    assertThat(f.sdk.notes().export(peer)).doesNotContain(LEARNT).doesNotContain(note.id().value());
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void noOrganisationCanGrantAnotherRoleANote() {
    for (Role role : Role.values()) {
      for (Relationship rel : Relationship.values()) {
        if (role == Role.PRACTITIONER && rel == Relationship.SELF) {
          continue;
        }
        View view = role == Role.MANAGER ? View.UNATTRIBUTED : View.ALL;
        assertThatThrownBy(
                () ->
                    AccessPolicy.standard().toBuilder()
                        .grant(role, Operation.CPD_NOTE_GET, rel, view)
                        .build())
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("CPD-2: ");
      }
    }
    for (Operation op :
        List.of(
            Operation.CPD_NOTE_WRITE,
            Operation.CPD_NOTE_REVISE,
            Operation.CPD_NOTE_DELETE,
            Operation.CPD_NOTE_GET,
            Operation.CPD_NOTE_MINE,
            Operation.CPD_NOTE_EXPORT)) {
      assertThat(AccessPolicy.ceiling().rows().stream().filter(r -> r.operation() == op))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.role()).isEqualTo(Role.PRACTITIONER);
                assertThat(r.relationship()).isEqualTo(Relationship.SELF);
                assertThat(r.rule()).isEqualTo("CPD-2");
              });
    }
  }

  @Test
  void aNoteIsWrittenOnlyOnASessionTheAuthorWasPresentAtAndOnlyOnce() {
    written();
    List<String> before = snapshot();
    Throwable t = catchThrowable(() -> f.sdk.notes().write(absent, session, content()));
    assertThat(((RuleViolationException) t).has(ViolationCode.NOTE_NOT_PRESENT)).isTrue();
    assertThat(t.getMessage()).startsWith("CPD-2: ");
    t = catchThrowable(() -> f.sdk.notes().write(author, session, content()));
    assertThat(((RuleViolationException) t).has(ViolationCode.NOTE_EXISTS)).isTrue();
    assertThatThrownBy(() -> f.sdk.notes().write(author, SessionId.of("no-such"), content()))
        .isInstanceOf(NotFoundException.class);
    // A volunteer who is not a member has no attendance record to reflect on.
    Actor outsider = Actor.practitioner(f.volunteers.get(0));
    assertThatThrownBy(() -> f.sdk.notes().write(outsider, session, content()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("CPD-2: ");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void theAuthorRevisesAndDeletesTheirNote() {
    ReflectiveNote note = written();
    clock.advance(Duration.ofMinutes(10));
    NoteContent revised = NoteContent.builder().learnt("Second thoughts").build();
    ReflectiveNote after = f.sdk.notes().revise(author, note.id(), revised);
    assertThat(after.content()).isEqualTo(revised);
    assertThat(after.revisedAt()).contains(clock.instant());
    assertThat(after.writtenAt()).isEqualTo(note.writtenAt());
    assertThat(after.peerReflection()).isFalse();
    assertThat(after.version()).isEqualTo(2);
    assertThat(f.sdk.notes().get(author, note.id())).isEqualTo(after);
    f.sdk.notes().delete(author, note.id());
    assertThat(f.sdk.notes().mine(author)).isEmpty();
    assertThatThrownBy(() -> f.sdk.notes().get(author, note.id()))
        .isInstanceOf(NotFoundException.class);
    // Deleted, the author may write a note on the session again.
    assertThat(f.sdk.notes().write(author, session, content()).id()).isNotEqualTo(note.id());
  }

  @Test
  void badTextIsRefusedWithoutQuotingIt() {
    for (NoteContent.Builder b :
        List.of(
            NoteContent.builder().learnt("   "),
            NoteContent.builder().learnt("Secret-x " + "a".repeat(NoteContent.MAX_SECTION_LENGTH)),
            NoteContent.builder().learnt("ok").impact("Secret-x\u0000"),
            NoteContent.builder().learnt("ok").peerLearning("Secret-x\u202e"),
            NoteContent.builder().learnt("ok").relevance(""))) {
      assertThatThrownBy(b::build)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("SEC-4: ")
          .hasMessageNotContaining("Secret-x");
    }
    assertThatThrownBy(() -> NoteContent.builder().build())
        .isInstanceOf(InvalidInputException.class);
    assertThat(f.sdk.notes().mine(author)).isEmpty();
  }

  @Test
  void theAuthorExportsTheirNotesAnonymisedIfTheyChoose() throws Exception {
    clock.advance(Duration.ofMinutes(5));
    ReflectiveNote note =
        f.sdk
            .notes()
            .write(
                author,
                session,
                NoteContent.builder()
                    .learnt("Priya Raman showed me how to open the conversation.")
                    .peerLearning(PEERS)
                    .build());
    JsonNode plain = ForumJson.mapper().readTree(f.sdk.notes().export(author));
    assertThat(plain.get("format").asText()).isEqualTo("practitioners-forum-cpd-notes/1");
    assertThat(plain.get("anonymised").asBoolean()).isFalse();
    assertThat(plain.get("notes")).hasSize(1);
    JsonNode n = plain.get("notes").get(0);
    assertThat(n.get("id").asText()).isEqualTo(note.id().value());
    assertThat(n.get("session").asText()).isEqualTo(session.value());
    assertThat(n.get("sessionMinutes").asInt()).isEqualTo(90);
    assertThat(n.get("peerReflection").asBoolean()).isTrue();
    assertThat(n.get("content").get("learnt").asText()).contains("Priya Raman");
    assertThat(plain.toString()).doesNotContain(f.members.get(0).value());

    var anonymiser =
        Anonymisers.builder()
            .directory(
                NameDirectory.of(List.of(DirectoryEntry.person("staff-1", "Priya", "Raman"))))
            .build();
    JsonNode hidden = ForumJson.mapper().readTree(f.sdk.notes().export(author, anonymiser));
    assertThat(hidden.get("anonymised").asBoolean()).isTrue();
    String learnt = hidden.get("notes").get(0).get("content").get("learnt").asText();
    assertThat(learnt).doesNotContain("Priya").doesNotContain("Raman").contains("[PERSON-1]");
    assertThat(hidden.get("notes").get(0).get("content").get("peerLearning").asText())
        .isEqualTo(PEERS);
    // The stored note is unchanged.
    assertThat(f.sdk.notes().get(author, note.id()).content().learnt()).contains("Priya Raman");
  }

  @Test
  void erasureRemovesTheNotesAndSubjectAccessListsThem() throws Exception {
    ReflectiveNote note = written();
    Actor admin = Actor.administrator(TermsFixture.ADMIN);
    JsonNode export = ForumJson.mapper().readTree(f.sdk.privacy().export(admin, f.members.get(0)));
    JsonNode notes = export.get("cpdNotes").get("notes");
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).get("id").asText()).isEqualTo(note.id().value());
    assertThat(notes.get(0).get("content").get("learnt").asText()).isEqualTo(LEARNT);
    assertThat(export.get("cpdNotes").get("why").asText()).contains("CPD-2");

    ErasureReceipt receipt = f.sdk.privacy().erase(admin, f.members.get(0));
    assertThat(receipt.removed(ErasureCategory.CPD_NOTE)).isEqualTo(1);
    assertThat(String.join("\n", f.storage.everythingAsJson()))
        .doesNotContain("Learnt-7f3a")
        .doesNotContain(note.id().value());
    java.util.Optional<ReflectiveNote> left =
        f.storage.inTransaction(tx -> DefaultReflectiveNoteService.notes(tx).find(note.id()));
    assertThat(left).isEmpty();
  }

  @Test
  void aStorageThatKeepsNoNotesRefusesForGoodAndErasureSkipsIt() {
    ForumStorage plain =
        new ForumStorage() {
          @Override
          public <T> T inTransaction(TransactionWork<T> work) {
            return f.storage.inTransaction(tx -> work.execute(new CoreStoresOnly(tx)));
          }
        };
    ForumSdk sdk = ForumSdk.builder().storage(plain).clock(clock).build();
    Throwable t = catchThrowable(() -> sdk.notes().mine(author));
    assertThat(t).isInstanceOf(StorageException.class).hasMessageStartingWith("CPD-2");
    assertThat(((StorageException) t).retryable()).isFalse();
    ErasureReceipt receipt =
        sdk.privacy().erase(Actor.administrator(TermsFixture.ADMIN), f.members.get(3));
    assertThat(receipt.removed(ErasureCategory.CPD_NOTE)).isZero();
  }

  /** The session as a member reads it. */
  private Session stored() {
    return f.sdk.sessions().get(author, session);
  }

  @Test
  void theNoteKeepsTheSessionAsItWasWhenWritten() {
    ReflectiveNote note = written();
    Session s = stored();
    assertThat(note.sessionStartedAt()).isEqualTo(s.startedAt());
    assertThat(note.sessionDuration()).isEqualTo(s.duration());
    assertThat(note.sessionMode()).isEqualTo(s.mode());
  }
}
