package org.practitionersforum.jdbc.internal.cpd;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.cpd.NoteContent;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ReflectiveNoteStore;
import org.practitionersforum.jdbc.internal.ReadSet;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Params;

/**
 * Notes as one versioned row each. A read by id is one statement, and is kept in the unit's read
 * set so that it repeats; a read by author is one statement through the author index. An update is
 * a versioned {@code UPDATE} of the content and revision time only: what the note is on never
 * changes.
 */
public final class JdbcNoteStore implements ReflectiveNoteStore {
  private final UnitOfWork uow;
  private final NoteStatements sql;
  private final Notes reads;

  /** The notes one unit of work has read or written, at their stored versions. */
  static final class Notes extends ReadSet<NoteId, ReflectiveNote> {
    Notes() {
      super("reflective note");
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the note statements
   */
  public JdbcNoteStore(UnitOfWork uow, NoteStatements sql) {
    this.uow = uow;
    this.sql = sql;
    this.reads = uow.readSet(Notes.class, Notes::new);
  }

  @Override
  public Optional<ReflectiveNote> find(NoteId id) {
    uow.checkOpen();
    Checks.notNull(id, "note id");
    ReflectiveNote cached = reads.snapshot(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (reads.isAbsent(id)) {
      return Optional.empty();
    }
    try (PreparedStatement ps = uow.prepare(sql.selectNote)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          reads.markAbsent(id);
          return Optional.empty();
        }
        ReflectiveNote found = note(rs);
        reads.remember(id, found, found.version());
        return Optional.of(found);
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a reflective note", "reflective note");
    }
  }

  @Override
  public List<ReflectiveNote> findByAuthor(PractitionerId author) {
    uow.checkOpen();
    Checks.notNull(author, "practitioner id");
    try (PreparedStatement ps = uow.prepare(sql.selectByAuthor)) {
      ps.setString(1, author.value());
      try (ResultSet rs = ps.executeQuery()) {
        List<ReflectiveNote> out = new ArrayList<>();
        while (rs.next()) {
          ReflectiveNote found = note(rs);
          ReflectiveNote cached = reads.snapshot(found.id());
          if (cached != null) {
            out.add(cached);
          } else {
            reads.remember(found.id(), found, found.version());
            out.add(found);
          }
        }
        return out;
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read the notes of an author", "reflective note");
    }
  }

  @Override
  public ReflectiveNote insert(ReflectiveNote note) {
    uow.checkOpen();
    Checks.notNull(note, "reflective note");
    if (note.version() != 0) {
      throw new IllegalArgumentException("a new reflective note must be at version 0");
    }
    checkStorable(note);
    try (PreparedStatement ps = uow.prepare(sql.insertNote)) {
      int i = 1;
      ps.setString(i++, note.id().value());
      ps.setString(i++, note.author().value());
      ps.setString(i++, note.session().value());
      ps.setString(i++, note.forum().value());
      ps.setString(i++, note.sessionMode().name());
      ps.setLong(i++, Values.nanos(note.sessionStartedAt(), "the time a session started"));
      ps.setLong(i++, note.sessionDuration().toNanos());
      i = bindContent(ps, i, note.content());
      ps.setLong(i++, Values.nanos(note.writtenAt(), "the time a note was written"));
      Params.setLong(ps, i++, revised(note));
      ps.setLong(i, 1);
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("a reflective note with that id already exists");
      }
      ReflectiveNote stored = ReflectiveNote.builder().from(note).version(1).build();
      reads.clearAbsent(note.id());
      reads.remember(note.id(), stored, 1);
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(note.id());
      throw uow.failure(e, "insert a reflective note", "reflective note");
    }
  }

  @Override
  public ReflectiveNote update(ReflectiveNote note) {
    uow.checkOpen();
    Checks.notNull(note, "reflective note");
    checkStorable(note);
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateNote)) {
        int i = bindContent(ps, 1, note.content());
        Params.setLong(ps, i++, revised(note));
        ps.setString(i++, note.id().value());
        ps.setLong(i, note.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(note.id());
          throw missingOrStale(note.id());
        }
      }
      // What the note is on stays as stored: re-read it rather than trust the snapshot given.
      reads.forget(note.id());
      ReflectiveNote stored =
          find(note.id()).orElseThrow(() -> new NotFoundException("no such reflective note"));
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(note.id());
      throw uow.failure(e, "update a reflective note", "reflective note");
    }
  }

  @Override
  public void delete(ReflectiveNote note) {
    uow.checkOpen();
    Checks.notNull(note, "reflective note");
    try {
      try (PreparedStatement ps = uow.prepare(sql.deleteNote)) {
        ps.setString(1, note.id().value());
        ps.setLong(2, note.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(note.id());
          throw missingOrStale(note.id());
        }
      }
      reads.forget(note.id());
      reads.markAbsent(note.id());
    } catch (SQLException e) {
      reads.dropSnapshot(note.id());
      throw uow.failure(e, "delete a reflective note", "reflective note");
    }
  }

  private static int bindContent(PreparedStatement ps, int first, NoteContent c)
      throws SQLException {
    int i = first;
    ps.setString(i++, c.learnt());
    Params.setString(ps, i++, c.relevance().orElse(null));
    Params.setString(ps, i++, c.impact().orElse(null));
    Params.setString(ps, i++, c.peerLearning().orElse(null));
    return i;
  }

  private static Long revised(ReflectiveNote note) {
    return note.revisedAt().map(t -> Values.nanos(t, "the time a note was revised")).orElse(null);
  }

  private static ReflectiveNote note(ResultSet rs) throws SQLException {
    NoteContent.Builder c = NoteContent.builder().learnt(rs.getString("learnt"));
    Optional.ofNullable(rs.getString("relevance")).ifPresent(c::relevance);
    Optional.ofNullable(rs.getString("impact")).ifPresent(c::impact);
    Optional.ofNullable(rs.getString("peer_learning")).ifPresent(c::peerLearning);
    ReflectiveNote.Builder b =
        ReflectiveNote.builder()
            .id(NoteId.of(rs.getString("id")))
            .author(PractitionerId.of(rs.getString("author_id")))
            .session(SessionId.of(rs.getString("session_id")))
            .forum(ForumId.of(rs.getString("forum_id")))
            .sessionMode(SessionMode.valueOf(rs.getString("session_mode")))
            .sessionStartedAt(Values.instant(rs.getLong("session_started_at")))
            .sessionDuration(Duration.ofNanos(rs.getLong("session_nanos")))
            .content(c.build())
            .writtenAt(Values.instant(rs.getLong("written_at")))
            .version(rs.getLong("version"));
    long revised = rs.getLong("revised_at");
    if (!rs.wasNull()) {
      b.revisedAt(Values.instant(revised));
    }
    return b.build();
  }

  private static void checkStorable(ReflectiveNote note) {
    Values.text(note.author().value(), "a practitioner id", Checks.MAX_ID_LENGTH);
    Values.text(note.session().value(), "a session id", Checks.MAX_ID_LENGTH);
    NoteContent c = note.content();
    Values.text(c.learnt(), "a note's section", NoteContent.MAX_SECTION_LENGTH);
    for (Optional<String> s : List.of(c.relevance(), c.impact(), c.peerLearning())) {
      s.ifPresent(t -> Values.text(t, "a note's section", NoteContent.MAX_SECTION_LENGTH));
    }
    Values.nanos(note.sessionStartedAt(), "the time a session started");
    Values.nanos(note.writtenAt(), "the time a note was written");
  }

  private RuntimeException missingOrStale(NoteId id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.noteVersion)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("reflective note")
            : new NotFoundException("no such reflective note");
      }
    }
  }
}
