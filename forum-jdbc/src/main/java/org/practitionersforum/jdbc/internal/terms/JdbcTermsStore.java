package org.practitionersforum.jdbc.internal.terms;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.TermsStore;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Params;

/**
 * A forum's terms as one versioned row, one row per terms version, and child rows for the purposes
 * and stated limits, agreements and objections. Reads ({@link TermsReader}) go through the unit's
 * {@link TermsReadSet}, so that they repeat: the whole terms, the version in force, whether one is
 * in force and the current round of a version are each answered from what the unit read, and a
 * later read that finds another version of the terms fails. An update is a versioned {@code UPDATE}
 * of the forum's row (which also locks it) followed by only the rows that changed ({@link
 * TermsDiff}); agreeing a version ({@link #recordAgreement}) is that update and one agreement
 * insert.
 */
public final class JdbcTermsStore implements TermsStore {
  private final UnitOfWork uow;
  private final TermsStatements sql;
  private final TermsReadSet reads;
  private final TermsReader reader;

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   */
  public JdbcTermsStore(UnitOfWork uow) {
    this.uow = uow;
    this.sql = uow.statements().terms();
    this.reads = uow.readSet(TermsReadSet.class, TermsReadSet::new);
    this.reader = new TermsReader(uow, sql);
  }

  @Override
  public Optional<ForumTerms> find(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    TermsSnapshot cached = reads.snapshot(forum);
    if (cached != null) {
      return Optional.of(cached.terms());
    }
    if (reads.isAbsent(forum)) {
      return Optional.empty();
    }
    try {
      Optional<TermsSnapshot> found = reader.terms(forum);
      if (found.isEmpty()) {
        reads.markAbsent(forum);
        return Optional.empty();
      }
      long version = found.get().terms().version();
      reads.seen(forum, version);
      reads.remember(forum, found.get(), version);
      return Optional.of(found.get().terms());
    } catch (SQLException e) {
      throw uow.failure(e, "read a forum's terms", "forum's terms");
    }
  }

