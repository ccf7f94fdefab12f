package org.practitionersforum.jdbc.internal.lesson;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.AuthorEscrowStore;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;

/**
 * The author escrow as one row per held author, in a table of its own that no lesson read joins
 * (LS-2). Reads go to the database each time; every write comes with a versioned write of the
 * lesson in the same unit of work, which guards it.
 */
public final class JdbcAuthorEscrowStore implements AuthorEscrowStore {
  private final UnitOfWork uow;
  private final LessonStatements sql;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the lesson statements
   */
  public JdbcAuthorEscrowStore(UnitOfWork uow, LessonStatements sql) {
    this.uow = uow;
    this.sql = sql;
  }

  @Override
  public Optional<PractitionerId> findAuthor(LessonId lesson) {
    uow.checkOpen();
    Checks.notNull(lesson, "lesson id");
    try (PreparedStatement ps = uow.prepare(sql.selectAuthor)) {
      ps.setString(1, lesson.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(PractitionerId.of(rs.getString("practitioner_id")))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a lesson's author", "lesson author");
    }
  }

  @Override
  public List<LessonId> findLessons(PractitionerId author) {
    uow.checkOpen();
    Checks.notNull(author, "practitioner id");
    try (PreparedStatement ps = uow.prepare(sql.selectAuthored)) {
      ps.setString(1, author.value());
      try (ResultSet rs = ps.executeQuery()) {
        List<LessonId> out = new ArrayList<>();
        while (rs.next()) {
          out.add(LessonId.of(rs.getString("lesson_id")));
        }
        return out;
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read the lessons of an author", "lesson author");
    }
  }

  @Override
  public void insert(LessonId lesson, PractitionerId author) {
    uow.checkOpen();
    Checks.notNull(lesson, "lesson id");
    Checks.notNull(author, "practitioner id");
    Values.text(author.value(), "a practitioner id", Checks.MAX_ID_LENGTH);
    try (PreparedStatement ps = uow.prepare(sql.insertAuthor)) {
      ps.setString(1, lesson.value());
      ps.setString(2, author.value());
      if (ps.executeUpdate() == 0) {
        throw new DuplicateException("the lesson's author is held already");
      }
    } catch (SQLException e) {
      throw uow.failure(e, "hold a lesson's author", "lesson author");
    }
  }

  @Override
  public boolean delete(LessonId lesson) {
    uow.checkOpen();
    Checks.notNull(lesson, "lesson id");
    try (PreparedStatement ps = uow.prepare(sql.deleteAuthor)) {
      ps.setString(1, lesson.value());
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw uow.failure(e, "erase a lesson's author", "lesson author");
    }
  }
}
