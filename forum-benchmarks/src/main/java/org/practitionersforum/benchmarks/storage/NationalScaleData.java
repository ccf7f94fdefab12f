package org.practitionersforum.benchmarks.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.jdbc.JdbcForumStorage;

/**
 * Loads a national-scale data set into the SDK's own tables with batched plain-JDBC inserts and a
 * fixed seed. At scale 1: 100,000 practitioners; 15,000 forums of 4 to 8 members, ten to a base;
 * and for each forum terms with three versions (two superseded, one in force), each agreed by every
 * member in every one of its rounds (4, 4 and 3 rounds), about 66 agreements a forum and 1,000,000
 * in all. Other scales multiply every count, so that a base always has ten forums and a
 * practitioner about one: what a read returns stays the same while the tables grow.
 *
 * <p>One template practitioner, forum and terms are written through the SDK first; their rows (the
 * forum row and its proposal history, the three version rows and their purposes and limits) are
 * copied for every generated forum by batched {@code INSERT ... SELECT}, so every loaded row is
 * exactly what the SDK itself writes (content hashes included).
 */
final class NationalScaleData {
  /** The version of the data set's shape: a database loaded with another is loaded again. */
  static final int FORMAT = 1;

  static final String TEMPLATE_FORUM = "template-forum";
  static final int FORUMS_PER_BASE = 10;
  private static final int[] ROUNDS = {4, 4, 3};
  private static final int BATCH = 1_000;

  final int practitioners;
  final int forums;
  long agreements;

  NationalScaleData(double scale) {
    this.practitioners = (int) Math.round(100_000 * scale);
    this.forums = (int) Math.round(15_000 * scale);
  }

  static String practitioner(int i) {
    return "p" + i;
  }

  static String forum(int j) {
    return "f" + j;
  }

  static String base(int b) {
    return "b" + b;
  }