  @Override
  public Optional<TermsVersion> findInForce(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    TermsSnapshot cached = reads.snapshot(forum);
    if (cached != null) {
      return cached.terms().inForce();
    }
    if (reads.isAbsent(forum)) {
      return Optional.empty();
    }
    Optional<TermsVersion> seenInForce = reads.narrow(forum, TermsReadSet.IN_FORCE);
    if (seenInForce != null) {
      return seenInForce;
    }
    try {
      Optional<TermsReader.Read> rows = reader.inForce(forum);
      if (rows.isEmpty()) {
        reads.markAbsent(forum);
        return Optional.empty();
      }
      reads.seen(forum, rows.get().version);
      Optional<TermsVersion> inForce =
          rows.get().versions.values().stream().findFirst().map(TermsRowMapper.VersionParts::build);
      reads.rememberNarrow(forum, TermsReadSet.IN_FORCE, inForce);
      return inForce;
    } catch (SQLException e) {
      throw uow.failure(e, "read a forum's terms in force", "forum's terms");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Answered from what the unit of work has read (the terms, the version in force, or a forum
   * read that found no terms), else by one narrow statement: the terms row's version and the number
   * of the version in force.
   */
  @Override
  public boolean hasInForce(ForumId forum) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    TermsSnapshot cached = reads.snapshot(forum);
    if (cached != null) {
      return cached.terms().inForce().isPresent();
    }
    if (reads.isAbsent(forum)) {
      return false;
    }
    Optional<TermsVersion> seenInForce = reads.narrow(forum, TermsReadSet.IN_FORCE);
    if (seenInForce != null) {
      return seenInForce.isPresent();
    }
    Boolean known = reads.narrow(forum, TermsReadSet.HAS_IN_FORCE);
    if (known != null) {
      return known;
    }
    try {
      TermsReader.Head head = reader.head(forum);
      if (head == null) {
        reads.markAbsent(forum);
        return false;
      }
      reads.seen(forum, head.termsVersion());
      reads.rememberNarrow(forum, TermsReadSet.HAS_IN_FORCE, head.inForce());
      return head.inForce();
    } catch (SQLException e) {
      throw uow.failure(e, "read whether a forum's terms are in force", "forum's terms");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the terms row's version, the version rows with the hash, and the agreements
   * of their current rounds (answered from the unit's snapshot when it read or wrote the whole
   * terms).
   */
  @Override
  public Optional<AgreementRound> findAgreementRound(ForumId forum, ContentHash hash) {
    uow.checkOpen();
    Checks.notNull(forum, "forum id");
    Checks.notNull(hash, "content hash");
    TermsSnapshot cached = reads.snapshot(forum);
    if (cached != null) {
      ForumTerms t = cached.terms();
      return t.byHash(hash).map(v -> AgreementRound.of(t, v));
    }
    if (reads.isAbsent(forum)) {
      return Optional.empty();
    }
    try {
      TermsReader.Round round = reader.round(forum, hash);
      if (round == null) {
        reads.markAbsent(forum);
        return Optional.empty();
      }
      reads.seen(forum, round.termsVersion());
      if (round.row() != null) {
        reads.rememberNarrow(forum, TermsReadSet.ROUND, round.row());
      }
      return round.round();
    } catch (SQLException e) {
      throw uow.failure(e, "read a round of agreement to a forum's terms", "forum's terms");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two statements, or four when the version comes into force: the versioned update of the terms
   * row (which also locks the forum's terms), then the agreement insert under the next ordinal of
   * the version. When this unit read the version's row at the version the update found (its round,
   * or the whole terms), the terms are still as read: the agreement is checked against that row
   * here (its hash and round, open for agreement or in force) and inserted plainly. Otherwise the
   * insert is conditional on the row itself. Then the version in force leaves force and the open
   * version enters it, conditional on its status, round and hash. The unique constraint on
   * (version, round, party) refuses a second agreement of the party in a round; the foreign key on
   * (version, hash) an agreement to another text.
   */
  @Override
  public long recordAgreement(
      ForumId forum, long termsVersion, Agreement agreement, boolean intoForce) {
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
          reads.dropSnapshot(forum);
          throw missingOrStale(id);
        }
      }
      if (ordinal == 0) {
        throw notAgreeable();
      }
      // With the ordinal known, the terms are still as this unit read them: the update found them
      // at that version, and holds their row until the unit ends. Else the insert checks the row.
      try (PreparedStatement ps =
          uow.prepare(ordinal > 0 ? sql.insertAgreement : sql.insertAgreementChecked)) {
        if (ordinal > 0) {
          TermsRowMapper.bind(Params.of(ps, TermsStatements.AGREEMENT), id, ordinal, agreement);
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
      reads.dropSnapshot(forum);
      throw uow.failure(e, "record an agreement to a forum's terms", "forum's terms");
    } catch (RuntimeException e) {
      reads.dropSnapshot(forum);
      throw e;
    }
    long next = termsVersion + 1;
    TermsSnapshot old = reads.dropSnapshot(forum);
    TermsSnapshot now = null;
    if (old != null && old.terms().version() == termsVersion) {
      // The rows are as that snapshot had them, plus this agreement under the next ordinal.
      ForumTerms terms =
          ForumTerms.builder()
              .from(old.terms().withAgreement(agreement, intoForce))
              .version(next)
              .build();
      Map<Integer, int[]> agreements = new HashMap<>(old.agreements());
      int[] before = agreements.getOrDefault(agreement.version(), new int[0]);
      int[] after = Arrays.copyOf(before, before.length + 1);
      after[before.length] = Arrays.stream(before).max().orElse(0) + 1;
      agreements.put(agreement.version(), after);
      now = new TermsSnapshot(terms, agreements, old.objections());
    }
    reads.written(forum, next, now);
    return next;
  }

  /**
   * The ordinal the agreement takes, from what this unit of work read of its version at {@code
   * termsVersion}: its round ({@link #findAgreementRound}) or the whole terms. 0 if that read
   * refuses the agreement, -1 if there is no such read (the insert then checks the row itself).
   */
  private int knownNextOrdinal(ForumId forum, long termsVersion, Agreement a) {
    RoundRow round = reads.narrow(forum, TermsReadSet.ROUND);
    if (round != null) {
      int ordinal = round.nextOrdinal(termsVersion, a.version(), a.hash().value(), a.round());
      if (ordinal >= 0) {
        return ordinal;
      }
    }
    TermsSnapshot read = reads.snapshot(forum);
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
    return new RoundRow(
            termsVersion,
            a.version(),
            v.get().hash().value(),
            v.get().round(),
            v.get().status(),
            last)
        .nextOrdinal(termsVersion, a.version(), a.hash().value(), a.round());
  }

  private static void bindRound(PreparedStatement ps, int start, String forum, Agreement agreement)
      throws SQLException {
    ps.setString(start, forum);
    ps.setInt(start + 1, agreement.version());
    ps.setString(start + 2, agreement.hash().value());
    ps.setInt(start + 3, agreement.round());
  }

  private static IllegalArgumentException notAgreeable() {
    return new IllegalArgumentException(
        "an agreement is recorded only on a version open for"
            + " agreement or in force, with its hash, in its current round; only an open version"
            + " comes into force");
  }

  @Override
  public ForumTerms insert(ForumTerms terms) {
    uow.checkOpen();
    Checks.notNull(terms, "forum's terms");
    if (terms.version() != 0) {
      throw new IllegalArgumentException("new terms must be at version 0");
    }
    TermsRowMapper.checkStorable(terms);
    String forum = terms.forum().value();
    reads.clearAbsent(terms.forum());
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertTerms)) {
        ps.setString(1, forum);
        ps.setLong(2, 1);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a forum's terms with that forum id already exist");
        }
      }
      TermsDiff rows = TermsDiff.inserting(sql, terms);
      rows.write(uow);
      ForumTerms stored = ForumTerms.builder().from(terms).version(1).build();
      reads.written(terms.forum(), 1, rows.snapshot(stored));
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(terms.forum());
      throw uow.failure(e, "insert a forum's terms", "forum's terms");
    }
  }

  @Override
  public ForumTerms update(ForumTerms terms) {
    uow.checkOpen();
    Checks.notNull(terms, "forum's terms");
    TermsRowMapper.checkStorable(terms);
    String forum = terms.forum().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateTerms)) {
        ps.setString(1, forum);
        ps.setLong(2, terms.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(terms.forum());
          throw missingOrStale(forum);
        }
      }
      TermsSnapshot old = reads.snapshot(terms.forum());
      if (old == null || old.terms().version() != terms.version()) {
        // Not read in this unit of work: read the rows, now locked by the update.
        old = reader.terms(terms.forum()).orElseThrow();
      }
      TermsDiff changes = TermsDiff.of(sql, old, terms);
      changes.write(uow);
      ForumTerms stored = ForumTerms.builder().from(terms).version(terms.version() + 1).build();
      reads.written(terms.forum(), stored.version(), changes.snapshot(stored));
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(terms.forum());
      throw uow.failure(e, "update a forum's terms", "forum's terms");
    }
  }

  private RuntimeException missingOrStale(String forum) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.termsExists)) {
      ps.setString(1, forum);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("forum's terms of reference")
            : new NotFoundException("the forum has no terms of reference");
      }
    }
  }
}
