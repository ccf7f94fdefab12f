package org.practitionersforum.jdbc.internal.forum;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Ordered;
import org.practitionersforum.jdbc.internal.rows.Row;
import org.practitionersforum.jdbc.internal.terms.TermsColumn;
import org.practitionersforum.jdbc.internal.terms.TermsReadSet;

/**
 * Runs the forum store's reads and assembles forums from their rows. A read of several forums is
 * two statements whatever their number: the forum rows, and all their child rows in one {@code
 * UNION ALL}. A read of one forum is one statement, or table by table where the dialect says so;
 * it brings the version of the forum's terms along, which it hands to the unit's terms read set.
 */
final class ForumReader {
  private final UnitOfWork uow;
  private final ForumStatements sql;

  ForumReader(UnitOfWork uow, ForumStatements sql) {
    this.uow = uow;
    this.sql = sql;
  }

  /** One page of a forum's history, with the forum's version. */
  record HistoryPage(long version, List<StateChange> changes) {}

  /** Reads one forum, whole or current; null if there is none. */
  ForumSnapshot one(ForumId id, ForumStatements.Extent extent) throws SQLException {
    ForumParts p = sql.readsTableByTable ? tableByTable(id, extent) : inOneStatement(id, extent);
    return p == null ? null : p.snapshot(extent);
  }

