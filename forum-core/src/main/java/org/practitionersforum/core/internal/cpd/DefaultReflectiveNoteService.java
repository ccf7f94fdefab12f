package org.practitionersforum.core.internal.cpd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.cpd.ReflectiveNoteService;
import org.practitionersforum.api.event.ReflectiveNoteDeleted;
import org.practitionersforum.api.event.ReflectiveNoteRevised;
import org.practitionersforum.api.event.ReflectiveNoteWritten;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.session.AttendanceStatus;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.ReflectiveNoteStore;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Private reflective notes as a service (CPD-2). Every operation acts on the actor's own notes
 * only: the access policy's rows are for a practitioner acting for themselves, decided before
 * anything is read for every other role, and on the note's author once it is read, so that anyone
 * but the author is refused naming CPD-2. Commands are audited on the author's own practitioner
 * chain, naming neither the note nor its session, and their events name only the forum.
 * Thread-safe.
 */
final class DefaultReflectiveNoteService implements ReflectiveNoteService {
  /** The format name of the notes' export. */
  static final String EXPORT_FORMAT = "practitioners-forum-cpd-notes/1";

  private static final ObjectMapper JSON = ForumJson.mapper();
  private static final int ID_BYTES = 16;

  private final Transactor transactor;
  private final Access access;
  private final SecureRandom random;

  DefaultReflectiveNoteService(Transactor transactor, Access access, SecureRandom random) {
    this.transactor = transactor;
    this.access = access;
    this.random = random;
  }

  /** The note part of a unit of work, or a refusal on a storage that keeps no notes. */
  static ReflectiveNoteStore notes(StorageTransaction tx) {
    if (tx instanceof CpdTransaction c) {
      return c.notes();
    }
    throw new StorageException("CPD-2: this storage does not store notes", false, null);
  }

  @Override
  public ReflectiveNote write(Actor author, SessionId sessionId, NoteContent content) {
    Checks.notNull(author, "actor");
    Checks.notNull(sessionId, "session id");
    Checks.notNull(content, "note content");
    Operation op = Operation.CPD_NOTE_WRITE;
    PractitionerId me = self(author, op);
    NoteId id = newId();
    return transactor.write(
        author,
        op,
        AggregateRef.practitioner(me),
        unit -> {
          ReflectiveNoteStore notes = notes(unit.tx());
          Session session =
              unit.tx()
                  .sessions()
                  .find(sessionId)
                  .orElseThrow(() -> new NotFoundException("no session has this id"));
          // The person a note concerns is the attendee whose attendance it reflects on: a
          // practitioner with no attendance record at the session is refused by the policy.
          boolean recorded =
              session.attendance().stream().anyMatch(a -> a.practitioner().equals(me));
          access.require(
              author, op, recorded ? Subject.practitioner(unit.tx(), me) : Subject.none());
          boolean present =
              session.attendance().stream()
                  .anyMatch(
                      a -> a.practitioner().equals(me) && a.status() == AttendanceStatus.PRESENT);
          if (!present) {
            throw new RuleViolationException(
                ViolationCode.NOTE_NOT_PRESENT,
                "a reflective note is written on a session its author was present at");
          }
          if (notes.findByAuthor(me).stream().anyMatch(n -> n.session().equals(sessionId))) {
            throw new RuleViolationException(
                ViolationCode.NOTE_EXISTS,
                "you have a note on this session already; revise it to change it");
          }
          ReflectiveNote stored =
              notes.insert(
                  ReflectiveNote.builder()
                      .id(id)
                      .author(me)
                      .session(session.id())
                      .forum(session.forum())
                      .sessionMode(session.mode())
                      .sessionStartedAt(session.startedAt())
                      .sessionDuration(session.duration())
                      .content(content)
                      .writtenAt(unit.now())
                      .build());
          unit.emit(new ReflectiveNoteWritten(stored.forum(), unit.now()));
          return stored;
        });
  }

  @Override
  public ReflectiveNote revise(Actor author, NoteId note, NoteContent content) {
    Checks.notNull(author, "actor");
    Checks.notNull(note, "note id");
    Checks.notNull(content, "note content");
    Operation op = Operation.CPD_NOTE_REVISE;
    PractitionerId me = self(author, op);
    return transactor.write(
        author,
        op,
        AggregateRef.practitioner(me),
        unit -> {
          ReflectiveNoteStore notes = notes(unit.tx());
          ReflectiveNote found = own(notes, note, author, op, unit.tx());
          ReflectiveNote stored =
              notes.update(
                  ReflectiveNote.builder()
                      .from(found)
                      .content(content)
                      .revisedAt(unit.now())
                      .build());
          unit.emit(new ReflectiveNoteRevised(stored.forum(), unit.now()));
          return stored;
        });
  }

