package org.practitionersforum.spring.boot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.practitionersforum.api.event.ForumEvent;
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
import org.practitionersforum.core.ForumSdk;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small case-management application: its own table of case notes, written in the same
 * transactions as the SDK's writes, and a listener of the SDK's events.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CaseManagementApplication.CaseNotes.class, CaseManagementApplication.Heard.class})
class CaseManagementApplication {
  static final OrganisationId COUNCIL = OrganisationId.of("riverside-council");
  static final BaseId BASE = BaseId.of("mill-lane-office");
  static final LocalityId NORTH = LocalityId.of("north");

  /** The application's service: one transaction for its note and the SDK's writes. */
  static class CaseNotes {
    private final ForumSdk sdk;
    private final JdbcTemplate jdbc;

    CaseNotes(ForumSdk sdk, JdbcTemplate jdbc) {
      this.sdk = sdk;
      this.jdbc = jdbc;
    }

    /** Registers a practitioner, who proposes a forum and joins it; notes it; then fails. */
    @Transactional
    public void startForumThenFail(String forum, String practitioner) {
      startForum(forum, practitioner);
      throw new IllegalStateException("the application's own rule refused the change");
    }

    /** Registers a practitioner, who proposes a forum and joins it; and notes it. */
    @Transactional
    public void startForumAndCommit(String forum, String practitioner) {
      startForum(forum, practitioner);
    }

    /** The same work without a transaction of the application's: the SDK runs its own. */
    public void startForumWithoutTransaction(String forum, String practitioner) {
      startForum(forum, practitioner);
    }

    private void startForum(String forum, String practitioner) {
      PractitionerId id = PractitionerId.of(practitioner);
      sdk.practitioners()
          .register(
              Actor.administrator(PersonId.of("admin-1")),
              PractitionerProfile.builder()
                  .id(id)
                  .discipline(Discipline.SOCIAL_WORK)
                  .specialism(Specialism.ADULTS)
                  .base(BASE)
                  .organisation(COUNCIL)
                  .locality(NORTH)
                  .build());
      jdbc.update("INSERT INTO case_note (forum_id, note) VALUES (?, ?)", forum, "proposed");
      sdk.forums()
          .propose(
              Actor.practitioner(id),
              ForumProposal.builder()
                  .id(ForumId.of(forum))
                  .name("Mill Lane practitioners' forum")
                  .organisation(COUNCIL)
                  .base(BASE)
                  .locality(NORTH)
                  .composition(
                      Composition.builder()
                          .disciplineMix(Composition.Mix.MULTI)
                          .specialismMix(Composition.Mix.SINGLE)
                          .specialism(Specialism.ADULTS)
                          .focus(Composition.Focus.ORGANISATION)
                          .build())
                  .build());
      sdk.forums().join(Actor.practitioner(id), ForumId.of(forum), id);
    }
  }

  /**
   * The SDK's events as the application hears them, and whether the forum each names was already
   * committed (visible on a connection of its own) when it was heard.
   */
  static class Heard {
    final List<ForumEvent> events = new CopyOnWriteArrayList<>();
    final List<Boolean> committed = new CopyOnWriteArrayList<>();
    private final DataSource dataSource;

    Heard(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @EventListener
    void on(ForumEvent event) {
      events.add(event);
      committed.add(visibleElsewhere(event.forum()));
    }

    private boolean visibleElsewhere(ForumId forum) {
      try (var c = dataSource.getConnection();
          var ps = c.prepareStatement("SELECT COUNT(*) FROM pf_forum WHERE id = ?")) {
        ps.setString(1, forum.value());
        try (var rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1) == 1;
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    void clear() {
      events.clear();
      committed.clear();
    }
  }
}
