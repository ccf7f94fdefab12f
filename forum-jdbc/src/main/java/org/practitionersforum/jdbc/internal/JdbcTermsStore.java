package org.practitionersforum.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.TermsStore;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * A forum's terms as one versioned row, one row per terms version, and child rows for the
 * purposes and stated limits, agreements and objections. A read is two statements: the versions
 * (joined to the versioned row), then every child row in one {@code UNION ALL} with the versioned
 * row's version again, to check that both statements saw the same terms; a read of the version in
 * force alone is the same two statements narrowed to that version by its unique in-force column
 * and its key. Whether a version is in force, and the current round of one version, are one
 * narrow statement each. An update is a versioned {@code UPDATE} of the forum's row (which also
 * locks it) followed by only the rows that changed; agreeing a version ({@link #recordAgreement})
 * is that update and one agreement insert.
 */
final class JdbcTermsStore implements TermsStore {
  private final UnitOfWork uow;
  private final TermsRows sql;

  JdbcTermsStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().terms();
  }

  @Override
  public Optional<ForumTerms> find(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    TermsRows.Snapshot cached = uow.termsSnapshots().get(forum);
    if (cached != null) {
      return Optional.of(cached.terms());
    }
    if (uow.termsAbsent().contains(forum)) {
      return Optional.empty();
    }
    Optional<ForumTerms> found = load(forum, "read a forum's terms").map(TermsRows.Snapshot::terms);
    if (found.isPresent()) {
      try {
        seen(forum, found.get().version());
      } catch (ConcurrentUpdateException e) {
        uow.termsSnapshots().remove(forum);
        throw e;
      }
    } else {
      uow.termsAbsent().add(forum);
    }
    return found;
  }

  @Override
  public Optional<TermsVersion> findInForce(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    TermsRows.Snapshot cached = uow.termsSnapshots().get(forum);
    if (cached != null) {
      return cached.terms().inForce();
    }
    if (uow.termsAbsent().contains(forum)) {
      return Optional.empty();
    }
    Optional<TermsVersion> seenInForce = uow.termsInForce().get(forum);
    if (seenInForce != null) {
      return seenInForce;
    }
    try {
      Optional<Read> rows = read(true, forum.value());
      if (rows.isEmpty()) {
        uow.termsAbsent().add(forum);
        return Optional.empty();
      }
      seen(forum, rows.get().version);
      Optional<TermsVersion> inForce = rows.get().versions.values().stream().findFirst().map(VersionParts::build);
      uow.termsInForce().put(forum, inForce);
      return inForce;
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "read a forum's terms in force", "forum's terms");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Answered from what the unit of work has read (the terms, the version in force, or a forum
   * read that found no terms), else by one narrow statement: the terms row's version and the
   * number of the version in force.
   */
  @Override
  public boolean hasInForce(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    TermsRows.Snapshot cached = uow.termsSnapshots().get(forum);
    if (cached != null) {
      return cached.terms().inForce().isPresent();
    }
    if (uow.termsAbsent().contains(forum)) {
      return false;
    }
    Optional<TermsVersion> seenInForce = uow.termsInForce().get(forum);
    if (seenInForce != null) {
      return seenInForce.isPresent();
    }
    Boolean known = uow.termsHasInForce().get(forum);
    if (known != null) {
      return known;
    }
    try (PreparedStatement ps = uow.prepare(sql.selectHead)) {
      ps.setString(1, forum.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          uow.termsAbsent().add(forum);
          return false;
        }
        long version = rs.getLong(1);
        rs.getInt(2);
        boolean inForce = !rs.wasNull();
        seen(forum, version);
        uow.termsHasInForce().put(forum, inForce);
        return inForce;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "read whether a forum's terms are in force", "forum's terms");
    }
  }

  /**
   * Takes note of the version of a forum's terms read along with the forum (null without terms):
   * a forum without terms needs no further read of them in this unit of work. Ignored when the
   * unit has already read or written those terms, so the first read stays the one the unit's
   * reads repeat.
   */
  void versionRead(ForumId forum, Long version) {
    if (uow.termsSeen().containsKey(forum) || uow.termsAbsent().contains(forum)
        || uow.termsSnapshots().containsKey(forum)) {
      return;
    }
    if (version == null) {
      uow.termsAbsent().add(forum);
    } else {
      uow.termsSeen().put(forum, version);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the terms row's version, the version rows with the hash, and the
   * agreements of their current rounds (answered from the unit's snapshot when it read or wrote
   * the whole terms).
   */
  @Override
  public Optional<AgreementRound> findAgreementRound(ForumId forum, ContentHash hash) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    Checks.notNull(hash, "content hash");
    TermsRows.Snapshot cached = uow.termsSnapshots().get(forum);
    if (cached != null) {
      ForumTerms t = cached.terms();
      return t.byHash(hash).map(v -> AgreementRound.of(t, v));
    }
    if (uow.termsAbsent().contains(forum)) {
      return Optional.empty();
    }
    try (PreparedStatement ps = uow.prepare(sql.selectRound)) {
      ps.setString(1, hash.value());
      ps.setString(2, forum.value());
      Long version = null;
      TreeMap<Integer, AgreementRound.Builder> rounds = new TreeMap<>();
      TreeMap<Integer, TermsStatus> statuses = new TreeMap<>();
      Map<Integer, int[]> roundAndLastOrdinal = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          version = rs.getLong(1);
          int number = rs.getInt(2);
          if (rs.wasNull()) {
            continue;
          }
          AgreementRound.Builder r = rounds.get(number);
          int[] row = roundAndLastOrdinal.get(number);
          if (r == null) {
            TermsStatus status = TermsStatus.valueOf(rs.getString(3));
            row = new int[] {rs.getInt(4), 0};
            r = AgreementRound.builder().forum(forum).termsVersion(rs.getLong(1)).number(number).hash(hash)
                .status(status).round(row[0]);
            rounds.put(number, r);
            statuses.put(number, status);
            roundAndLastOrdinal.put(number, row);
          }
          int ordinal = rs.getInt(5);
          if (rs.wasNull()) {
            continue;
          }
          row[1] = Math.max(row[1], ordinal);
          if (rs.getInt(9) == row[0]) {
            r.addAgreements(Agreement.builder().party(PersonId.of(rs.getString(6)))
                .role(PartyRole.valueOf(rs.getString(7))).version(number).hash(hash).round(row[0])
                .at(Values.instant(rs.getLong(8))).build());
          }
        }
      }
      if (version == null) {
        uow.termsAbsent().add(forum);
        return Optional.empty();
      }
      seen(forum, version);
      // As ForumTerms.byHash: the version pending or in force with the hash, else the latest with it.
      Integer designated = null;
      for (Map.Entry<Integer, TermsStatus> e : statuses.entrySet()) {
        TermsStatus status = e.getValue();
        if (status.pending() || status == TermsStatus.IN_FORCE) {
          designated = e.getKey();
          break;
        }
      }
      if (designated == null && !rounds.isEmpty()) {
        designated = rounds.lastKey();
      }
      if (designated != null) {
        int[] row = roundAndLastOrdinal.get(designated);
        uow.termsRounds().put(forum, new TermsRows.RoundRow(version, designated, hash.value(), row[0],
            statuses.get(designated), row[1]));
      }
      return designated == null ? Optional.empty() : Optional.of(rounds.get(designated).build());
    } catch (SQLException e) {
      throw SqlErrors.translate(e, "read a round of agreement to a forum's terms", "forum's terms");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two statements, or four when the version comes into force: the versioned update of the
   * terms row (which also locks the forum's terms), then the agreement insert under the next
   * ordinal of the version. When this unit read the version's row at the version the update
   * found (its round, or the whole terms), the terms are still as read: the agreement is checked
   * against that row here (its hash and round, open for agreement or in force) and inserted plainly.
   * Otherwise the insert is conditional on the row itself. Then the version in force leaves force
   * and the open version enters it, conditional on its status, round and hash. The unique
   * constraint on (version, round, party) refuses a second agreement of the party in a round;
   * the foreign key on (version, hash) an agreement to another text.
   */
  @Override
  public long recordAgreement(ForumId forum, long termsVersion, Agreement agreement, boolean intoForce) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    Checks.notNull(agreement, "agreement");
    String id = Values.text(forum.value(), "a forum id", Checks.MAX_ID_LENGTH);
    Values.text(agreement.party().value(), "a party id", Checks.MAX_ID_LENGTH);
    long at = Values.nanos(agreement.at(), "the time of an agreement");
    int ordinal = knownNextOrdinal(forum, termsVersion, agreement);
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateTerms)) {
        ps.setString(1, id);
        ps.setLong(2, termsVersion);
        if (ps.executeUpdate() == 0) {
          uow.termsSnapshots().remove(forum);
          throw missingOrStale(id);
        }
      }
      if (ordinal == 0) {
        throw notAgreeable();
      }
      // With the ordinal known, the terms are still as this unit read them: the update found them
      // at that version, and holds their row until the unit ends. Else the insert checks the row.
      try (PreparedStatement ps = uow.prepare(ordinal > 0 ? sql.insertAgreement : sql.insertAgreementChecked)) {
        if (ordinal > 0) {
          bindAgreement(ps, id, ordinal, agreement, at);
        } else {
          ps.setString(1, agreement.party().value());
          ps.setString(2, agreement.role().name());
          ps.setLong(3, at);
          bindRound(ps, 4, id, agreement);
        }
        if (ps.executeUpdate() == 0) {
          throw notAgreeable();
        }
      }
      if (intoForce) {
        try (PreparedStatement ps = uow.prepare(sql.supersedeInForce)) {
          ps.setLong(1, at);
          ps.setString(2, id);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = uow.prepare(sql.enterForce)) {
          ps.setLong(1, at);
          bindRound(ps, 2, id, agreement);
          if (ps.executeUpdate() == 0) {
            throw notAgreeable();
          }
        }
      }
    } catch (SQLException e) {
      uow.termsSnapshots().remove(forum);
      throw SqlErrors.translate(e, "record an agreement to a forum's terms", "forum's terms");
    } catch (RuntimeException e) {
      uow.termsSnapshots().remove(forum);
      throw e;
    }
    long next = termsVersion + 1;
    TermsRows.Snapshot old = uow.termsSnapshots().remove(forum);
    if (old != null && old.terms().version() == termsVersion) {
      // The rows are as that snapshot had them, plus this agreement under the next ordinal.
      ForumTerms now = ForumTerms.builder().from(old.terms().withAgreement(agreement, intoForce)).version(next).build();
      Map<Integer, int[]> agreements = new HashMap<>(old.agreements());
      int[] before = agreements.getOrDefault(agreement.version(), new int[0]);
      int[] after = java.util.Arrays.copyOf(before, before.length + 1);
      after[before.length] = java.util.Arrays.stream(before).max().orElse(0) + 1;
      agreements.put(agreement.version(), after);
      uow.termsSnapshots().put(forum, new TermsRows.Snapshot(now, agreements, old.objections()));
    }
    uow.termsSeen().put(forum, next);
    uow.termsInForce().remove(forum);
    uow.termsHasInForce().remove(forum);
    return next;
  }

  /**
   * The ordinal the agreement takes, from what this unit of work read of its version at {@code
   * termsVersion}: its round ({@link #findAgreementRound}) or the whole terms. 0 if that read
   * refuses the agreement, -1 if there is no such read (the insert then checks the row itself).
   */
  private int knownNextOrdinal(ForumId forum, long termsVersion, Agreement a) {
    TermsRows.RoundRow round = uow.termsRounds().get(forum);
    if (round != null) {
      int ordinal = round.nextOrdinal(termsVersion, a.version(), a.hash().value(), a.round());
      if (ordinal >= 0) {
        return ordinal;
      }
    }
    TermsRows.Snapshot read = uow.termsSnapshots().get(forum);
    if (read == null || read.terms().version() != termsVersion) {
      return -1;
    }
    Optional<TermsVersion> v = read.terms().byNumber(a.version());
    if (v.isEmpty()) {
      return 0;
    }
    int last = 0;
    for (int ordinal : read.agreements().getOrDefault(a.version(), new int[0])) {
      last = Math.max(last, ordinal);
    }
    return new TermsRows.RoundRow(termsVersion, a.version(), v.get().hash().value(), v.get().round(),
        v.get().status(), last).nextOrdinal(termsVersion, a.version(), a.hash().value(), a.round());
  }

  /** Binds an agreement row, in the columns of {@code insertAgreement}. */
  private static void bindAgreement(PreparedStatement ps, String forum, int ordinal, Agreement a, long at)
      throws SQLException {
    bindChildKey(ps, forum, a.version(), ordinal);
    ps.setString(4, a.party().value());
    ps.setString(5, a.role().name());
    ps.setString(6, a.hash().value());
    ps.setInt(7, a.round());
    ps.setLong(8, at);
  }

  private static void bindRound(PreparedStatement ps, int start, String forum, Agreement agreement)
      throws SQLException {
    ps.setString(start, forum);
    ps.setInt(start + 1, agreement.version());
    ps.setString(start + 2, agreement.hash().value());
    ps.setInt(start + 3, agreement.round());
  }

  private static IllegalArgumentException notAgreeable() {
    return new IllegalArgumentException("an agreement is recorded only on a version open for agreement or in"
        + " force, with its hash, in its current round; only an open version comes into force");
  }

  /**
   * Remembers the version of a forum's terms a read found, refusing a read that finds another
   * version than the unit saw before: reads in a unit of work are repeatable.
   */
  private void seen(ForumId forum, long version) {
    Long before = uow.termsSeen().putIfAbsent(forum, version);
    if (before != null && before != version) {
      throw new ConcurrentUpdateException("forum's terms of reference");
    }
  }

  @Override
  public ForumTerms insert(ForumTerms terms) {
    uow.checkOpen();
    Checks.notNull(terms, "forum's terms");
    if (terms.version() != 0) {
      throw new IllegalArgumentException("new terms must be at version 0");
    }
    checkStorable(terms);
    String forum = terms.forum().value();
    uow.termsAbsent().remove(terms.forum());
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertTerms)) {
        ps.setString(1, forum);
        ps.setLong(2, 1);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a forum's terms with that forum id already exist");
        }
      }
      Rows.Batch versions = new Rows.Batch(sql.insertVersion);
      Writes w = new Writes();
      Map<Integer, int[]> agreements = new HashMap<>();
      Map<Integer, int[]> objections = new HashMap<>();
      for (TermsVersion v : terms.versions()) {
        versions.add(ps -> bindVersionInsert(ps, forum, v));
        w.items(forum, v);
        agreements.put(v.number(), w.agreements(forum, v, v.agreements(), ordinals(v.agreements().size())));
        objections.put(v.number(), w.objections(forum, v, v.objections(), ordinals(v.objections().size())));
      }
      versions.run(uow);
      w.run(uow);
      ForumTerms stored = ForumTerms.builder().from(terms).version(1).build();
      uow.termsSnapshots().put(terms.forum(), new TermsRows.Snapshot(stored, agreements, objections));
      uow.termsSeen().put(terms.forum(), 1L);
      uow.termsInForce().remove(terms.forum());
      uow.termsHasInForce().remove(terms.forum());
      return stored;
    } catch (SQLException e) {
      uow.termsSnapshots().remove(terms.forum());
      throw SqlErrors.translate(e, "insert a forum's terms", "forum's terms");
    }
  }

  @Override
  public ForumTerms update(ForumTerms terms) {
    uow.checkOpen();
    Checks.notNull(terms, "forum's terms");
    checkStorable(terms);
    String forum = terms.forum().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateTerms)) {
        ps.setString(1, forum);
        ps.setLong(2, terms.version());
        if (ps.executeUpdate() == 0) {
          uow.termsSnapshots().remove(terms.forum());
          throw missingOrStale(forum);
        }
      }
      TermsRows.Snapshot old = uow.termsSnapshots().get(terms.forum());
      if (old == null || old.terms().version() != terms.version()) {
        // Not read in this unit of work: read the rows, now locked by the update.
        old = load(terms.forum(), "update a forum's terms").orElseThrow();
      }
      Map<Integer, int[]> agreements = new HashMap<>();
      Map<Integer, int[]> objections = new HashMap<>();
      writeChanges(forum, old, terms, agreements, objections);
      ForumTerms stored = ForumTerms.builder().from(terms).version(terms.version() + 1).build();
      uow.termsSnapshots().put(terms.forum(), new TermsRows.Snapshot(stored, agreements, objections));
      uow.termsSeen().put(terms.forum(), stored.version());
      uow.termsInForce().remove(terms.forum());
      uow.termsHasInForce().remove(terms.forum());
      return stored;
    } catch (SQLException e) {
      uow.termsSnapshots().remove(terms.forum());
      throw SqlErrors.translate(e, "update a forum's terms", "forum's terms");
    }
  }

  /**
   * Writes the difference between the stored terms and the new ones, in an order that keeps
   * every constraint true after each statement: child rows are deleted before the version rows
   * they belong to, a version leaves force before another enters it, and version rows are
   * written before their children.
   */
  private void writeChanges(String forum, TermsRows.Snapshot old, ForumTerms now,
      Map<Integer, int[]> agreementOrdinals, Map<Integer, int[]> objectionOrdinals) throws SQLException {
    List<TermsVersion> before = old.terms().versions();
    List<TermsVersion> after = now.versions();
    Rows.Batch deleteAgreement = new Rows.Batch(sql.deleteAgreement);
    Rows.Batch deleteObjection = new Rows.Batch(sql.deleteObjection);
    Rows.Batch deleteAgreements = new Rows.Batch(sql.deleteAgreements);
    Rows.Batch deleteObjections = new Rows.Batch(sql.deleteObjections);
    Rows.Batch deleteItems = new Rows.Batch(sql.deleteItems);
    Rows.Batch deleteVersions = new Rows.Batch(sql.deleteVersion);
    Rows.Batch leaveForce = new Rows.Batch(sql.updateVersion);
    Rows.Batch enterForce = new Rows.Batch(sql.updateVersion);
    Rows.Batch insertVersions = new Rows.Batch(sql.insertVersion);
    Writes w = new Writes();
    for (int k = after.size(); k < before.size(); k++) {
      int number = before.get(k).number();
      deleteAgreements.add(ps -> bindKey(ps, forum, number));
      deleteObjections.add(ps -> bindKey(ps, forum, number));
      deleteItems.add(ps -> bindKey(ps, forum, number));
      deleteVersions.add(ps -> bindKey(ps, forum, number));
    }
    for (int k = 0; k < after.size(); k++) {
      TermsVersion v = after.get(k);
      int number = v.number();
      if (k >= before.size()) {
        insertVersions.add(ps -> bindVersionInsert(ps, forum, v));
        w.items(forum, v);
        agreementOrdinals.put(number, w.agreements(forum, v, v.agreements(), ordinals(v.agreements().size())));
        objectionOrdinals.put(number, w.objections(forum, v, v.objections(), ordinals(v.objections().size())));
        continue;
      }
      TermsVersion was = before.get(k);
      if (!sameRow(was, v)) {
        (v.status() == TermsStatus.IN_FORCE ? enterForce : leaveForce).add(ps -> bindVersionUpdate(ps, forum, v));
      }
      if (!was.content().equals(v.content())) {
        deleteItems.add(ps -> bindKey(ps, forum, number));
        w.items(forum, v);
      }
      if (!was.hash().equals(v.hash())) {
        // Children bind to the hash: all of them go, and the new ones come after the version row.
        deleteAgreements.add(ps -> bindKey(ps, forum, number));
        deleteObjections.add(ps -> bindKey(ps, forum, number));
        agreementOrdinals.put(number, w.agreements(forum, v, v.agreements(), ordinals(v.agreements().size())));
        objectionOrdinals.put(number, w.objections(forum, v, v.objections(), ordinals(v.objections().size())));
        continue;
      }
      ForumRows.Plan agreements = ForumRows.Plan.of(was.agreements(), old.agreements().get(number), v.agreements());
      for (int ordinal : agreements.deletes()) {
        deleteAgreement.add(ps -> bindChildKey(ps, forum, number, ordinal));
      }
      w.agreements(forum, v, subList(v.agreements(), agreements.inserts()), agreements.insertOrdinals());
      agreementOrdinals.put(number, agreements.ordinals());
      ForumRows.Plan objections = ForumRows.Plan.of(was.objections(), old.objections().get(number), v.objections());
      for (int ordinal : objections.deletes()) {
        deleteObjection.add(ps -> bindChildKey(ps, forum, number, ordinal));
      }
      w.objections(forum, v, subList(v.objections(), objections.inserts()), objections.insertOrdinals());
      objectionOrdinals.put(number, objections.ordinals());
    }
    deleteAgreement.run(uow);
    deleteObjection.run(uow);
    deleteAgreements.run(uow);
    deleteObjections.run(uow);
    deleteItems.run(uow);
    deleteVersions.run(uow);
    leaveForce.run(uow);
    enterForce.run(uow);
    insertVersions.run(uow);
    w.run(uow);
  }

  /** Tells whether two versions of one number have the same version row (children aside). */
  private static boolean sameRow(TermsVersion a, TermsVersion b) {
    return a.status() == b.status() && a.round() == b.round() && a.hash().equals(b.hash())
        && a.draftedAt().equals(b.draftedAt()) && a.openedAt().equals(b.openedAt())
        && a.inForceAt().equals(b.inForceAt()) && a.endedAt().equals(b.endedAt())
        && a.content().equals(b.content());
  }

  private static <T> List<T> subList(List<T> all, List<Integer> indexes) {
    List<T> out = new ArrayList<>(indexes.size());
    for (int i : indexes) {
      out.add(all.get(i));
    }
    return out;
  }

  private static int[] ordinals(int size) {
    return ForumRows.Plan.fresh(size);
  }

  private static List<Integer> boxed(int[] ordinals) {
    List<Integer> out = new ArrayList<>(ordinals.length);
    for (int o : ordinals) {
      out.add(o);
    }
    return out;
  }

  /** The child rows to insert: items, agreements and objections, one batch each. */
  private final class Writes {
    final Rows.Batch items = new Rows.Batch(sql.insertItem);
    final Rows.Batch agreements = new Rows.Batch(sql.insertAgreement);
    final Rows.Batch objections = new Rows.Batch(sql.insertObjection);

    void items(String forum, TermsVersion v) {
      List<String> purposes = v.content().purposes();
      for (int i = 0; i < purposes.size(); i++) {
        int ordinal = i + 1;
        String text = purposes.get(i);
        items.add(ps -> bindItem(ps, forum, v.number(), TermsRows.PURPOSE, ordinal, text));
      }
      List<String> limits = v.content().confidentialityLimits();
      for (int i = 0; i < limits.size(); i++) {
        int ordinal = i + 1;
        String text = limits.get(i);
        items.add(ps -> bindItem(ps, forum, v.number(), TermsRows.LIMIT, ordinal, text));
      }
    }

    int[] agreements(String forum, TermsVersion v, List<Agreement> rows, int[] ordinals) {
      agreements(forum, v, rows, boxed(ordinals));
      return ordinals;
    }

    void agreements(String forum, TermsVersion v, List<Agreement> rows, List<Integer> ordinals) {
      for (int i = 0; i < rows.size(); i++) {
        Agreement a = rows.get(i);
        int ordinal = ordinals.get(i);
        agreements.add(ps -> bindAgreement(ps, forum, ordinal, a, Values.nanos(a.at(), "the time of an agreement")));
      }
    }

    int[] objections(String forum, TermsVersion v, List<Objection> rows, int[] ordinals) {
      objections(forum, v, rows, boxed(ordinals));
      return ordinals;
    }

    void objections(String forum, TermsVersion v, List<Objection> rows, List<Integer> ordinals) {
      for (int i = 0; i < rows.size(); i++) {
        Objection o = rows.get(i);
        int ordinal = ordinals.get(i);
        objections.add(ps -> {
          bindChildKey(ps, forum, v.number(), ordinal);
          ps.setString(4, o.party().value());
          ps.setString(5, o.role().name());
          ps.setString(6, o.hash().value());
          ps.setInt(7, o.round());
          ps.setString(8, o.reason());
          ps.setLong(9, Values.nanos(o.at(), "the time of an objection"));
        });
      }
    }

    void run(UnitOfWork uow) throws SQLException {
      items.run(uow);
      agreements.run(uow);
      objections.run(uow);
    }
  }

  private RuntimeException missingOrStale(String forum) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.termsExists)) {
      ps.setString(1, forum);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new ConcurrentUpdateException("forum's terms of reference")
            : new NotFoundException("the forum has no terms of reference");
      }
    }
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  private static void checkStorable(ForumTerms terms) {
    Values.text(terms.forum().value(), "a forum id", Checks.MAX_ID_LENGTH);
    for (TermsVersion v : terms.versions()) {
      TermsContent c = v.content();
      for (String p : c.purposes()) {
        Values.text(p, "a purpose", TermsContent.MAX_ITEM_LENGTH);
      }
      for (String l : c.confidentialityLimits()) {
        Values.text(l, "a stated limit of confidentiality", TermsContent.MAX_ITEM_LENGTH);
      }
      for (String text : List.of(c.confidentiality(), c.attendance(), c.equalAirtime(), c.cadence(),
          c.facilitation(), c.facilitationEnds(), c.decisionMaking(), c.sharingWithManagers())) {
        Values.text(text, "a section of the terms", TermsContent.MAX_TEXT_LENGTH);
      }
      Values.nanos(v.draftedAt(), "the time terms were drafted");
      v.openedAt().ifPresent(t -> Values.nanos(t, "the time terms were opened"));
      v.inForceAt().ifPresent(t -> Values.nanos(t, "the time terms came into force"));
      v.endedAt().ifPresent(t -> Values.nanos(t, "the time terms ended"));
      for (Agreement a : v.agreements()) {
        Values.text(a.party().value(), "a party id", Checks.MAX_ID_LENGTH);
        Values.nanos(a.at(), "the time of an agreement");
      }
      for (Objection o : v.objections()) {
        Values.text(o.party().value(), "a party id", Checks.MAX_ID_LENGTH);
        Values.text(o.reason(), "the reason for an objection", Objection.MAX_REASON_LENGTH);
        Values.nanos(o.at(), "the time of an objection");
      }
    }
  }

  private static void bindKey(PreparedStatement ps, String forum, int number) throws SQLException {
    ps.setString(1, forum);
    ps.setInt(2, number);
  }

  private static void bindChildKey(PreparedStatement ps, String forum, int number, int ordinal) throws SQLException {
    ps.setString(1, forum);
    ps.setInt(2, number);
    ps.setInt(3, ordinal);
  }

  private static void bindItem(PreparedStatement ps, String forum, int number, int kind, int ordinal, String text)
      throws SQLException {
    ps.setString(1, forum);
    ps.setInt(2, number);
    ps.setInt(3, kind);
    ps.setInt(4, ordinal);
    ps.setString(5, text);
  }

  private static void bindVersionInsert(PreparedStatement ps, String forum, TermsVersion v) throws SQLException {
    ps.setString(1, forum);
    ps.setInt(2, v.number());
    bindVersionColumns(ps, forum, v, 3);
  }

  private static void bindVersionUpdate(PreparedStatement ps, String forum, TermsVersion v) throws SQLException {
    int i = bindVersionColumns(ps, forum, v, 1);
    ps.setString(i++, forum);
    ps.setInt(i, v.number());
  }

  /** Binds status to review date; returns the next parameter index. */
  private static int bindVersionColumns(PreparedStatement ps, String forum, TermsVersion v, int start)
      throws SQLException {
    int i = start;
    ps.setString(i++, v.status().name());
    ps.setInt(i++, v.round());
    ps.setString(i++, v.hash().value());
    Rows.setString(ps, i++, v.status() == TermsStatus.IN_FORCE ? forum : null);
    ps.setLong(i++, Values.nanos(v.draftedAt(), "the time terms were drafted"));
    Rows.setLong(ps, i++, v.openedAt().map(t -> Values.nanos(t, "the time terms were opened")).orElse(null));
    Rows.setLong(ps, i++, v.inForceAt().map(t -> Values.nanos(t, "the time terms came into force")).orElse(null));
    Rows.setLong(ps, i++, v.endedAt().map(t -> Values.nanos(t, "the time terms ended")).orElse(null));
    TermsContent c = v.content();
    ps.setString(i++, c.confidentiality());
    ps.setString(i++, c.attendance());
    ps.setString(i++, c.equalAirtime());
    ps.setString(i++, c.cadence());
    ps.setInt(i++, c.quorum());
    ps.setString(i++, c.facilitation());
    ps.setString(i++, c.facilitationEnds());
    ps.setString(i++, c.decisionMaking());
    ps.setString(i++, c.sharingWithManagers());
    ps.setObject(i++, c.reviewDate());
    return i;
  }

  /** Reads a forum's terms, and remembers them with their row keys. */
  private Optional<TermsRows.Snapshot> load(ForumId forumId, String operation) {
    try {
      Optional<Read> rows = read(false, forumId.value());
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      ForumTerms.Builder terms = ForumTerms.builder().forum(forumId).version(rows.get().version);
      Map<Integer, int[]> agreements = new HashMap<>();
      Map<Integer, int[]> objections = new HashMap<>();
      for (VersionParts p : rows.get().versions.values()) {
        terms.addVersions(p.build());
        agreements.put(p.number, p.agreements.ordinals());
        objections.put(p.number, p.objections.ordinals());
      }
      TermsRows.Snapshot s = new TermsRows.Snapshot(terms.build(), agreements, objections);
      uow.termsSnapshots().put(forumId, s);
      return Optional.of(s);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, operation, "forum's terms");
    }
  }

  /** The aggregate's version and its version rows with their children, as read. */
  private static final class Read {
    long version;
    final Map<Integer, VersionParts> versions = new TreeMap<>();
  }

  /** How many times a pair of statements is read again when the terms changed between them. */
  private static final int READ_ATTEMPTS = 3;

  /**
   * Reads a forum's terms versions, every one or the one in force, with their child rows: the
   * versioned row with the version rows, then the child rows, which end with the versioned row's
   * version again. If it moved in between (another unit committed a change), the pair is read
   * again, a few times at most, so that the versions and their children are always of one version
   * of the terms. Empty if the forum has no terms.
   */
  private Optional<Read> read(boolean inForceOnly, String forum) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      Read out = null;
      try (PreparedStatement ps = uow.prepare(inForceOnly ? sql.selectInForceVersion : sql.selectVersions)) {
        ps.setString(1, forum);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (out == null) {
              out = new Read();
              out.version = rs.getLong(1);
            }
            rs.getInt(2);
            if (!rs.wasNull()) {
              VersionParts p = new VersionParts(rs, 0);
              out.versions.put(p.number, p);
            }
          }
        }
      }
      if (out == null || out.versions.isEmpty()) {
        return Optional.ofNullable(out);
      }
      long check = sql.childrenByTable == null ? readChildrenInOneStatement(inForceOnly, forum, out)
          : readChildrenByTable(inForceOnly, forum, out);
      if (check == out.version) {
        return Optional.of(out);
      }
      if (attempt == READ_ATTEMPTS) {
        throw new ConcurrentUpdateException("forum's terms of reference");
      }
    }
  }

  /**
   * Reads the child rows of the versions read into {@code out} in one statement.
   *
   * @return the version of the forum's terms read with them, or -1 if the terms are gone
   */
  private long readChildrenInOneStatement(boolean inForceOnly, String forum, Read out) throws SQLException {
    long check = -1;
    try (PreparedStatement ps = uow.prepare(inForceOnly ? sql.selectInForceChildren : sql.selectChildren)) {
      int i = 1;
      for (int part = 0; part < 3; part++) {
        ps.setString(i++, forum);
        if (inForceOnly && sql.inForceChildrenByNumber) {
          ps.setInt(i++, out.versions.keySet().iterator().next());
        }
      }
      ps.setString(i, forum);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getInt(2) == 0) {
            check = rs.getLong(9);
          } else {
            VersionParts p = out.versions.get(rs.getInt(1));
            if (p != null) {
              p.add(rs);
            }
          }
        }
      }
    }
    return check;
  }

  /**
   * Reads the child rows of the versions read into {@code out} a table at a time (see {@link
   * TermsRows#childrenByTable}).
   *
   * @return the version of the forum's terms read with the last of them, or -1 if the terms are gone
   */
  private long readChildrenByTable(boolean inForceOnly, String forum, Read out) throws SQLException {
    List<String> statements = inForceOnly ? sql.inForceChildrenByTable : sql.childrenByTable;
    int number = out.versions.keySet().iterator().next();
    long check = -1;
    for (int s = 0; s < statements.size(); s++) {
      boolean last = s == statements.size() - 1;
      try (PreparedStatement ps = uow.prepare(statements.get(s))) {
        int i = 1;
        ps.setString(i++, forum);
        if (inForceOnly) {
          ps.setInt(i++, number);
        }
        if (last) {
          ps.setString(i, forum);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (last) {
              check = rs.getLong(10);
            }
            int version = rs.getInt(1);
            if (!rs.wasNull()) {
              VersionParts p = out.versions.get(version);
              if (p != null) {
                p.add(rs);
              }
            }
          }
        }
      }
    }
    return check;
  }

  /** One terms version being assembled from its row and its child rows, which may come in any order. */
  private static final class VersionParts {
    final int number;
    final TermsVersion.Builder version = TermsVersion.builder();
    final TermsContent.Builder content = TermsContent.builder();
    final Ordered<String> purposes = new Ordered<>();
    final Ordered<String> limits = new Ordered<>();
    final Ordered<Agreement> agreements = new Ordered<>();
    final Ordered<Objection> objections = new Ordered<>();

    VersionParts(ResultSet rs, int offset) throws SQLException {
      // Column k of the version columns (the aggregate's version at 1, the number at 2) is k + offset.
      final int o = offset;
      number = rs.getInt(o + 2);
      version.number(number)
          .status(TermsStatus.valueOf(rs.getString(o + 3)))
          .round(rs.getInt(o + 4))
          .hash(ContentHash.of(rs.getString(o + 5)))
          .draftedAt(Values.instant(rs.getLong(o + 7)));
      Rows.getLong(rs, o + 8).map(Values::instant).ifPresent(version::openedAt);
      Rows.getLong(rs, o + 9).map(Values::instant).ifPresent(version::inForceAt);
      Rows.getLong(rs, o + 10).map(Values::instant).ifPresent(version::endedAt);
      content.confidentiality(rs.getString(o + 11))
          .attendance(rs.getString(o + 12))
          .equalAirtime(rs.getString(o + 13))
          .cadence(rs.getString(o + 14))
          .quorum(rs.getInt(o + 15))
          .facilitation(rs.getString(o + 16))
          .facilitationEnds(rs.getString(o + 17))
          .decisionMaking(rs.getString(o + 18))
          .sharingWithManagers(rs.getString(o + 19))
          .reviewDate(Objects.requireNonNull(rs.getObject(o + 20, LocalDate.class)));
    }

    /** Adds a child row of {@link TermsRows}' children statements. */
    void add(ResultSet rs) throws SQLException {
      int kind = rs.getInt(2);
      int ordinal = rs.getInt(3);
      switch (kind) {
        case TermsRows.PURPOSE:
          purposes.add(ordinal, rs.getString(8));
          break;
        case TermsRows.LIMIT:
          limits.add(ordinal, rs.getString(8));
          break;
        case TermsRows.AGREEMENT:
          agreements.add(ordinal, Agreement.builder().party(PersonId.of(rs.getString(4)))
              .role(PartyRole.valueOf(rs.getString(5))).version(number)
              .hash(ContentHash.of(rs.getString(6))).round(rs.getInt(7))
              .at(instant(rs, 9)).build());
          break;
        default:
          objections.add(ordinal, Objection.builder().party(PersonId.of(rs.getString(4)))
              .role(PartyRole.valueOf(rs.getString(5))).version(number)
              .hash(ContentHash.of(rs.getString(6))).round(rs.getInt(7)).reason(rs.getString(8))
              .at(instant(rs, 9)).build());
          break;
      }
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
      return Values.instant(rs.getLong(i));
    }

    TermsVersion build() {
      content.purposes(purposes.values()).confidentialityLimits(limits.values());
      return version.content(content.build()).agreements(agreements.values()).objections(objections.values()).build();
    }
  }
}
