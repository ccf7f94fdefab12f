package org.practitionersforum.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.spi.ForumStore;

/**
 * Forums as one row in the forum table plus child rows for members, invitations, facilitations
 * and history. A read of several forums is two statements whatever their number: the forum rows,
 * and all their child rows in one {@code UNION ALL}. A read of one forum is one statement, or on
 * H2 four cheaper ones (see {@link ForumRows#readsTableByTable()}). An update is a versioned
 * {@code UPDATE} of the forum row (which also locks it, so concurrent writers of one forum queue
 * behind each other) followed by the child rows that changed.
 */
final class JdbcForumStore implements ForumStore {
  /**
   * How many columns of a forum row precede the terms' in {@link ForumRows#selectForumWithChildren}
   * and {@link ForumRows#selectForumWithMembers}.
   */
  private static final int TERMS_COLUMNS = 18;
  /**
   * How many columns of a forum row precede the child row's in {@link
   * ForumRows#selectForumWithChildren}, and the member's in {@link ForumRows#selectForumWithMembers}.
   */
  private static final int CHILD_COLUMNS = TERMS_COLUMNS + 1;

  private final UnitOfWork uow;
  private final ForumRows sql;

  JdbcForumStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().forums();
  }

  @Override
  public Optional<Forum> find(ForumId id) {
    uow.checkOpen();
    Checks.notNull(id, "forum id");
    ForumRows.Snapshot cached = uow.forumSnapshots().get(id);
    if (cached != null) {
      return Optional.of(cached.forum());
    }
    List<ForumRows.Snapshot> found = load(ForumRows.Filter.ID, id.value(), "read a forum");
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).forum());
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the forum row, its ongoing facilitation and its members (answered from the
   * unit's snapshot when it read or wrote the whole forum).
   */
  @Override
  public Optional<ForumParties> findParties(ForumId id) {
    uow.checkOpen();
    Checks.notNull(id, "forum id");
    ForumRows.Snapshot cached = uow.forumSnapshots().get(id);
    if (cached != null) {
      return Optional.of(ForumParties.of(cached.forum()));
    }
    try (PreparedStatement ps = uow.prepare(sql.selectParties)) {
      ps.setString(1, id.value());
      ForumParties.Builder parties = null;
      Ordered<PractitionerId> members = new Ordered<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (parties == null) {
            parties = ForumParties.builder().forum(id).version(rs.getLong(1))
                .state(ForumState.valueOf(rs.getString(2)));
            String sponsor = rs.getString(3);
            if (sponsor != null) {
              parties.sponsor(PersonId.of(sponsor));
            }
            String facilitator = rs.getString(4);
            if (facilitator != null) {
              parties.facilitator(PersonId.of(facilitator));
            }
          }
          int ordinal = rs.getInt(5);
          if (!rs.wasNull()) {
            members.add(ordinal, PractitionerId.of(rs.getString(6)));
          }
        }
      }
      return parties == null ? Optional.empty() : Optional.of(parties.members(members.values()).build());
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "read a forum's parties", "forum");
    }
  }

  @Override
  public List<Forum> findByBase(BaseId base) {
    uow.checkOpen();
    Checks.notNull(base, "base id");
    return forums(load(ForumRows.Filter.BASE, base.value(), "read the forums of a base"));
  }

  @Override
  public List<Forum> findByMember(PractitionerId practitioner) {
    uow.checkOpen();
    Checks.notNull(practitioner, "practitioner id");
    return forums(load(ForumRows.Filter.MEMBER, practitioner.value(), "read the forums of a member"));
  }

  @Override
  public Forum insert(Forum forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum");
    if (forum.version() != 0) {
      throw new IllegalArgumentException("a new forum must be at version 0");
    }
    checkStorable(forum);
    String id = forum.id().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertForum)) {
        int i = bindForumColumns(ps, forum, 1, true);
        ps.setLong(i, 1);
        if (ps.executeUpdate() == 0) {
          throw new org.practitionersforum.api.DuplicateException("a forum with that id already exists");
        }
      }
      ForumRows.Plan members = ForumRows.Plan.of(List.of(), new int[0], forum.members());
      ForumRows.Plan invitations = ForumRows.Plan.of(List.of(), new int[0], forum.invitations());
      ForumRows.Plan facilitations = ForumRows.Plan.of(List.of(), new int[0], forum.facilitations());
      ForumRows.Plan history = ForumRows.Plan.of(List.of(), new int[0], forum.history());
      writeChildren(id, forum, members, invitations, facilitations, history);
      Forum stored = Forum.builder().from(forum).version(1).build();
      uow.forumSnapshots().put(forum.id(), new ForumRows.Snapshot(stored, members.ordinals(),
          invitations.ordinals(), facilitations.ordinals(), history.ordinals()));
      return stored;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "insert a forum", "forum");
    }
  }

  @Override
  public Forum update(Forum forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum");
    checkStorable(forum);
    String id = forum.id().value();
    try {
      ForumRows.Snapshot read = uow.forumSnapshots().get(forum.id());
      boolean membersOnly = read != null && read.forum().version() == forum.version()
          && sameRowButMemberCount(read.forum(), forum);
      try (PreparedStatement ps = uow.prepare(membersOnly ? sql.updateMemberCount : sql.updateForum)) {
        int i = 1;
        if (membersOnly) {
          ps.setInt(i++, forum.members().size());
        } else {
          i = bindForumColumns(ps, forum, 1, false);
        }
        ps.setString(i++, id);
        ps.setLong(i, forum.version());
        if (ps.executeUpdate() == 0) {
          uow.forumSnapshots().remove(forum.id());
          throw missingOrStale(id);
        }
      }
      ForumRows.Snapshot old = uow.forumSnapshots().get(forum.id());
      if (old == null || old.forum().version() != forum.version()) {
        // Not read in this unit of work: read the child rows, now locked by the update.
        List<ForumRows.Snapshot> rows = load(ForumRows.Filter.ID, id, "update a forum");
        old = rows.get(0);
      }
      Forum before = old.forum();
      ForumRows.Plan members = ForumRows.Plan.of(before.members(), old.members(), forum.members());
      ForumRows.Plan invitations = ForumRows.Plan.of(before.invitations(), old.invitations(), forum.invitations());
      ForumRows.Plan facilitations = ForumRows.Plan.of(before.facilitations(), old.facilitations(), forum.facilitations());
      ForumRows.Plan history = ForumRows.Plan.of(before.history(), old.history(), forum.history());
      delete(sql.deleteMember, id, members);
      delete(sql.deleteInvitation, id, invitations);
      delete(sql.deleteFacilitation, id, facilitations);
      delete(sql.deleteHistory, id, history);
      writeChildren(id, forum, members, invitations, facilitations, history);
      Forum stored = Forum.builder().from(forum).version(forum.version() + 1).build();
      uow.forumSnapshots().put(forum.id(), new ForumRows.Snapshot(stored, members.ordinals(),
          invitations.ordinals(), facilitations.ordinals(), history.ordinals()));
      return stored;
    } catch (SQLException e) {
      uow.forumSnapshots().remove(forum.id());
      throw SqlErrors.translate(e, "update a forum", "forum");
    }
  }

  /** Tells whether two forums have the same forum row but for the member count (their children aside). */
  private static boolean sameRowButMemberCount(Forum a, Forum b) {
    return a.organisation().equals(b.organisation()) && a.base().equals(b.base())
        && a.locality().equals(b.locality()) && a.name().equals(b.name())
        && a.composition().equals(b.composition()) && a.sizeBounds().equals(b.sizeBounds())
        && a.lineManagementExcluded() == b.lineManagementExcluded() && a.sponsor().equals(b.sponsor())
        && a.state() == b.state() && a.proposedAt().equals(b.proposedAt());
  }

  private RuntimeException missingOrStale(String id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.forumExists)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new ConcurrentUpdateException("forum") : new NotFoundException("no such forum");
      }
    }
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  private static void checkStorable(Forum forum) {
    Values.text(forum.name(), "a forum name", Forum.MAX_NAME_LENGTH);
    Values.text(forum.id().value(), "a forum id", Checks.MAX_ID_LENGTH);
    Values.text(forum.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    Values.text(forum.base().value(), "a base id", Checks.MAX_ID_LENGTH);
    Values.text(forum.locality().value(), "a locality id", Checks.MAX_ID_LENGTH);
    forum.sponsor().ifPresent(s -> Values.text(s.value(), "a sponsor id", Checks.MAX_ID_LENGTH));
    Values.nanos(forum.proposedAt(), "the time a forum was proposed");
    for (Member m : forum.members()) {
      Values.text(m.practitioner().value(), "a member id", Checks.MAX_ID_LENGTH);
      Values.nanos(m.joinedAt(), "the time a member joined");
    }
    for (Invitation inv : forum.invitations()) {
      Values.text(inv.invitee().value(), "an invitee id", Checks.MAX_ID_LENGTH);
      Values.nanos(inv.invitedAt(), "the time of an invitation");
    }
    for (Facilitation f : forum.facilitations()) {
      Values.text(f.facilitator().value(), "a facilitator id", Checks.MAX_ID_LENGTH);
      Values.nanos(f.start(), "the start of facilitation");
      f.end().ifPresent(e -> Values.nanos(e, "the end of facilitation"));
      f.endReason().ifPresent(r -> Values.text(r, "the reason facilitation ended", Values.MAX_TEXT));
    }
    for (StateChange c : forum.history()) {
      Values.text(c.reason(), "the reason for a state change", Values.MAX_TEXT);
      Values.nanos(c.at(), "the time of a state change");
    }
  }

  private static int bindForumColumns(PreparedStatement ps, Forum f, int start, boolean withId) throws SQLException {
    int i = start;
    if (withId) {
      ps.setString(i++, f.id().value());
    }
    ps.setString(i++, f.organisation().value());
    ps.setString(i++, f.base().value());
    ps.setString(i++, f.locality().value());
    ps.setString(i++, f.name());
    Composition c = f.composition();
    ps.setString(i++, c.disciplineMix().name());
    setNullable(ps, i++, c.discipline().map(Discipline::code).orElse(null));
    ps.setString(i++, c.specialismMix().name());
    setNullable(ps, i++, c.specialism().map(Specialism::code).orElse(null));
    ps.setString(i++, c.focus().name());
    ps.setInt(i++, f.sizeBounds().minimum());
    ps.setInt(i++, f.sizeBounds().maximum());
    ps.setBoolean(i++, f.lineManagementExcluded());
    setNullable(ps, i++, f.sponsor().map(PersonId::value).orElse(null));
    ps.setString(i++, f.state().name());
    ps.setLong(i++, Values.nanos(f.proposedAt(), "the time a forum was proposed"));
    ps.setInt(i++, f.members().size());
    return i;
  }

  private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  private static void setNullable(PreparedStatement ps, int i, Long value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, value);
    }
  }

  private void delete(String statement, String id, ForumRows.Plan plan) throws SQLException {
    if (plan.deletes().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(statement)) {
      for (int ordinal : plan.deletes()) {
        ps.setString(1, id);
        ps.setInt(2, ordinal);
        ps.addBatch();
      }
      execute(ps, plan.deletes().size());
    }
  }

  private void writeChildren(String id, Forum f, ForumRows.Plan members, ForumRows.Plan invitations,
      ForumRows.Plan facilitations, ForumRows.Plan history) throws SQLException {
    if (!members.inserts().isEmpty()) {
      try (PreparedStatement ps = uow.prepare(sql.insertMember)) {
        for (int k = 0; k < members.inserts().size(); k++) {
          Member m = f.members().get(members.inserts().get(k));
          ps.setString(1, id);
          ps.setInt(2, members.insertOrdinals().get(k));
          ps.setString(3, m.practitioner().value());
          ps.setLong(4, Values.nanos(m.joinedAt(), "the time a member joined"));
          add(ps, members.inserts().size());
        }
        execute(ps, members.inserts().size());
      }
    }
    if (!invitations.inserts().isEmpty()) {
      try (PreparedStatement ps = uow.prepare(sql.insertInvitation)) {
        for (int k = 0; k < invitations.inserts().size(); k++) {
          Invitation inv = f.invitations().get(invitations.inserts().get(k));
          ps.setString(1, id);
          ps.setInt(2, invitations.insertOrdinals().get(k));
          ps.setString(3, inv.invitee().value());
          ps.setString(4, inv.invitedBy().name());
          ps.setLong(5, Values.nanos(inv.invitedAt(), "the time of an invitation"));
          add(ps, invitations.inserts().size());
        }
        execute(ps, invitations.inserts().size());
      }
    }
    if (!facilitations.inserts().isEmpty()) {
      try (PreparedStatement ps = uow.prepare(sql.insertFacilitation)) {
        for (int k = 0; k < facilitations.inserts().size(); k++) {
          Facilitation fa = f.facilitations().get(facilitations.inserts().get(k));
          ps.setString(1, id);
          ps.setInt(2, facilitations.insertOrdinals().get(k));
          ps.setString(3, fa.facilitator().value());
          ps.setLong(4, Values.nanos(fa.start(), "the start of facilitation"));
          setNullable(ps, 5, fa.end().map(e -> Values.nanos(e, "the end of facilitation")).orElse(null));
          setNullable(ps, 6, fa.endReason().orElse(null));
          add(ps, facilitations.inserts().size());
        }
        execute(ps, facilitations.inserts().size());
      }
    }
    if (!history.inserts().isEmpty()) {
      try (PreparedStatement ps = uow.prepare(sql.insertHistory)) {
        for (int k = 0; k < history.inserts().size(); k++) {
          StateChange c = f.history().get(history.inserts().get(k));
          ps.setString(1, id);
          ps.setInt(2, history.insertOrdinals().get(k));
          setNullable(ps, 3, c.from().map(ForumState::name).orElse(null));
          ps.setString(4, c.to().name());
          ps.setString(5, c.reason());
          ps.setString(6, c.by().name());
          ps.setLong(7, Values.nanos(c.at(), "the time of a state change"));
          add(ps, history.inserts().size());
        }
        execute(ps, history.inserts().size());
      }
    }
  }

  /** Batches only when there is more than one row: a single row goes as a plain statement. */
  private static void add(PreparedStatement ps, int rows) throws SQLException {
    if (rows > 1) {
      ps.addBatch();
    }
  }

  private static void execute(PreparedStatement ps, int rows) throws SQLException {
    if (rows > 1) {
      ps.executeBatch();
    } else {
      ps.executeUpdate();
    }
  }

  private static List<Forum> forums(List<ForumRows.Snapshot> snapshots) {
    List<Forum> out = new ArrayList<>(snapshots.size());
    for (ForumRows.Snapshot s : snapshots) {
      out.add(s.forum());
    }
    return out;
  }

  /** Reads the forums a filter selects, with their children. */
  private List<ForumRows.Snapshot> load(ForumRows.Filter filter, String value, String operation) {
    try {
      if (filter == ForumRows.Filter.ID) {
        return remember(sql.readsTableByTable() ? readTableByTable(value) : readInOneStatement(value));
      }
      Map<String, Parts> byId = new LinkedHashMap<>();
      try (PreparedStatement ps = uow.prepare(sql.selectForums(filter))) {
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Parts p = new Parts(rs);
            byId.put(p.id, p);
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
          while (rs.next()) {
            Parts p = byId.get(rs.getString(1));
            if (p != null) {
              p.add(rs, 0);
            }
          }
        }
      }
      return remember(byId);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, operation, "forum");
    }
  }

  /** One forum, its row and its child rows in one statement (one round trip). */
  private Map<String, Parts> readInOneStatement(String id) throws SQLException {
    Map<String, Parts> byId = new LinkedHashMap<>();
    try (PreparedStatement ps = uow.prepare(sql.selectForumWithChildren())) {
      for (int i = 1; i <= 5; i++) {
        ps.setString(i, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        Parts p = null;
        while (rs.next()) {
          if (p == null) {
            p = first(rs, byId);
          }
          rs.getInt(CHILD_COLUMNS + 2);
          if (!rs.wasNull()) {
            p.add(rs, CHILD_COLUMNS);
          }
        }
      }
    }
    return byId;
  }

  /** One forum, its row with its members, then its other child rows a table at a time. */
  private Map<String, Parts> readTableByTable(String id) throws SQLException {
    Map<String, Parts> byId = new LinkedHashMap<>();
    Parts p = null;
    try (PreparedStatement ps = uow.prepare(sql.selectForumWithMembers())) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (p == null) {
            p = first(rs, byId);
          }
          int ordinal = rs.getInt(CHILD_COLUMNS + 1);
          if (!rs.wasNull()) {
            p.addMember(ordinal, rs.getString(CHILD_COLUMNS + 2), rs.getLong(CHILD_COLUMNS + 3));
          }
        }
      }
    }
    if (p == null) {
      return byId;
    }
    for (String statement : sql.selectOtherChildren()) {
      try (PreparedStatement ps = uow.prepare(statement)) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            p.add(rs, 0);
          }
        }
      }
    }
    return byId;
  }

  /** Starts a forum from the first row of a one-forum read, noting the version of its terms. */
  private Parts first(ResultSet rs, Map<String, Parts> byId) throws SQLException {
    Parts p = new Parts(rs);
    byId.put(p.id, p);
    long termsVersion = rs.getLong(TERMS_COLUMNS + 1);
    uow.termsStore().versionRead(ForumId.of(p.id), rs.wasNull() ? null : termsVersion);
    return p;
  }

  private List<ForumRows.Snapshot> remember(Map<String, Parts> byId) {
    List<ForumRows.Snapshot> out = new ArrayList<>(byId.size());
    for (Parts p : byId.values()) {
      ForumRows.Snapshot s = p.snapshot();
      // Remembered with its row keys, so that an update in this unit of work writes only what changed.
      uow.forumSnapshots().put(s.forum().id(), s);
      out.add(s);
    }
    return out;
  }

  /**
   * One forum being assembled from its row and its child rows. The child rows may come in any
   * order: each list is put in ordinal order when the forum is built.
   */
  private static final class Parts {
    final String id;
    final Forum.Builder forum = Forum.builder();
    final Ordered<Member> members = new Ordered<>();
    final Ordered<Invitation> invitations = new Ordered<>();
    final Ordered<Facilitation> facilitations = new Ordered<>();
    final Ordered<StateChange> history = new Ordered<>();

    Parts(ResultSet rs) throws SQLException {
      id = rs.getString(1);
      forum.id(ForumId.of(id))
          .organisation(OrganisationId.of(rs.getString(2)))
          .base(BaseId.of(rs.getString(3)))
          .locality(LocalityId.of(rs.getString(4)))
          .name(rs.getString(5));
      Composition.Builder c = Composition.builder()
          .disciplineMix(Composition.Mix.valueOf(rs.getString(6)))
          .specialismMix(Composition.Mix.valueOf(rs.getString(8)))
          .focus(Composition.Focus.valueOf(rs.getString(10)));
      String discipline = rs.getString(7);
      if (discipline != null) {
        c.discipline(Discipline.of(discipline));
      }
      String specialism = rs.getString(9);
      if (specialism != null) {
        c.specialism(Specialism.of(specialism));
      }
      forum.composition(c.build())
          .sizeBounds(SizeBounds.of(rs.getInt(11), rs.getInt(12)))
          .lineManagementExcluded(rs.getBoolean(13));
      String sponsor = rs.getString(14);
      if (sponsor != null) {
        forum.sponsor(PersonId.of(sponsor));
      }
      forum.proposedAt(Values.instant(rs.getLong(16))).version(rs.getLong(18));
    }

    /** Adds the child row whose columns follow the first {@code offset} columns of the row. */
    void add(ResultSet rs, int offset) throws SQLException {
      int kind = rs.getInt(offset + 2);
      int ordinal = rs.getInt(offset + 3);
      String a = rs.getString(offset + 4);
      long t1 = rs.getLong(offset + 8);
      switch (kind) {
        case ForumRows.MEMBER:
          addMember(ordinal, a, t1);
          break;
        case ForumRows.INVITATION:
          invitations.add(ordinal, Invitation.builder().invitee(PractitionerId.of(a))
              .invitedBy(Role.valueOf(rs.getString(offset + 5))).invitedAt(Values.instant(t1)).build());
          break;
        case ForumRows.FACILITATION: {
          Facilitation.Builder f = Facilitation.builder().facilitator(PersonId.of(a))
              .start(Values.instant(t1));
          long t2 = rs.getLong(offset + 9);
          if (!rs.wasNull()) {
            f.end(Values.instant(t2));
          }
          String reason = rs.getString(offset + 7);
          if (reason != null) {
            f.endReason(reason);
          }
          facilitations.add(ordinal, f.build());
          break;
        }
        default: {
          StateChange.Builder c = StateChange.builder().by(Role.valueOf(a))
              .to(ForumState.valueOf(rs.getString(offset + 6))).reason(rs.getString(offset + 7))
              .at(Values.instant(t1));
          String from = rs.getString(offset + 5);
          if (from != null) {
            c.from(ForumState.valueOf(from));
          }
          history.add(ordinal, c.build());
          break;
        }
      }
    }

    void addMember(int ordinal, String practitioner, long joinedAt) {
      members.add(ordinal, Member.builder().practitioner(PractitionerId.of(practitioner))
          .joinedAt(Values.instant(joinedAt)).build());
    }

    ForumRows.Snapshot snapshot() {
      forum.members(members.values()).invitations(invitations.values())
          .facilitations(facilitations.values()).history(history.values());
      return new ForumRows.Snapshot(forum.build(), members.ordinals(), invitations.ordinals(),
          facilitations.ordinals(), history.ordinals());
    }
  }
}
