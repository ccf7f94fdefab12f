package org.practitionersforum.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.event.FormationStarted;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.event.MemberJoined;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a Spring Boot application sees of the SDK's transactions, on each database: the SDK's work
 * joins the application's {@code @Transactional} method, so a rollback leaves none of its rows and
 * publishes none of its events; a commit publishes each event once, after the commit.
 */
abstract class TransactionScenarios {
  @Autowired CaseManagementApplication.CaseNotes notes;
  @Autowired CaseManagementApplication.Heard heard;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void forgetWhatWasHeard() {
    heard.clear();
  }

  @Test
  void aRolledBackTransactionLeavesNoRowsAndPublishesNoEvents() {
    assertThatThrownBy(() -> notes.startForumThenFail("rolled-back-forum", "rolled-back-worker"))
        .isInstanceOf(IllegalStateException.class);

    assertThat(count("SELECT COUNT(*) FROM pf_forum WHERE id = 'rolled-back-forum'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM pf_forum_member WHERE forum_id = 'rolled-back-forum'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM pf_practitioner WHERE id = 'rolled-back-worker'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM pf_outbox WHERE forum_id = 'rolled-back-forum'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM case_note WHERE forum_id = 'rolled-back-forum'"))
        .isZero();
    assertThat(heard.events).isEmpty();
  }

  @Test
  void aCommittedTransactionPublishesEachEventOnceAfterTheCommit() {
    notes.startForumAndCommit("committed-forum", "committed-worker");

    assertThat(count("SELECT COUNT(*) FROM pf_forum WHERE id = 'committed-forum'")).isOne();
    assertThat(count("SELECT COUNT(*) FROM case_note WHERE forum_id = 'committed-forum'")).isOne();
    assertThat(heard.events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            ForumProposed.class.getSimpleName(),
            MemberJoined.class.getSimpleName(),
            FormationStarted.class.getSimpleName());
    assertThat(heard.events).allMatch(e -> e.forum().value().equals("committed-forum"));
    assertThat(heard.committed).containsOnly(true);
  }

  @Test
  void withoutATransactionTheSdkCommitsItsOwnAndPublishesEachEventOnce() {
    notes.startForumWithoutTransaction("own-forum", "own-worker");

    assertThat(count("SELECT COUNT(*) FROM pf_forum WHERE id = 'own-forum'")).isOne();
    List<ForumEvent> events = heard.events;
    assertThat(events).hasSize(3).doesNotHaveDuplicates();
    assertThat(heard.committed).containsOnly(true);
  }

  private int count(String sql) {
    Integer n = jdbc.queryForObject(sql, Integer.class);
    return n == null ? -1 : n;
  }
}
