package org.practitionersforum.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The example application end to end: its controller, its transaction, the SDK and its events. */
@SpringBootTest(properties = "spring.main.banner-mode=off")
@AutoConfigureMockMvc
class JoinControllerTest {
  private static final OrganisationId COUNCIL = OrganisationId.of("riverside-council");
  private static final BaseId BASE = BaseId.of("mill-lane-office");
  private static final LocalityId NORTH = LocalityId.of("north");

  @Autowired MockMvc mvc;
  @Autowired ForumSdk sdk;
  @Autowired JdbcTemplate jdbc;
  @Autowired MemberJoinedNotices notices;

  @Test
  void theSignedInPractitionerJoinsAForum() throws Exception {
    PractitionerId proposer = register("ex-proposer-1", Specialism.ADULTS);
    PractitionerId joiner = register("ex-joiner-1", Specialism.ADULTS);
    propose("ex-forum-1", proposer);

    mvc.perform(post("/forums/ex-forum-1/members").principal(signedIn(joiner)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.forum").value("ex-forum-1"))
        .andExpect(jsonPath("$.members").value(1));

    assertThat(requests("ex-forum-1")).isOne();
    assertThat(notices.forums()).containsOnlyOnce("ex-forum-1");
  }

  @Test
  void nobodySignedInIsRefusedAndNothingIsWritten() throws Exception {
    propose("ex-forum-2", register("ex-proposer-2", Specialism.ADULTS));

    mvc.perform(post("/forums/ex-forum-2/members")).andExpect(status().isUnauthorized());

    assertThat(requests("ex-forum-2")).isZero();
    assertThat(notices.forums()).doesNotContain("ex-forum-2");
  }

  @Test
  void aRefusedJoinRollsBackTheApplicationsOwnRowAndPublishesNothing() throws Exception {
    propose("ex-forum-3", register("ex-proposer-3", Specialism.ADULTS));
    // A children's practitioner cannot join an adults' forum.
    PractitionerId other = register("ex-joiner-3", Specialism.CHILDREN_AND_FAMILIES);

    mvc.perform(post("/forums/ex-forum-3/members").principal(signedIn(other)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.violations[0].code").exists());

    assertThat(requests("ex-forum-3")).isZero();
    assertThat(notices.forums()).doesNotContain("ex-forum-3");
  }

  @Test
  void anUnknownForumIsNotFound() throws Exception {
    PractitionerId joiner = register("ex-joiner-4", Specialism.ADULTS);

    mvc.perform(post("/forums/no-such-forum/members").principal(signedIn(joiner)))
        .andExpect(status().isNotFound());

    assertThat(requests("no-such-forum")).isZero();
  }

  private int requests(String forum) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM forum_join_request WHERE forum_id = ?", Integer.class, forum);
    return n == null ? -1 : n;
  }

  private static Principal signedIn(PractitionerId practitioner) {
    return practitioner::value;
  }

  private PractitionerId register(String id, Specialism specialism) {
    PractitionerId practitioner = PractitionerId.of(id);
    sdk.practitioners()
        .register(
            Actor.administrator(PersonId.of("admin-1")),
            PractitionerProfile.builder()
                .id(practitioner)
                .discipline(Discipline.SOCIAL_WORK)
                .specialism(specialism)
                .base(BASE)
                .organisation(COUNCIL)
                .locality(NORTH)
                .build());
    return practitioner;
  }

  private void propose(String forum, PractitionerId proposer) {
    sdk.forums()
        .propose(
            Actor.practitioner(proposer),
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
  }
}
