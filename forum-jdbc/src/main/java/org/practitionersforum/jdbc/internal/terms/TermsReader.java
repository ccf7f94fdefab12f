package org.practitionersforum.jdbc.internal.terms;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Row;
import org.practitionersforum.jdbc.internal.terms.TermsRowMapper.VersionParts;

/**
 * Runs the terms store's reads and assembles terms from their rows. A read of terms is two
 * statements: the versions (joined to the versioned row), then every child row with the
 * versioned row's version again, to check that both statements saw the same terms (on H2 the
 * children a table at a time, the last with the check); a read of the version in force alone is
 * the same narrowed to that version. Whether a version is in force, and the current round of one
 * version, are one narrow statement each. Nothing here remembers what it read: the store does.
 */
final class TermsReader {
  /** How many times a pair of statements is read again when the terms changed between them. */
  private static final int READ_ATTEMPTS = 3;

  private final UnitOfWork uow;
  private final TermsStatements sql;

  TermsReader(UnitOfWork uow, TermsStatements sql) {
    this.uow = uow;
    this.sql = sql;
  }

  /** The aggregate's version and its version rows with their children, as read. */
  static final class Read {
    long version;
    final Map<Integer, VersionParts> versions = new TreeMap<>();
  }

  /** Whether a forum's terms have a version in force, at the terms' version. */
  record Head(long termsVersion, boolean inForce) {}

  /** A round of agreement as read, with the row that recording an agreement to it checks. */
  record Round(long termsVersion, Optional<AgreementRound> round, RoundRow row) {}

  /** Reads a forum's terms whole, with the row keys of their children; empty without terms. */
  Optional<TermsSnapshot> terms(ForumId forum) throws SQLException {
    Optional<Read> rows = read(false, forum.value());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    ForumTerms.Builder terms = ForumTerms.builder().forum(forum).version(rows.get().version);
    Map<Integer, int[]> agreements = new HashMap<>();
    Map<Integer, int[]> objections = new HashMap<>();
    for (VersionParts p : rows.get().versions.values()) {
      terms.addVersions(p.build());
      agreements.put(p.number, p.agreements.ordinals());
      objections.put(p.number, p.objections.ordinals());
    }
    return Optional.of(new TermsSnapshot(terms.build(), agreements, objections));
  }

  /**
   * Reads the version in force of a forum's terms with the terms' version; empty without terms.
   */
  Optional<Read> inForce(ForumId forum) throws SQLException {
    return read(true, forum.value());
  }