  /** Writes the template rows through the SDK, then generates the rest. */
  void load(DataSource ds, JdbcForumStorage storage, ForumSdk sdk) throws SQLException {
    Actor admin = Actor.administrator(PersonId.of("admin"));
    sdk.practitioners()
        .register(
            admin,
            PractitionerProfile.builder()
                .id(PractitionerId.of("template-p"))
                .discipline(Discipline.SOCIAL_WORK)
                .specialism(Specialism.ADULTS)
                .base(BaseId.of("b0"))
                .organisation(OrganisationId.of("o"))
                .locality(LocalityId.of("l"))
                .build());
    sdk.forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(ForumId.of(TEMPLATE_FORUM))
                .name("A national forum")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("template-base"))
                .locality(LocalityId.of("l"))
                .sponsor(PersonId.of("sponsor"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    ForumTerms.Builder terms = ForumTerms.builder().forum(ForumId.of(TEMPLATE_FORUM)).version(0);
    for (int n = 1; n <= 3; n++) {
      TermsContent content = TermsTemplate.standard(LocalDate.of(2025 + n, 1, 1));
      Instant at = t0.plusSeconds(86_400L * 30 * n);
      TermsVersion.Builder v =
          TermsVersion.builder()
              .number(n)
              .content(content)
              .hash(ContentHash.of(content))
              .status(n < 3 ? TermsStatus.SUPERSEDED : TermsStatus.IN_FORCE)
              .round(ROUNDS[n - 1])
              .draftedAt(at)
              .openedAt(at)
              .inForceAt(at);
      if (n < 3) {
        v.endedAt(at.plusSeconds(86_400L * 30));
      }
      terms.addVersions(v.build());
    }
    ForumTerms template = terms.build();
    storage.inTransaction(tx -> tx.terms().insert(template));
    String[] hashes =
        template.versions().stream().map(v -> v.hash().value()).toArray(String[]::new);

    Random random = new Random(20_261_121L);
    int bases = Math.max(1, forums / FORUMS_PER_BASE);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO pf_practitioner"
                  + " (id, discipline, specialism, base_id, organisation_id, locality_id, line_manager_id, version)"
                  + " SELECT ?, discipline, specialism, ?, organisation_id, locality_id, NULL, version"
                  + " FROM pf_practitioner WHERE id = 'template-p'")) {
        for (int i = 0; i < practitioners; i++) {
          ps.setString(1, practitioner(i));
          ps.setString(2, base(i % bases));
          add(ps, i, c);
        }
        ps.executeBatch();
      }
      c.commit();
      List<int[]> members = new ArrayList<>(forums);
      for (int j = 0; j < forums; j++) {
        int size = 4 + random.nextInt(5);
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < size) {
          chosen.add(random.nextInt(practitioners));
        }
        members.add(chosen.stream().mapToInt(Integer::intValue).toArray());
      }
      copy(
          c,
          "INSERT INTO pf_forum (id, organisation_id, base_id, locality_id, name, discipline_mix,"
              + " discipline, specialism_mix, specialism, focus, min_members, max_members,"
              + " line_management_excluded, sponsor_id, state, proposed_at, member_count, version)"
              + " SELECT ?, organisation_id, ?, locality_id, name, discipline_mix, discipline, specialism_mix,"
              + " specialism, focus, min_members, max_members, line_management_excluded, sponsor_id, 'FORMING',"
              + " proposed_at, ?, version FROM pf_forum WHERE id = '"
              + TEMPLATE_FORUM
              + "'",
          (ps, j) -> {
            ps.setString(2, base(j % bases));
            ps.setInt(3, members.get(j).length);
          });
      copy(
          c,
          "INSERT INTO pf_forum_history (forum_id, ordinal, from_state, to_state, reason, by_role, changed_at)"
              + " SELECT ?, ordinal, from_state, to_state, reason, by_role, changed_at FROM pf_forum_history"
              + " WHERE forum_id = '"
              + TEMPLATE_FORUM
              + "'",
          (ps, j) -> {});
      copy(c, "INSERT INTO pf_forum_terms (forum_id, version) VALUES (?, 1)", (ps, j) -> {});
      copy(
          c,
          "INSERT INTO pf_terms_version (forum_id, number, status, round, content_hash,"
              + " in_force_forum_id, drafted_at, opened_at, in_force_at, ended_at, confidentiality, attendance,"
              + " equal_airtime, cadence, quorum, facilitation, facilitation_ends, decision_making,"
              + " sharing_with_managers, review_date) SELECT ?, number, status, round, content_hash,"
              + " CASE WHEN in_force_forum_id IS NULL THEN NULL ELSE ? END, drafted_at, opened_at, in_force_at,"
              + " ended_at, confidentiality, attendance, equal_airtime, cadence, quorum, facilitation,"
              + " facilitation_ends, decision_making, sharing_with_managers, review_date FROM pf_terms_version"
              + " WHERE forum_id = '"
              + TEMPLATE_FORUM
              + "'",
          (ps, j) -> ps.setString(2, forum(j)));
      copy(
          c,
          "INSERT INTO pf_terms_item (forum_id, number, kind, ordinal, text) SELECT ?, number, kind,"
              + " ordinal, text FROM pf_terms_item WHERE forum_id = '"
              + TEMPLATE_FORUM
              + "'",
          (ps, j) -> {});
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO pf_forum_member"
                  + " (forum_id, ordinal, practitioner_id, joined_at) VALUES (?, ?, ?, ?)")) {
        int rows = 0;
        for (int j = 0; j < forums; j++) {
          int[] m = members.get(j);
          for (int k = 0; k < m.length; k++) {
            ps.setString(1, forum(j));
            ps.setInt(2, k + 1);
            ps.setString(3, practitioner(m[k]));
            ps.setLong(4, 1_704_067_200_000_000_000L + k);
            add(ps, rows++, c);
          }
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO pf_terms_agreement"
                  + " (forum_id, number, ordinal, party_id, role, content_hash, round, agreed_at)"
                  + " VALUES (?, ?, ?, ?, 'MEMBER', ?, ?, ?)")) {
        long rows = 0;
        for (int j = 0; j < forums; j++) {
          int[] m = members.get(j);
          for (int n = 1; n <= 3; n++) {
            int ordinal = 0;
            for (int r = 1; r <= ROUNDS[n - 1]; r++) {
              for (int p : m) {
                ps.setString(1, forum(j));
                ps.setInt(2, n);
                ps.setInt(3, ++ordinal);
                ps.setString(4, practitioner(p));
                ps.setString(5, hashes[n - 1]);
                ps.setInt(6, r);
                ps.setLong(7, 1_704_067_200_000_000_000L + ordinal);
                add(ps, (int) (rows++ % Integer.MAX_VALUE), c);
              }
            }
          }
        }
        ps.executeBatch();
        agreements = rows;
      }
      c.commit();
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps, int forum) throws SQLException;
  }

  /** One copied row set per generated forum; the first parameter is the forum's id. */
  private void copy(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int j = 0; j < forums; j++) {
        ps.setString(1, forum(j));
        binder.bind(ps, j);
        add(ps, j, c);
      }
      ps.executeBatch();
    }
    c.commit();
  }

  private static void add(PreparedStatement ps, int row, Connection c) throws SQLException {
    ps.addBatch();
    if (row % BATCH == BATCH - 1) {
      ps.executeBatch();
      c.commit();
    }
  }

  static Clock clock() {
    return Clock.systemUTC();
  }
}
