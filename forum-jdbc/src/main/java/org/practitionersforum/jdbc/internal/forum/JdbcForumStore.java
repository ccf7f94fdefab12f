package org.practitionersforum.jdbc.internal.forum;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.spi.ForumStore;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Params;

/**
 * Forums as one row in the forum table plus child rows for members, invitations, facilitations and
 * history. Reads go through the unit's {@link ForumReadSet}, so that they repeat: a forum read
 * whole or current is answered from what was read, and a later read that finds another version
 * fails. An update is a versioned {@code UPDATE} of the forum row (which also locks it, so
 * concurrent writers of one forum queue behind each other) followed by the child rows that changed
 * ({@link ForumDiff}).
 *
 * <p>A command reads the forum current ({@link #findCurrent}): its row, members and invitations
 * with only the latest state change and facilitation, each found by the primary key read backwards,
 * so that the read and the update that follows cost the same however long the forum has lived. Its
 * history is read a page at a time ({@link #findHistory}) by ordinal range.
 */
public final class JdbcForumStore implements ForumStore {
  private final UnitOfWork uow;
  private final ForumStatements sql;
  private final ForumReadSet reads;
  private final ForumReader reader;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcForumStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().forums();
    this.reads = uow.readSet(ForumReadSet.class, ForumReadSet::new);
    this.reader = new ForumReader(uow, sql);
  }

  @Override
  public Optional<Forum> find(ForumId id) {
    uow.checkOpen();
    Checks.notNull(id, "forum id");
    ForumSnapshot cached = reads.snapshot(id);
    if (cached != null && cached.whole()) {
      return Optional.of(cached.forum());
    }
    return read(id, ForumStatements.Extent.WHOLE, "read a forum");
  }

  /**
   * {@inheritDoc}
   *
   * <p>The snapshot holds exactly the latest state change and the latest facilitation, whatever
   * else the unit read. Answered from the unit's snapshot when it read or wrote the forum, whole or
   * current; else one statement, or on H2 four (the forum row with the members, the invitations,
   * the latest state change, the latest facilitation). A later {@link #find} in the unit reads the
   * whole forum, and fails with a {@link ConcurrentUpdateException} if it has moved on since.
   */
  @Override
  public Optional<Forum> findCurrent(ForumId id) {
    uow.checkOpen();
    Checks.notNull(id, "forum id");
    ForumSnapshot cached = reads.snapshot(id);
    if (cached != null) {
      return Optional.of(current(cached.forum()));
    }
    return read(id, ForumStatements.Extent.CURRENT, "read a forum");
  }

  /**
   * A forum as a current read gives it: only its latest state change and facilitation, the earlier
   * ones counted.
   */
  private static Forum current(Forum forum) {
    List<StateChange> history = forum.history();
    List<Facilitation> facilitations = forum.facilitations();
    if (history.size() <= 1 && facilitations.size() <= 1) {
      return forum;
    }
    int leftOutFacilitations = Math.max(facilitations.size() - 1, 0);
    return Forum.builder()
        .from(forum)
        .history(List.of(history.get(history.size() - 1)))
        .earlierHistory(forum.earlierHistory() + history.size() - 1)
        .facilitations(facilitations.subList(leftOutFacilitations, facilitations.size()))
        .earlierFacilitations(forum.earlierFacilitations() + leftOutFacilitations)
        .build();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Cut from the unit's snapshot when it holds the page; else one statement that reads the
   * changes by ordinal range with the forum's version, which must be the version the unit read
   * before, if it did (else a {@link ConcurrentUpdateException}).
   *
   * @throws IllegalArgumentException if {@code from} is negative or {@code limit} less than 1
   */
  @Override
  public List<StateChange> findHistory(ForumId id, int from, int limit) {
    uow.checkOpen();
    Checks.notNull(id, "forum id");
    if (from < 0 || limit < 1) {
      throw new IllegalArgumentException(
          "a history page starts at position 0 or later and" + " holds at least 1 change");
    }
    ForumSnapshot cached = reads.snapshot(id);
    if (cached != null && from >= cached.forum().earlierHistory()) {
      List<StateChange> held = cached.forum().history();
      int start = Math.min(from - cached.forum().earlierHistory(), held.size());
      int end = (int) Math.min((long) start + limit, held.size());
      return List.copyOf(held.subList(start, end));
    }
    try {
      ForumReader.HistoryPage page = reader.historyPage(id.value(), from, limit);
      if (page == null) {
        return List.of();
      }
      reads.seen(id, page.version());
      return page.changes();
    } catch (SQLException e) {
      throw uow.failure(e, "read a forum's history", "forum");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the forum row, its ongoing facilitation and its members (answered from the
   * unit's snapshot when it read or wrote the forum, whole or current).
   */
  @Override
  public Optional<ForumParties> findParties(ForumId id) {
    uow.checkOpen();
    Checks.notNull(id, "forum id");
    ForumSnapshot cached = reads.snapshot(id);
    if (cached != null) {
      return Optional.of(ForumParties.of(cached.forum()));
    }
    try {
      return Optional.ofNullable(reader.parties(id));
    } catch (SQLException e) {
      throw uow.failure(e, "read a forum's parties", "forum");
    }
  }

  @Override
  public List<Forum> findByBase(BaseId base) {
    uow.checkOpen();
    Checks.notNull(base, "base id");
    return readMany(ForumStatements.Filter.BASE, base.value(), "read the forums of a base");
  }

  @Override
  public List<Forum> findByOrganisation(OrganisationId organisation) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    return readMany(
        ForumStatements.Filter.ORGANISATION,
        organisation.value(),
        "read the forums of an organisation");
  }

  @Override
  public List<Forum> findByMember(PractitionerId practitioner) {
    uow.checkOpen();
    Checks.notNull(practitioner, "practitioner id");
    return readMany(
        ForumStatements.Filter.MEMBER, practitioner.value(), "read the forums of a member");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the forum leaves out earlier history or facilitations:
   *     a new forum is stored whole
   */
  @Override
  public Forum insert(Forum forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum");
    if (forum.version() != 0) {
      throw new IllegalArgumentException("a new forum must be at version 0");
    }
    if (forum.earlierHistory() != 0 || forum.earlierFacilitations() != 0) {
      throw new IllegalArgumentException(
          "a new forum must hold its whole history and every" + " facilitation");
    }
    ForumRowMapper.checkStorable(forum);
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertForum)) {
        Params<ForumColumn> p = Params.of(ps, ForumStatements.FORUM);
        p.string(ForumColumn.ID, forum.id().value()).bigint(ForumColumn.VERSION, 1);
        ForumRowMapper.bindContent(p, forum);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a forum with that id already exists");
        }
      }
      ForumDiff rows = ForumDiff.inserting(forum);
      rows.write(uow, sql);
      Forum stored = Forum.builder().from(forum).version(1).build();
      reads.written(forum.id(), 1, rows.snapshot(stored));
      return stored;
    } catch (SQLException e) {
      throw uow.failure(e, "insert a forum", "forum");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The forum row is updated first, with the version; only the membership's count when nothing
   * else of the row changed since this unit read it. Then the child rows are compared with the ones
   * this unit read (or, if it did not read the forum at this version, with the stored ones, read
   * now under the row's lock), and only the differences are written.
   */
  @Override
  public Forum update(Forum forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum");
    ForumRowMapper.checkStorable(forum);
    String id = forum.id().value();
    ForumSnapshot read = reads.snapshot(forum.id());
    boolean readAtVersion = read != null && read.forum().version() == forum.version();
    boolean membersOnly = readAtVersion && sameRowButMemberCount(read.forum(), forum);
    try {
      try (PreparedStatement ps =
          uow.prepare(membersOnly ? sql.updateMemberCount : sql.updateForum)) {
        if (membersOnly) {
          ps.setInt(1, forum.members().size());
          ps.setString(2, id);
          ps.setLong(3, forum.version());
        } else {
          Params<ForumColumn> p = Params.of(ps, ForumStatements.FORUM_CONTENT);
          ForumRowMapper.bindContent(p, forum);
          p.key(id).key(forum.version());
        }
        if (ps.executeUpdate() == 0) {
          reads.forget(forum.id());
          throw missingOrStale(id);
        }
      }
      ForumChildren old =
          readAtVersion
              ? read.children().from(forum.earlierFacilitations(), forum.earlierHistory())
              : null;
      if (old == null) {
        // Not read in this unit of work as far back as the forum goes: read the child rows, now
        // locked by the update.
        old = reader.childrenAfter(id, forum.earlierFacilitations(), forum.earlierHistory());
      }
      ForumDiff changes = ForumDiff.of(old, forum);
      changes.write(uow, sql);
      Forum stored = Forum.builder().from(forum).version(forum.version() + 1).build();
      reads.written(forum.id(), stored.version(), changes.snapshot(stored));
      return stored;
    } catch (SQLException e) {
      reads.forget(forum.id());
      throw uow.failure(e, "update a forum", "forum");
    }
  }

  /**
   * Tells whether two forums have the same forum row but for the member count (their children
   * aside).
   */
  private static boolean sameRowButMemberCount(Forum a, Forum b) {
    return a.organisation().equals(b.organisation())
        && a.base().equals(b.base())
        && a.locality().equals(b.locality())
        && a.name().equals(b.name())
        && a.composition().equals(b.composition())
        && a.sizeBounds().equals(b.sizeBounds())
        && a.lineManagementExcluded() == b.lineManagementExcluded()
        && a.sponsor().equals(b.sponsor())
        && a.state() == b.state()
        && a.proposedAt().equals(b.proposedAt());
  }

  private RuntimeException missingOrStale(String id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.forumExists)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("forum")
            : new NotFoundException("no such forum");
      }
    }
  }

  /**
   * Reads one forum, whole or current, and remembers it: the first version the unit read of it is
   * the one every later read must find.
   */
  private Optional<Forum> read(ForumId id, ForumStatements.Extent extent, String operation) {
    try {
      ForumSnapshot s = reader.one(id, extent);
      if (s == null) {
        return Optional.empty();
      }
      reads.seen(id, s.forum().version());
      // Remembered with its row keys, so that an update in this unit writes only what changed.
      reads.remember(id, s, s.forum().version());
      return Optional.of(s.forum());
    } catch (SQLException e) {
      throw uow.failure(e, operation, "forum");
    }
  }

  /** Reads the forums a filter selects, whole, and remembers them. */
  private List<Forum> readMany(ForumStatements.Filter filter, String value, String operation) {
    try {
      List<ForumSnapshot> found = reader.many(filter, value);
      List<Forum> out = new ArrayList<>(found.size());
      for (ForumSnapshot s : found) {
        reads.remember(s.forum().id(), s, s.forum().version());
        out.add(s.forum());
      }
      return out;
    } catch (SQLException e) {
      throw uow.failure(e, operation, "forum");
    }
  }
}