  /**
   * Reads whether a forum's terms have a version in force: null without terms, else the terms'
   * version and the answer.
   */
  Head head(ForumId forum) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectHead)) {
      ps.setString(1, forum.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long version = sql.headTerms.row(rs).bigint(TermsColumn.VERSION);
        Row<VersionColumn> inForceRow = sql.headInForce.row(rs);
        inForceRow.integer(VersionColumn.NUMBER);
        boolean inForce = !inForceRow.wasNull();
        return new Head(version, inForce);
      }
    }
  }

  /**
   * Reads the current round of the version with a hash (as {@code ForumTerms.byHash}: the
   * version pending or in force with the hash, else the latest with it); null without terms.
   */
  Round round(ForumId forum, ContentHash hash) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectRound)) {
      ps.setString(1, hash.value());
      ps.setString(2, forum.value());
      Long version = null;
      TreeMap<Integer, AgreementRound.Builder> rounds = new TreeMap<>();
      TreeMap<Integer, TermsStatus> statuses = new TreeMap<>();
      Map<Integer, int[]> roundAndLastOrdinal = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        Row<TermsColumn> terms = sql.roundTerms.row(rs);
        Row<VersionColumn> v = sql.roundVersion.row(rs);
        Row<AgreementColumn> a = sql.roundAgreement.row(rs);
        while (rs.next()) {
          version = terms.bigint(TermsColumn.VERSION);
          int number = v.integer(VersionColumn.NUMBER);
          if (v.wasNull()) {
            continue;
          }
          AgreementRound.Builder r = rounds.get(number);
          int[] row = roundAndLastOrdinal.get(number);
          if (r == null) {
            TermsStatus status = TermsStatus.valueOf(v.string(VersionColumn.STATUS));
            row = new int[] {v.integer(VersionColumn.ROUND), 0};
            r = AgreementRound.builder().forum(forum).termsVersion(version).number(number)
                .hash(hash).status(status).round(row[0]);
            rounds.put(number, r);
            statuses.put(number, status);
            roundAndLastOrdinal.put(number, row);
          }
          int ordinal = a.integer(AgreementColumn.ORDINAL);
          if (a.wasNull()) {
            continue;
          }
          row[1] = Math.max(row[1], ordinal);
          if (a.integer(AgreementColumn.ROUND) == row[0]) {
            r.addAgreements(Agreement.builder()
                .party(PersonId.of(a.string(AgreementColumn.PARTY_ID)))
                .role(PartyRole.valueOf(a.string(AgreementColumn.ROLE))).version(number).hash(hash)
                .round(row[0]).at(a.instant(AgreementColumn.AGREED_AT)).build());
          }
        }
      }
      if (version == null) {
        return null;
      }
      // As ForumTerms.byHash: the version pending or in force with the hash, else the latest.
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
      if (designated == null) {
        return new Round(version, Optional.empty(), null);
      }
      int[] row = roundAndLastOrdinal.get(designated);
      return new Round(version, Optional.of(rounds.get(designated).build()),
          new RoundRow(version, designated, hash.value(), row[0], statuses.get(designated),
              row[1]));
    }
  }

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
      try (PreparedStatement ps = uow.prepare(inForceOnly ? sql.selectInForceVersion
          : sql.selectVersions)) {
        ps.setString(1, forum);
        try (ResultSet rs = ps.executeQuery()) {
          Row<TermsColumn> head = sql.versionHead.row(rs);
          Row<VersionColumn> version = sql.versionRow.row(rs);
          while (rs.next()) {
            if (out == null) {
              out = new Read();
              out.version = head.bigint(TermsColumn.VERSION);
            }
            version.integer(VersionColumn.NUMBER);
            if (!version.wasNull()) {
              VersionParts p = new VersionParts(version);
              out.versions.put(p.number, p);
            }
          }
        }
      }
      if (out == null || out.versions.isEmpty()) {
        return Optional.ofNullable(out);
      }
      long check = sql.childrenByTable == null ? childrenInOneStatement(inForceOnly, forum, out)
          : childrenByTable(inForceOnly, forum, out);
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
  private long childrenInOneStatement(boolean inForceOnly, String forum, Read out)
      throws SQLException {
    long check = -1;
    try (PreparedStatement ps = uow.prepare(inForceOnly ? sql.selectInForceChildren
        : sql.selectChildren)) {
      int i = 1;
      for (int part = 0; part < 3; part++) {
        ps.setString(i++, forum);
        if (inForceOnly && sql.inForceChildrenByNumber) {
          ps.setInt(i++, out.versions.keySet().iterator().next());
        }
      }
      ps.setString(i, forum);
      try (ResultSet rs = ps.executeQuery()) {
        Row<TermsChildColumn> child = new Row<>(rs, TermsStatements.CHILD, 0);
        while (rs.next()) {
          TermsChildKind kind = TermsChildKind.of(child.integer(TermsChildColumn.KIND));
          if (kind == TermsChildKind.CHECK) {
            check = child.bigint(TermsChildColumn.AT);
          } else {
            VersionParts p = out.versions.get(child.integer(TermsChildColumn.NUMBER));
            if (p != null) {
              p.add(child, kind);
            }
          }
        }
      }
    }
    return check;
  }

  /**
   * Reads the child rows of the versions read into {@code out} a table at a time (see {@link
   * TermsStatements#childrenByTable}).
   *
   * @return the version of the forum's terms read with the last of them, or -1 if the terms are
   *     gone
   */
  private long childrenByTable(boolean inForceOnly, String forum, Read out) throws SQLException {
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
          Row<TermsChildColumn> child = new Row<>(rs, TermsStatements.CHILD, 0);
          Row<TermsColumn> terms = sql.byTableCheck.row(rs);
          while (rs.next()) {
            if (last) {
              check = terms.bigint(TermsColumn.VERSION);
            }
            int version = child.integer(TermsChildColumn.NUMBER);
            if (!child.wasNull()) {
              VersionParts p = out.versions.get(version);
              if (p != null) {
                p.add(child, TermsChildKind.of(child.integer(TermsChildColumn.KIND)));
              }
            }
          }
        }
      }
    }
    return check;
  }
}
