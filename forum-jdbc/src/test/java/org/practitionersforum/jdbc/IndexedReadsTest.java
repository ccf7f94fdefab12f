package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.Mandate;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.Registration;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.Cohort;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.LessonStore;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.spi.RegistrantTransaction;
import org.practitionersforum.api.spi.RepresentationTransaction;
import org.practitionersforum.api.spi.StudyTimeStore;
import org.practitionersforum.api.spi.StudyTimeTransaction;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.tck.ConsultationStoreContract;
import org.practitionersforum.tck.LessonStoreContract;

/**
 * Every statement with which the JDBC storage reads, on PostgreSQL, finds its rows through an
 * index. A workflow makes every kind of read the stores offer; each SELECT it ran is explained
 * again, with the same parameters and with sequential scans disabled, and no plan may scan a table,
 * or a whole index, to find rows: every index scan must have a condition on the index's first
 * column (PostgreSQL 17 can also run a condition on a later column only, by reading the whole
 * index). A read so planned costs by the rows it returns and the depth of the indexes, not by the
 * size of the tables: this is what keeps the PostgreSQL reads of {@code NationalScaleReadBenchmark}
 * flat from one to ten times the data.
 */
class IndexedReadsTest {
  private static final String PREFIX = "ix_";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyReadOfTheStoresFindsItsRowsThroughAnIndex() throws Exception {
    DataSource raw = EmbeddedDatabases.postgres();
    JdbcForumStorage.builder().dataSource(raw).tablePrefix(PREFIX).build().migrate();
    RecordingDataSource recording = new RecordingDataSource(raw);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(recording.dataSource).tablePrefix(PREFIX).build();
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC))
            .build();

    FaultInjectionTest.workflow(sdk, () -> {});
    FaultInjectionTest.termsWorkflow(storage, () -> {});
    ForumId forum = ForumId.of("f");
    storage.inTransaction(
        tx -> {
          tx.forums().find(forum);
          tx.forums().findByBase(BaseId.of("b"));
          tx.forums().findByMember(PractitionerId.of("p0"));
          return tx.forums().findParties(forum);
        });
    storage.inTransaction(tx -> tx.terms().findInForce(forum));
    storage.inTransaction(tx -> tx.terms().hasInForce(forum));
    ForumTerms terms = storage.inTransaction(tx -> tx.terms().find(forum)).orElseThrow();
    ContentHash latest = terms.versions().get(terms.versions().size() - 1).hash();
    storage.inTransaction(tx -> tx.terms().findAgreementRound(forum, latest));
    storage.inTransaction(
        tx -> {
          tx.sessions().find(SessionId.of("s"));
          tx.sessions().findByForum(forum);
          return tx.sessions()
              .findAttended(
                  PractitionerId.of("p0"), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        });
    storage.inTransaction(
        tx -> tx.practitioners().findAll(Set.of(PractitionerId.of("p0"), PractitionerId.of("p1"))));
    // The k-gate's count (AN-4) at each place rung, within an organisation and the network.
    storage.inTransaction(
        tx -> {
          Discipline sw = Discipline.SOCIAL_WORK;
          Optional<Specialism> adults = Optional.of(Specialism.ADULTS);
          Optional<OrganisationId> org = Optional.of(OrganisationId.of("o"));
          tx.practitioners()
              .countSharing(
                  new Cohort(sw, adults, Optional.of(BaseId.of("b")), Optional.empty(), org));
          tx.practitioners()
              .countSharing(
                  new Cohort(
                      sw,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(LocalityId.of("north")),
                      Optional.empty()));
          return tx.practitioners()
              .countSharing(new Cohort(sw, adults, Optional.empty(), Optional.empty(), org));
        });
    // A lesson with its thread, tiers and findings, and code check, and its author in the escrow;
    // then every read of the lesson store and the escrow.
    Lesson lesson = LessonStoreContract.sampleLessonWithTiers("l");
    storage.inTransaction(
        tx -> {
          LessonTransaction lt = (LessonTransaction) tx;
          lt.lessons().insert(lesson);
          lt.lessons().saveCodeCheck(lesson.id(), LessonStoreContract.sampleCheck());
          lt.authorEscrow().insert(lesson.id(), PractitionerId.of("p0"));
          return null;
        });
    storage.inTransaction(
        tx -> {
          LessonTransaction lt = (LessonTransaction) tx;
          lt.lessons().find(lesson.id());
          lt.lessons().findCodeCheck(lesson.id());
          lt.authorEscrow().findAuthor(lesson.id());
          return lt.authorEscrow().findLessons(PractitionerId.of("p0"));
        });
    // Every shape of the tier feed's keyset read: the first window and the next, by forum, by
    // organisation and kind.
    storage.inTransaction(
        tx -> {
          LessonStore ls = ((LessonTransaction) tx).lessons();
          List<PublishedLesson> first =
              ls.findPublished(
                  Tier.FORUM,
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  20);
          ls.findPublished(
              Tier.FORUM,
              Optional.of(lesson.forum()),
              Optional.empty(),
              Optional.empty(),
              Optional.of(new FeedCursor(first.get(0).publishedAt(), first.get(0).id())),
              20);
          return ls.findPublished(
              Tier.ORGANISATION,
              Optional.empty(),
              Optional.of(lesson.organisation()),
              Optional.of(lesson.kind()),
              Optional.empty(),
              20);
        });
    // Every read of the consultation store: a round by id, an organisation's rounds with
    // recommendations still awaiting a disposition, the rounds naming a person, the engagement
    // metrics' aggregates over an organisation's rounds and recommendations of a period; the read
    // of who a round names that an update of a round this unit did not read makes.
    ConsultationRound round = ConsultationStoreContract.sampleRound("r", "p0");
    storage.inTransaction(tx -> ((ConsultationTransaction) tx).consultations().insert(round));
    storage.inTransaction(
        tx -> {
          ConsultationTransaction ct = (ConsultationTransaction) tx;
          ct.consultations().find(RoundId.of("r"));
          ct.consultations().findNaming(PersonId.of("p0"));
          ct.consultations()
              .engagement(
                  OrganisationId.of("o"),
                  LocalDate.of(2026, 1, 1),
                  LocalDate.of(2026, 12, 31),
                  LocalDate.of(2026, 3, 1));
          return ct.consultations()
              .findUndisposed(OrganisationId.of("o"), LocalDate.of(2026, 1, 5));
        });
    storage.inTransaction(
        tx ->
            ((ConsultationTransaction) tx)
                .consultations()
                .update(ConsultationRound.builder().from(round).version(1).build()));
    // The meeting schedule's reads (CR-2): an organisation's meeting rounds and its forums.
    storage.inTransaction(
        tx -> {
          ((ConsultationTransaction) tx).consultations().findMeetings(OrganisationId.of("o"));
          return tx.forums().findByOrganisation(OrganisationId.of("o"));
        });
    // Every read of the representation store (CR-7): by forum, organisation and person, and an
    // update of a representation this unit did not read, which reads its representatives' rows.
    Representation representation =
        Representation.builder()
            .forum(ForumId.of("f"))
            .organisation(OrganisationId.of("o"))
            .addMandates(
                Mandate.builder()
                    .number(1)
                    .representative(PersonId.of("p0"))
                    .scope("Rotas")
                    .startsOn(LocalDate.of(2026, 1, 5))
                    .endsOn(LocalDate.of(2027, 1, 5))
                    .build())
            .build();
    storage.inTransaction(
        tx -> ((RepresentationTransaction) tx).representations().insert(representation));
    storage.inTransaction(
        tx -> {
          RepresentationTransaction rt = (RepresentationTransaction) tx;
          rt.representations().find(ForumId.of("f"));
          rt.representations().findByOrganisation(OrganisationId.of("o"));
          return rt.representations().findNaming(PersonId.of("p0"));
        });
    storage.inTransaction(
        tx ->
            ((RepresentationTransaction) tx)
                .representations()
                .update(Representation.builder().from(representation).version(1).build()));
    // Every read of the repeat store (CR-6): an entry, the candidate lookup by keys, a link, the
    // links of a recommendation at either end, a group through its member; and the writes that
    // merge two groups, which move members by key.
    org.practitionersforum.api.consultation.RecommendationId first =
        new org.practitionersforum.api.consultation.RecommendationId(RoundId.of("r"), forum, 1);
    org.practitionersforum.api.consultation.RecommendationId second =
        new org.practitionersforum.api.consultation.RecommendationId(RoundId.of("r2"), forum, 1);
    storage.inTransaction(
        tx -> {
          org.practitionersforum.api.spi.RepeatStore rs =
              ((org.practitionersforum.api.spi.RepeatTransaction) tx).repeats();
          for (var id : List.of(first, second)) {
            rs.index(
                new org.practitionersforum.api.spi.LedgerEntry(
                    id,
                    OrganisationId.of("o"),
                    LocalDate.of(2026, 1, 5),
                    "Keep Fridays free.",
                    List.of(1L, 2L)));
          }
          return rs.insertLink(
              org.practitionersforum.api.consultation.RepeatLink.suggested(
                  OrganisationId.of("o"), second, first, 1, Instant.EPOCH));
        });
    storage.inTransaction(
        tx -> {
          org.practitionersforum.api.spi.RepeatStore rs =
              ((org.practitionersforum.api.spi.RepeatTransaction) tx).repeats();
          rs.entry(first);
          rs.candidates(OrganisationId.of("o"), List.of(1L, 2L, 3L));
          var link = rs.findLink(second, first).orElseThrow();
          rs.linksOf(first);
          rs.updateLink(
              link.decided(
                  org.practitionersforum.api.consultation.LinkState.CONFIRMED, Instant.EPOCH));
          var kept = rs.groupOf(first).orElseThrow();
          var taken = rs.groupOf(second).orElseThrow();
          rs.deleteGroup(taken);
          return rs.updateGroup(
              kept.with(
                  List.of(first, second),
                  org.practitionersforum.api.consultation.ManagementTier.SERVICE));
        });
    // Every read of the private note store: a note by id, and an author's notes.
    storage.inTransaction(
        tx -> {
          CpdTransaction ct = (CpdTransaction) tx;
          ct.notes().find(NoteId.of("n"));
          return ct.notes().findByAuthor(PractitionerId.of("p0"));
        });
    // Every read of the registrant profile store, and of the study time store: a profile (its
    // head, registrations and discussions), a policy and a grant by key, and a forum's and a base's
    // totals in one aggregate query each.
    storage.inTransaction(
        tx ->
            ((RegistrantTransaction) tx)
                .registrants()
                .insert(
                    RegistrantProfile.empty(PractitionerId.of("p0"))
                        .with(Registration.with("swe"))
                        .withDiscussion(LocalDate.of(2025, 12, 1))));
    storage.inTransaction(
        tx -> {
          ((RegistrantTransaction) tx).registrants().find(PractitionerId.of("p0"));
          StudyTimeStore st = ((StudyTimeTransaction) tx).studyTime();
          st.findPolicy(OrganisationId.of("o"));
          st.findGrant(PractitionerId.of("p0"));
          Instant from = Instant.parse("2025-04-01T00:00:00Z");
          Instant until = Instant.parse("2026-04-01T00:00:00Z");
          st.forumTotals(forum, OrganisationId.of("o"), Duration.ofHours(10), from, until);
          return st.baseTotals(
              BaseId.of("b"), OrganisationId.of("o"), Duration.ofHours(10), from, until);
        });
    // A forum read for a change: its latest state change and facilitation by the primary key read
    // backwards; its history a page at a time by ordinal range, also behind a current read; and
    // an update of a snapshot this unit did not read, which reads the rows after its earlier ones.
    Forum current = storage.inTransaction(tx -> tx.forums().findCurrent(forum)).orElseThrow();
    assertThat(current.earlierHistory()).isPositive();
    storage.inTransaction(tx -> tx.forums().findHistory(forum, 0, 10));
    storage.inTransaction(
        tx -> {
          tx.forums().findCurrent(forum);
          return tx.forums().findHistory(forum, 0, 1);
        });
    storage.inTransaction(tx -> tx.forums().update(current));

    // The tables the plans touch: every table of the schema must be among them, so that no
    // store's reads are left out of the check.
    Set<String> tablesRead = new TreeSet<>();
    List<String> unindexed = new ArrayList<>();
    try (Connection c = raw.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET enable_seqscan = off");
      }
      try {
        Map<String, String> leading = new HashMap<>();
        for (RecordingDataSource.Read read : recording.reads) {
          String plan = read.explain(c, "EXPLAIN (FORMAT JSON) ");
          unindexed.addAll(
              scans(
                  JSON.readTree(plan).get(0).get("Plan"),
                  read.sql(),
                  tablesRead,
                  index -> leading.computeIfAbsent(index, i -> leadingColumn(c, i))));
        }
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("RESET enable_seqscan");
        }
      }
    }
    assertThat(recording.reads).hasSizeGreaterThan(20);
    assertThat(tablesRead)
        .as("the tables the reads touched")
        .containsAll(JdbcStorageContractSupport.TABLES.stream().map(t -> PREFIX + t).toList());
    assertThat(unindexed).as("reads that scan a table or a whole index").isEmpty();
  }

  /** The name of the first column of an index. */
  private static String leadingColumn(Connection c, String index) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.attname FROM pg_index i"
                + " JOIN pg_class x ON x.oid = i.indexrelid"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE x.relname = ?")) {
      ps.setString(1, index);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("index %s exists", index).isTrue();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new AssertionError("could not read index " + index, e);
    }
  }

  /**
   * The scans of a plan that do not look rows up: a sequential scan, or an index scan whose
   * condition does not name the index's first column (which reads the whole index). Adds every
   * relation scanned to {@code tables}.
   */
  private static List<String> scans(
      JsonNode node, String sql, Set<String> tables, Function<String, String> leadingColumn) {
    List<String> found = new ArrayList<>();
    String type = node.path("Node Type").asText();
    if (node.has("Relation Name")) {
      tables.add(node.get("Relation Name").asText());
    }
    boolean indexScan =
        type.equals("Index Scan")
            || type.equals("Index Only Scan")
            || type.equals("Bitmap Index Scan");
    if (type.equals("Seq Scan")
        || indexScan
            && !Pattern.compile(
                    "\\b"
                        + Pattern.quote(leadingColumn.apply(node.path("Index Name").asText()))
                        + "\\b")
                .matcher(node.path("Index Cond").asText())
                .find()) {
      found.add(
          type
              + " "
              + node.path("Index Name").asText(node.path("Relation Name").asText())
              + " "
              + node.path("Index Cond").asText()
              + " in: "
              + sql);
    }
    for (JsonNode child : node.path("Plans")) {
      found.addAll(scans(child, sql, tables, leadingColumn));
    }
    return found;
  }
}