  @Override
  public void delete(Actor author, NoteId note) {
    Checks.notNull(author, "actor");
    Checks.notNull(note, "note id");
    Operation op = Operation.CPD_NOTE_DELETE;
    PractitionerId me = self(author, op);
    transactor.write(
        author,
        op,
        AggregateRef.practitioner(me),
        unit -> {
          ReflectiveNoteStore notes = notes(unit.tx());
          ReflectiveNote found = own(notes, note, author, op, unit.tx());
          notes.delete(found);
          unit.emit(new ReflectiveNoteDeleted(found.forum(), unit.now()));
          return null;
        });
  }

  @Override
  public ReflectiveNote get(Actor author, NoteId note) {
    Checks.notNull(author, "actor");
    Checks.notNull(note, "note id");
    Operation op = Operation.CPD_NOTE_GET;
    self(author, op);
    return transactor.read(tx -> own(notes(tx), note, author, op, tx));
  }

  @Override
  public List<ReflectiveNote> mine(Actor author) {
    Checks.notNull(author, "actor");
    Operation op = Operation.CPD_NOTE_MINE;
    PractitionerId me = self(author, op);
    return transactor.read(
        tx -> {
          access.require(author, op, Subject.practitioner(tx, me));
          return List.copyOf(notes(tx).findByAuthor(me));
        });
  }

  @Override
  public String export(Actor author) {
    Checks.notNull(author, "actor");
    return exported(author, Optional.empty());
  }

  @Override
  public String export(Actor author, Anonymiser anonymiser) {
    Checks.notNull(author, "actor");
    Checks.notNull(anonymiser, "anonymiser");
    return exported(author, Optional.of(anonymiser));
  }

  private String exported(Actor author, Optional<Anonymiser> anonymiser) {
    Operation op = Operation.CPD_NOTE_EXPORT;
    PractitionerId me = self(author, op);
    List<ReflectiveNote> mine =
        transactor.read(
            tx -> {
              access.require(author, op, Subject.practitioner(tx, me));
              return List.copyOf(notes(tx).findByAuthor(me));
            });
    UnaryOperator<String> text =
        anonymiser.<UnaryOperator<String>>map(a -> t -> a.anonymise(t).text()).orElse(t -> t);
    ObjectNode out = JSON.createObjectNode();
    out.put("format", EXPORT_FORMAT);
    out.put("anonymised", anonymiser.isPresent());
    ArrayNode items = out.putArray("notes");
    for (ReflectiveNote n : mine) {
      items.add(exported(n, text));
    }
    // A tree built here, not a model value: written as it stands.
    return out.toString();
  }

  /** One note in the export: its link to the session, never the author, and its sections. */
  static ObjectNode exported(ReflectiveNote n, UnaryOperator<String> text) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", n.id().value());
    o.put("session", n.session().value());
    o.put("forum", n.forum().value());
    o.put("sessionMode", n.sessionMode().name());
    o.put("sessionStartedAt", n.sessionStartedAt().toString());
    o.put("sessionMinutes", n.sessionDuration().toMinutes());
    o.put("peerReflection", n.peerReflection());
    ObjectNode c = o.putObject("content");
    c.put("learnt", text.apply(n.content().learnt()));
    n.content().relevance().ifPresent(t -> c.put("relevance", text.apply(t)));
    n.content().impact().ifPresent(t -> c.put("impact", text.apply(t)));
    n.content().peerLearning().ifPresent(t -> c.put("peerLearning", text.apply(t)));
    o.put("writtenAt", n.writtenAt().toString());
    n.revisedAt().ifPresent(t -> o.put("revisedAt", t.toString()));
    return o;
  }

  /**
   * Refuses, before anything is read, an actor whom no policy lets act on their own notes, and
   * returns the practitioner they act as.
   */
  private PractitionerId self(Actor author, Operation op) {
    access.precheck(author, op, Subject.person(author.person()));
    return author.person().asPractitioner();
  }

  /**
   * The note, if the actor is its author: the access policy decides with the note's author as the
   * person the operation concerns, so anyone else is refused naming CPD-2. Note ids are random, so
   * the refusal tells nothing a guess could use.
   */
  private ReflectiveNote own(
      ReflectiveNoteStore notes, NoteId id, Actor actor, Operation op, StorageTransaction tx) {
    ReflectiveNote found =
        notes.find(id).orElseThrow(() -> new NotFoundException("CPD-2: no note has this id"));
    access.require(actor, op, Subject.practitioner(tx, found.author()));
    return found;
  }

  private NoteId newId() {
    byte[] bytes = new byte[ID_BYTES];
    random.nextBytes(bytes);
    return NoteId.of("note-" + HexFormat.of().formatHex(bytes));
  }
}
