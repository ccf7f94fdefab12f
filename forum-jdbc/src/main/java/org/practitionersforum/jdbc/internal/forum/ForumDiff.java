package org.practitionersforum.jdbc.internal.forum;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Batch;
import org.practitionersforum.jdbc.internal.rows.ListChanges;
import org.practitionersforum.jdbc.internal.rows.Params;

/**
 * The child row changes that turn a forum's stored rows into a new forum's: members and invitations
 * come and go anywhere (their kept rows stay, new ones are appended); facilitations and history
 * only grow, with the last element changing in place (an ongoing facilitation that ends), so they
 * are matched by position and their ordinals run 1, 2, 3, ... A snapshot that leaves out earlier
 * facilitations or history is compared with the stored rows after them only: the earlier rows are
 * kept as they are.
 */
final class ForumDiff {
  private final String id;
  private final Forum now;
  private final ListChanges members;
  private final ListChanges invitations;
  private final ListChanges facilitations;
  private final ListChanges history;

  private ForumDiff(
      Forum now,
      ListChanges members,
      ListChanges invitations,
      ListChanges facilitations,
      ListChanges history) {
    this.id = now.id().value();
    this.now = now;
    this.members = members;
    this.invitations = invitations;
    this.facilitations = facilitations;
    this.history = history;
  }

  /** The rows of a new forum: every list inserted under ordinals 1, 2, 3, ... */
  static ForumDiff inserting(Forum now) {
    return new ForumDiff(
        now,
        ListChanges.inserting(now.members().size()),
        ListChanges.inserting(now.invitations().size()),
        ListChanges.inserting(now.facilitations().size()),
        ListChanges.inserting(now.history().size()));
  }

  /**
   * The changes from stored rows to a new forum; {@code old} holds the facilitations and history
   * after the new forum's earlier ones.
   */
  static ForumDiff of(ForumChildren old, Forum now) {
    return new ForumDiff(
        now,
        ListChanges.keepingOrder(old.members().elements(), old.members().ordinals(), now.members()),
        ListChanges.keepingOrder(
            old.invitations().elements(), old.invitations().ordinals(), now.invitations()),
        ListChanges.byPosition(old.facilitations(), now.facilitations()),
        ListChanges.byPosition(old.history(), now.history()));
  }

  /**
   * Writes the changes, in an order that keeps every constraint true after each statement: deletes
   * (a member who leaves and joins again is deleted before being inserted), then rows written over,
   * then inserts; each kind in one round trip.
   */
  void write(UnitOfWork uow, ForumStatements sql) throws SQLException {
    delete(uow, sql.deleteMember, members);
    delete(uow, sql.deleteInvitation, invitations);
    delete(uow, sql.deleteFacilitation, facilitations);
    delete(uow, sql.deleteHistory, history);
    write(
        uow,
        sql.updateFacilitation,
        facilitations.updates(),
        facilitations,
        now.facilitations(),
        (ps, ordinal, f) -> {
          Params<FacilitationColumn> p = Params.of(ps, ForumStatements.FACILITATION_CONTENT);
          ForumRowMapper.bindContent(p, f);
          p.key(id).key(ordinal);
        });
    write(
        uow,
        sql.updateHistory,
        history.updates(),
        history,
        now.history(),
        (ps, ordinal, c) -> {
          Params<HistoryColumn> p = Params.of(ps, ForumStatements.HISTORY_CONTENT);
          ForumRowMapper.bindContent(p, c);
          p.key(id).key(ordinal);
        });
    insert(
        uow,
        sql.insertMember,
        members,
        now.members(),
        (ps, ordinal, m) ->
            ForumRowMapper.bind(Params.of(ps, ForumStatements.MEMBER), id, ordinal, m));
    insert(
        uow,
        sql.insertInvitation,
        invitations,
        now.invitations(),
        (ps, ordinal, inv) ->
            ForumRowMapper.bind(Params.of(ps, ForumStatements.INVITATION), id, ordinal, inv));
    insert(
        uow,
        sql.insertFacilitation,
        facilitations,
        now.facilitations(),
        (ps, ordinal, f) -> {
          Params<FacilitationColumn> p = Params.of(ps, ForumStatements.FACILITATION);
          p.string(FacilitationColumn.FORUM_ID, id).integer(FacilitationColumn.ORDINAL, ordinal);
          ForumRowMapper.bindContent(p, f);
        });
    insert(
        uow,
        sql.insertHistory,
        history,
        now.history(),
        (ps, ordinal, c) -> {
          Params<HistoryColumn> p = Params.of(ps, ForumStatements.HISTORY);
          p.string(HistoryColumn.FORUM_ID, id).integer(HistoryColumn.ORDINAL, ordinal);
          ForumRowMapper.bindContent(p, c);
        });
  }

  /** The forum as stored, with the ordinals of its rows. */
  ForumSnapshot snapshot(Forum stored) {
    return new ForumSnapshot(
        stored,
        members.ordinals(),
        invitations.ordinals(),
        facilitations.ordinals(),
        history.ordinals());
  }

  /** Binds one child row written under its ordinal. */
  @FunctionalInterface
  private interface ChildBinder<T> {
    void bind(PreparedStatement ps, int ordinal, T element) throws SQLException;
  }

  private void delete(UnitOfWork uow, String statement, ListChanges changes) throws SQLException {
    if (changes.deletes().isEmpty()) {
      return;
    }
    Batch batch = new Batch(statement);
    for (int ordinal : changes.deletes()) {
      batch.add(
          ps -> {
            ps.setString(1, id);
            ps.setInt(2, ordinal);
          });
    }
    batch.run(uow);
  }

  private <T> void insert(
      UnitOfWork uow,
      String statement,
      ListChanges changes,
      List<T> elements,
      ChildBinder<T> binder)
      throws SQLException {
    write(uow, statement, changes.inserts(), changes, elements, binder);
  }

  /** Writes the elements at the given indexes of the new list, each under its row's ordinal. */
  private <T> void write(
      UnitOfWork uow,
      String statement,
      List<Integer> indexes,
      ListChanges changes,
      List<T> elements,
      ChildBinder<T> binder)
      throws SQLException {
    if (indexes.isEmpty()) {
      return;
    }
    Batch batch = new Batch(statement);
    for (int i : indexes) {
      T element = elements.get(i);
      int ordinal = changes.ordinals()[i];
      batch.add(ps -> binder.bind(ps, ordinal, element));
    }
    batch.run(uow);
  }
}