  /** One forum, its row and its child rows in one statement (one round trip). */
  private ForumParts inOneStatement(ForumId id, ForumStatements.Extent extent)
      throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectForumWithChildren(extent))) {
      for (int i = 1; i <= 5; i++) {
        ps.setString(i, id.value());
      }
      try (ResultSet rs = ps.executeQuery()) {
        ForumParts p = null;
        Row<ChildColumn> child = sql.oneForumChild.row(rs);
        while (rs.next()) {
          if (p == null) {
            p = first(rs, id);
          }
          child.integer(ChildColumn.KIND);
          if (!child.wasNull()) {
            p.add(child);
          }
        }
        return p;
      }
    }
  }

  /** One forum, its row with its members, then its other child rows a table at a time. */
  private ForumParts tableByTable(ForumId id, ForumStatements.Extent extent) throws SQLException {
    ForumParts p = null;
    try (PreparedStatement ps = uow.prepare(sql.selectForumWithMembers)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        Row<MemberColumn> member = sql.oneForumMember.row(rs);
        while (rs.next()) {
          if (p == null) {
            p = first(rs, id);
          }
          int ordinal = member.integer(MemberColumn.ORDINAL);
          if (!member.wasNull()) {
            p.addMember(ordinal, ForumRowMapper.member(member));
          }
        }
      }
    }
    if (p == null) {
      return null;
    }
    for (String statement : sql.selectOtherChildren(extent)) {
      try (PreparedStatement ps = uow.prepare(statement)) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          Row<ChildColumn> child = new Row<>(rs, ForumStatements.CHILD, 0);
          while (rs.next()) {
            p.add(child);
          }
        }
      }
    }
    return p;
  }

  /**
   * Starts a forum from the first row of a one-forum read, handing the version of its terms
   * (none without terms) to the terms read set.
   */
  private ForumParts first(ResultSet rs, ForumId id) throws SQLException {
    ForumParts p = new ForumParts(ForumRowMapper.forum(sql.oneForum.row(rs)));
    Row<TermsColumn> terms = sql.oneForumTerms.row(rs);
    long termsVersion = terms.bigint(TermsColumn.VERSION);
    uow.readSet(TermsReadSet.class, TermsReadSet::new).versionRead(id,
        terms.wasNull() ? null : termsVersion);
    return p;
  }

  /** Reads the forums a filter selects, whole, ordered by id. */
  List<ForumSnapshot> many(ForumStatements.Filter filter, String value) throws SQLException {
    Map<String, ForumParts> byId = new LinkedHashMap<>();
    try (PreparedStatement ps = uow.prepare(sql.selectForums(filter))) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        Row<ForumColumn> forum = new Row<>(rs, ForumStatements.FORUM, 0);
        while (rs.next()) {
          byId.put(forum.string(ForumColumn.ID), new ForumParts(ForumRowMapper.forum(forum)));
        }
      }
    }
    if (byId.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps = uow.prepare(sql.selectChildren(filter))) {
      for (int i = 1; i <= 4; i++) {
        ps.setString(i, value);
      }
      try (ResultSet rs = ps.executeQuery()) {
        Row<ChildColumn> child = new Row<>(rs, ForumStatements.CHILD, 0);
        while (rs.next()) {
          ForumParts p = byId.get(child.string(ChildColumn.FORUM_ID));
          if (p != null) {
            p.add(child);
          }
        }
      }
    }
    List<ForumSnapshot> out = new ArrayList<>(byId.size());
    for (ForumParts p : byId.values()) {
      out.add(p.snapshot(ForumStatements.Extent.WHOLE));
    }
    return out;
  }

  /**
   * Reads a forum's members and invitations, and its facilitations and history after the given
   * numbers of earlier ones (by ordinal), in one statement.
   */
  ForumChildren childrenAfter(String id, int earlierFacilitations, int earlierHistory)
      throws SQLException {
    ForumParts p = new ForumParts(null);
    try (PreparedStatement ps = uow.prepare(sql.selectChildrenAfter)) {
      ps.setString(1, id);
      ps.setInt(2, earlierHistory);
      ps.setString(3, id);
      ps.setInt(4, earlierFacilitations);
      ps.setString(5, id);
      ps.setString(6, id);
      try (ResultSet rs = ps.executeQuery()) {
        Row<ChildColumn> child = new Row<>(rs, ForumStatements.CHILD, 0);
        while (rs.next()) {
          p.add(child);
        }
      }
    }
    return p.children(earlierFacilitations, earlierHistory);
  }

  /**
   * Reads the state changes at positions {@code from} to {@code from + limit - 1} (ordinals one
   * more), with the forum's version; null if there is no such forum.
   */
  HistoryPage historyPage(String id, int from, int limit) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectHistoryPage)) {
      ps.setInt(1, (int) Math.min(from + 1L, Integer.MAX_VALUE));
      ps.setInt(2, (int) Math.min(from + (long) limit, Integer.MAX_VALUE));
      ps.setString(3, id);
      try (ResultSet rs = ps.executeQuery()) {
        Row<ForumColumn> forum = sql.pageForum.row(rs);
        Row<HistoryColumn> change = sql.pageHistory.row(rs);
        Ordered<StateChange> changes = new Ordered<>();
        long version = -1;
        while (rs.next()) {
          version = forum.bigint(ForumColumn.VERSION);
          int ordinal = change.integer(HistoryColumn.ORDINAL);
          if (!change.wasNull()) {
            changes.add(ordinal, ForumRowMapper.stateChange(change));
          }
        }
        return version < 0 ? null : new HistoryPage(version, changes.values());
      }
    }
  }

  /** Reads who the parties to a forum's terms are, in one statement; null if there is no forum. */
  ForumParties parties(ForumId id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectParties)) {
      ps.setString(1, id.value());
      ForumParties.Builder parties = null;
      Ordered<PractitionerId> members = new Ordered<>();
      try (ResultSet rs = ps.executeQuery()) {
        Row<ForumColumn> forum = sql.partiesForum.row(rs);
        Row<FacilitationColumn> facilitation = sql.partiesFacilitator.row(rs);
        Row<MemberColumn> member = sql.partiesMember.row(rs);
        while (rs.next()) {
          if (parties == null) {
            parties = ForumParties.builder().forum(id).version(forum.bigint(ForumColumn.VERSION))
                .state(ForumState.valueOf(forum.string(ForumColumn.STATE)));
            String sponsor = forum.string(ForumColumn.SPONSOR_ID);
            if (sponsor != null) {
              parties.sponsor(PersonId.of(sponsor));
            }
            String facilitator = facilitation.string(FacilitationColumn.FACILITATOR_ID);
            if (facilitator != null) {
              parties.facilitator(PersonId.of(facilitator));
            }
          }
          int ordinal = member.integer(MemberColumn.ORDINAL);
          if (!member.wasNull()) {
            members.add(ordinal, PractitionerId.of(member.string(MemberColumn.PRACTITIONER_ID)));
          }
        }
      }
      return parties == null ? null : parties.members(members.values()).build();
    }
  }
}
