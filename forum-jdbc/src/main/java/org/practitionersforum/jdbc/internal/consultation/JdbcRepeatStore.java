package org.practitionersforum.jdbc.internal.consultation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RepeatGroup;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.RepeatStore;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Batch;

/**
 * The repeat index, links and groups (CR-6) in four tables of migration V15. An entry is one row
 * with its keys, and each key one row of the band table, whose primary key (organisation, key, date
 * raised, entry) is the lookup: the candidates of a text are read by one statement, a {@code UNION
 * ALL} of one index range per key, each newest first and cut at {@link #BUCKET_CAP} rows. Links and
 * groups are JSON documents under an optimistic version; each entry names its group, so a group is
 * found through the entry's primary key.
 */
public final class JdbcRepeatStore implements RepeatStore {
  private static final String ENTRY_COLUMNS =
      "e.round_id, e.forum_id, e.rec_number, e.organisation_id, e.raised_on, e.body, e.band_keys";

  private final UnitOfWork uow;
  private final Sql sql;

  /** The statements of the repeat tables for one configuration. Immutable. */
  public static final class Sql {
    final String insertEntry;
    final String insertBand;
    final String insertGroup;
    final String entry;
    final String[] candidates = new String[LedgerEntry.MAX_KEYS + 1];
    final String link;
    final String insertLink;
    final String updateLink;
    final String linkVersion;
    final String linksOf;
    final String groupOf;
    final String updateGroup;
    final String moveMember;
    final String deleteGroup;
    final String groupVersion;

