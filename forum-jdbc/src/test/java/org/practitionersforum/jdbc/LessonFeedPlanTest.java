package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.LessonStore;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.tck.LessonStoreContract;

/**
 * The tier feed (LS-3) is read from an index in its order on every database, so that a page costs
 * the same however many lessons the tier holds: every shape of the feed's keyset read (the whole
 * tier, a forum's, an organisation's, by kind, and the window after a cursor) is explained, and no
 * plan may sort. H2 says {@code index sorted} only when the ORDER BY names the index's leading
 * columns in the index's own direction; PostgreSQL is asked with sorting disabled, so a Sort node
 * means no ordered path exists; MariaDB must not report a filesort.
 */
class LessonFeedPlanTest {
  private static final String PREFIX = "fp_";

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyShapeOfTheFeedReadsAnIndexInOrder(Dialect dialect) throws Exception {
    DataSource raw =
        switch (dialect) {
          case H2 -> EmbeddedDatabases.h2("feed-plan");
          case POSTGRESQL -> EmbeddedDatabases.postgres();
          case MARIADB -> EmbeddedDatabases.mariadb();
        };
    JdbcForumStorage.builder().dataSource(raw).tablePrefix(PREFIX).build().migrate();
    JdbcForumStorage plain = JdbcForumStorage.builder().dataSource(raw).tablePrefix(PREFIX).build();
    Lesson sample = LessonStoreContract.sampleLessonWithTiers("feed-plan");
    plain.inTransaction(
        tx -> {
          LessonStore ls = ((LessonTransaction) tx).lessons();
          if (ls.find(LessonId.of("feed-plan-0")).isEmpty()) {
            for (int i = 0; i < 200; i++) {
              ls.insert(
                  Lesson.builder()
                      .from(sample)
                      .id(LessonId.of("feed-plan-" + i))
                      .forum(ForumId.of("feed-plan-forum-" + i % 20))
                      .organisation(OrganisationId.of("feed-plan-org-" + i % 10))
                      .build());
            }
          }
          return null;
        });
    analyse(raw, dialect);

    RecordingDataSource recording = new RecordingDataSource(raw);
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(recording.dataSource).tablePrefix(PREFIX).build();
    Optional<ForumId> forum = Optional.of(ForumId.of("feed-plan-forum-3"));
    Optional<OrganisationId> org = Optional.of(OrganisationId.of("feed-plan-org-3"));
    storage.inTransaction(
        tx -> {
          LessonStore ls = ((LessonTransaction) tx).lessons();
          List<PublishedLesson> first =
              ls.findPublished(
                  Tier.FORUM, Optional.empty(), Optional.empty(), Optional.empty(), none(), 5);
          assertThat(first).hasSize(5);
          Optional<FeedCursor> after =
              Optional.of(new FeedCursor(first.get(4).publishedAt(), first.get(4).id()));
          ls.findPublished(
              Tier.FORUM, Optional.empty(), Optional.empty(), Optional.empty(), after, 5);
          ls.findPublished(Tier.FORUM, forum, Optional.empty(), Optional.empty(), none(), 5);
          ls.findPublished(Tier.FORUM, forum, Optional.empty(), Optional.empty(), after, 5);
          ls.findPublished(Tier.FORUM, Optional.empty(), org, Optional.empty(), none(), 5);
          ls.findPublished(Tier.FORUM, Optional.empty(), org, Optional.empty(), after, 5);
          ls.findPublished(Tier.FORUM, Optional.empty(), org, Optional.of(sample.kind()), after, 5);
          return ls.findPublished(Tier.FORUM, forum, org, Optional.empty(), none(), 5);
        });

    List<String> sorting = new ArrayList<>();
    int feeds = 0;
    try (Connection c = raw.getConnection()) {
      if (dialect == Dialect.POSTGRESQL) {
        try (Statement s = c.createStatement()) {
          s.execute("SET enable_sort = off");
          s.execute("SET enable_incremental_sort = off");
        }
      }
      try {
        for (RecordingDataSource.Read read : recording.reads) {
          if (!read.sql().contains("published_at DESC")) {
            continue;
          }
          feeds++;
          boolean ordered =
              switch (dialect) {
                case H2 -> read.explain(c, "EXPLAIN ").contains("/* index sorted */");
                case POSTGRESQL -> !read.explain(c, "EXPLAIN ").contains("Sort");
                case MARIADB -> !read.explain(c, "EXPLAIN FORMAT=JSON ").contains("filesort");
              };
          if (!ordered) {
            sorting.add(read.sql());
          }
        }
      } finally {
        if (dialect == Dialect.POSTGRESQL) {
          try (Statement s = c.createStatement()) {
            s.execute("RESET enable_sort");
            s.execute("RESET enable_incremental_sort");
          }
        }
      }
    }
    assertThat(feeds).as("the feed reads recorded").isEqualTo(8);
    assertThat(sorting).as("feed reads whose plan sorts").isEmpty();
  }

  private static Optional<FeedCursor> none() {
    return Optional.empty();
  }

  /** Fresh statistics, so that each planner sees the tables as they are. */
  private static void analyse(DataSource ds, Dialect dialect) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      switch (dialect) {
        case H2, POSTGRESQL -> s.execute("ANALYZE");
        case MARIADB -> s.execute("ANALYZE TABLE " + PREFIX + "lesson, " + PREFIX + "lesson_tier");
      }
    }
  }
}