    /**
     * Builds the statements.
     *
     * @param t the table names
     */
    public Sql(Tables t) {
      String entryT = t.repeatEntry();
      String band = t.repeatBand();
      String linkT = t.repeatLink();
      String group = t.repeatGroup();
      insertEntry =
          "INSERT INTO "
              + entryT
              + " (entry_key, round_id, forum_id, rec_number, organisation_id, raised_on, body,"
              + " band_keys, group_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
      insertBand =
          "INSERT INTO "
              + band
              + " (organisation_id, band_key, raised_on, entry_key) VALUES (?, ?, ?, ?)";
      insertGroup =
          "INSERT INTO "
              + group
              + " (group_key, organisation_id, document, version) VALUES (?, ?, ?, 1)";
      entry = "SELECT " + ENTRY_COLUMNS + " FROM " + entryT + " e WHERE e.entry_key = ?";
      for (int n = 1; n <= LedgerEntry.MAX_KEYS; n++) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            b.append(" UNION ALL ");
          }
          b.append("(SELECT ")
              .append(ENTRY_COLUMNS)
              .append(" FROM ")
              .append(band)
              .append(" b JOIN ")
              .append(entryT)
              .append(" e ON e.entry_key = b.entry_key")
              .append(" WHERE b.organisation_id = ? AND b.band_key = ?")
              .append(" ORDER BY b.raised_on DESC, b.entry_key DESC LIMIT ")
              .append(BUCKET_CAP)
              .append(")");
        }
        candidates[n] = b.toString();
      }
      link = "SELECT document, version FROM " + linkT + " WHERE newer_key = ? AND earlier_key = ?";
      insertLink =
          "INSERT INTO "
              + linkT
              + " (newer_key, earlier_key, organisation_id, state, document, version)"
              + " VALUES (?, ?, ?, ?, ?, 1)";
      updateLink =
          "UPDATE "
              + linkT
              + " SET state = ?, document = ?, version = version + 1"
              + " WHERE newer_key = ? AND earlier_key = ? AND version = ?";
      linkVersion = "SELECT version FROM " + linkT + " WHERE newer_key = ? AND earlier_key = ?";
      linksOf =
          "SELECT document, version FROM "
              + linkT
              + " WHERE newer_key = ? UNION ALL SELECT document, version FROM "
              + linkT
              + " WHERE earlier_key = ? AND newer_key <> ?";
      groupOf =
          "SELECT g.document, g.version FROM "
              + entryT
              + " e JOIN "
              + group
              + " g ON g.group_key = e.group_key WHERE e.entry_key = ?";
      updateGroup =
          "UPDATE "
              + group
              + " SET document = ?, version = version + 1 WHERE group_key = ? AND version = ?";
      moveMember = "UPDATE " + entryT + " SET group_key = ? WHERE entry_key = ? AND group_key <> ?";
      deleteGroup = "DELETE FROM " + group + " WHERE group_key = ? AND version = ?";
      groupVersion = "SELECT version FROM " + group + " WHERE group_key = ?";
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the repeat statements
   */
  public JdbcRepeatStore(UnitOfWork uow, Sql sql) {
    this.uow = uow;
    this.sql = sql;
  }

  @Override
  public void index(LedgerEntry entry) {
    uow.checkOpen();
    Checks.notNull(entry, "ledger entry");
    String key = key(entry.id());
    RepeatGroup alone =
        new RepeatGroup(
            entry.id(), entry.organisation(), List.of(entry.id()), ManagementTier.SERVICE, 1);
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertEntry)) {
        ps.setString(1, key);
        ps.setString(2, entry.id().round().value());
        ps.setString(3, entry.id().forum().value());
        ps.setInt(4, entry.id().number());
        ps.setString(5, entry.organisation().value());
        ps.setLong(6, entry.raisedOn().toEpochDay());
        ps.setString(7, entry.text());
        ps.setString(
            8, entry.keys().stream().map(String::valueOf).collect(Collectors.joining(",")));
        ps.setString(9, key);
        ps.executeUpdate();
      }
      Batch bands = new Batch(sql.insertBand);
      for (Long k : entry.keys()) {
        bands.add(
            ps -> {
              ps.setString(1, entry.organisation().value());
              ps.setLong(2, k);
              ps.setLong(3, entry.raisedOn().toEpochDay());
              ps.setString(4, key);
            });
      }
      bands.run(uow);
      try (PreparedStatement ps = uow.prepare(sql.insertGroup)) {
        ps.setString(1, key);
        ps.setString(2, entry.organisation().value());
        ps.setString(3, ForumJson.write(alone));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "index a recommendation", "ledger entry");
    }
  }

  @Override
  public Optional<LedgerEntry> entry(RecommendationId id) {
    uow.checkOpen();
    Checks.notNull(id, "recommendation id");
    try (PreparedStatement ps = uow.prepare(sql.entry)) {
      ps.setString(1, key(id));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a ledger entry", "ledger entry");
    }
  }

  @Override
  public List<LedgerEntry> candidates(OrganisationId organisation, List<Long> keys) {
    uow.checkOpen();
    Checks.notNull(organisation, "organisation id");
    List<Long> distinct = Checks.notNull(keys, "keys").stream().distinct().toList();
    if (distinct.isEmpty()) {
      return List.of();
    }
    if (distinct.size() > LedgerEntry.MAX_KEYS) {
      throw new org.practitionersforum.api.InvalidInputException(
          "CR-6: a lookup names at most " + LedgerEntry.MAX_KEYS + " keys");
    }
    Map<RecommendationId, LedgerEntry> out = new LinkedHashMap<>();
    try (PreparedStatement ps = uow.prepare(sql.candidates[distinct.size()])) {
      int i = 1;
      for (Long k : distinct) {
        ps.setString(i++, organisation.value());
        ps.setLong(i++, k);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LedgerEntry e = entry(rs);
          out.putIfAbsent(e.id(), e);
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "find repeat candidates", "ledger entry");
    }
    return List.copyOf(out.values());
  }

  @Override
  public Optional<RepeatLink> findLink(RecommendationId newer, RecommendationId earlier) {
    uow.checkOpen();
    Checks.notNull(newer, "recommendation id");
    Checks.notNull(earlier, "recommendation id");
    try (PreparedStatement ps = uow.prepare(sql.link)) {
      ps.setString(1, key(newer));
      ps.setString(2, key(earlier));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(link(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a repeat link", "repeat link");
    }
  }

  @Override
  public RepeatLink insertLink(RepeatLink link) {
    uow.checkOpen();
    Checks.notNull(link, "repeat link");
    if (link.version() != 0) {
      throw new IllegalArgumentException("a new repeat link must be at version 0");
    }
    RepeatLink stored = link.withVersion(1);
    try (PreparedStatement ps = uow.prepare(sql.insertLink)) {
      ps.setString(1, key(link.newer()));
      ps.setString(2, key(link.earlier()));
      ps.setString(3, link.organisation().value());
      ps.setString(4, link.state().name());
      ps.setString(5, ForumJson.write(stored));
      ps.executeUpdate();
      return stored;
    } catch (SQLException e) {
      throw uow.failure(e, "insert a repeat link", "repeat link");
    }
  }

  @Override
  public RepeatLink updateLink(RepeatLink link) {
    uow.checkOpen();
    Checks.notNull(link, "repeat link");
    RepeatLink stored = link.withVersion(link.version() + 1);
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateLink)) {
        ps.setString(1, link.state().name());
        ps.setString(2, ForumJson.write(stored));
        ps.setString(3, key(link.newer()));
        ps.setString(4, key(link.earlier()));
        ps.setLong(5, link.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(sql.linkVersion, "repeat link", link.newer(), link.earlier());
        }
      }
      return stored;
    } catch (SQLException e) {
      throw uow.failure(e, "update a repeat link", "repeat link");
    }
  }

  @Override
  public List<RepeatLink> linksOf(RecommendationId id) {
    uow.checkOpen();
    Checks.notNull(id, "recommendation id");
    List<RepeatLink> out = new ArrayList<>();
    try (PreparedStatement ps = uow.prepare(sql.linksOf)) {
      ps.setString(1, key(id));
      ps.setString(2, key(id));
      ps.setString(3, key(id));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(link(rs));
        }
      }
    } catch (SQLException e) {
      throw uow.failure(e, "list repeat links", "repeat link");
    }
    out.sort(Comparator.comparing(RepeatLink::newer).thenComparing(RepeatLink::earlier));
    return out;
  }

  @Override
  public Optional<RepeatGroup> groupOf(RecommendationId member) {
    uow.checkOpen();
    Checks.notNull(member, "recommendation id");
    try (PreparedStatement ps = uow.prepare(sql.groupOf)) {
      ps.setString(1, key(member));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(group(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a repeat group", "repeat group");
    }
  }

  @Override
  public RepeatGroup updateGroup(RepeatGroup group) {
    uow.checkOpen();
    Checks.notNull(group, "repeat group");
    RepeatGroup stored = group.withVersion(group.version() + 1);
    String key = key(group.id());
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateGroup)) {
        ps.setString(1, ForumJson.write(stored));
        ps.setString(2, key);
        ps.setLong(3, group.version());
        if (ps.executeUpdate() == 0) {
          throw missingOrStale(sql.groupVersion, "repeat group", group.id(), null);
        }
      }
      Batch moves = new Batch(sql.moveMember);
      for (RecommendationId m : group.members()) {
        moves.add(
            ps -> {
              ps.setString(1, key);
              ps.setString(2, key(m));
              ps.setString(3, key);
            });
      }
      moves.run(uow);
      return stored;
    } catch (SQLException e) {
      throw uow.failure(e, "update a repeat group", "repeat group");
    }
  }

  @Override
  public void deleteGroup(RepeatGroup group) {
    uow.checkOpen();
    Checks.notNull(group, "repeat group");
    try (PreparedStatement ps = uow.prepare(sql.deleteGroup)) {
      ps.setString(1, key(group.id()));
      ps.setLong(2, group.version());
      if (ps.executeUpdate() == 0) {
        throw missingOrStale(sql.groupVersion, "repeat group", group.id(), null);
      }
    } catch (SQLException e) {
      throw uow.failure(e, "delete a repeat group", "repeat group");
    }
  }

  /**
   * The key of a recommendation in the repeat tables: the SHA-256, in hex, of its round id, forum
   * id and number separated by line feeds, which no id may contain.
   *
   * @param id the recommendation
   * @return 64 hexadecimal digits
   */
  public static String key(RecommendationId id) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (id.round().value() + "\n" + id.forum().value() + "\n" + id.number())
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static LedgerEntry entry(ResultSet rs) throws SQLException {
    RecommendationId id =
        new RecommendationId(
            RoundId.of(rs.getString(1)), ForumId.of(rs.getString(2)), rs.getInt(3));
    String keys = rs.getString(7);
    List<Long> parsed =
        keys.isEmpty() ? List.of() : Arrays.stream(keys.split(",")).map(Long::valueOf).toList();
    return new LedgerEntry(
        id,
        OrganisationId.of(rs.getString(4)),
        LocalDate.ofEpochDay(rs.getLong(5)),
        rs.getString(6),
        parsed);
  }

  private static RepeatLink link(ResultSet rs) throws SQLException {
    try {
      return ForumJson.read(rs.getString(1), RepeatLink.class).withVersion(rs.getLong(2));
    } catch (RuntimeException e) {
      throw new StorageException("a stored repeat link cannot be read as one", false, null);
    }
  }

  private static RepeatGroup group(ResultSet rs) throws SQLException {
    try {
      return ForumJson.read(rs.getString(1), RepeatGroup.class).withVersion(rs.getLong(2));
    } catch (RuntimeException e) {
      throw new StorageException("a stored repeat group cannot be read as one", false, null);
    }
  }

  private RuntimeException missingOrStale(
      String versionSql, String what, RecommendationId a, RecommendationId b) throws SQLException {
    try (PreparedStatement ps = uow.prepare(versionSql)) {
      ps.setString(1, key(a));
      if (b != null) {
        ps.setString(2, key(b));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException(what)
            : new NotFoundException("no such " + what);
      }
    }
  }
}
