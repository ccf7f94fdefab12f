package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.MemberJoined;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.memory.InMemoryForumStorage;

class HostIntegrationTest {

  @Test
  void joinButtonJoinsAndExplainsRefusalsInPlainWords() {
    List<ForumEvent> received = new ArrayList<>();
    HostIntegration host =
        new HostIntegration(
            new InMemoryForumStorage(),
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC),
            received::add);
    Actor admin = Actor.administrator(ForumTour.ADMIN);
    List<PractitionerProfile> people = ForumTour.volunteers();
    people.forEach(p -> host.sdk().practitioners().register(admin, p));
    ForumId forum = ForumId.of("f-1");
    host.sdk()
        .forums()
        .propose(
            admin,
            ForumProposal.builder()
                .id(forum)
                .name("Mill Lane forum")
                .organisation(ForumTour.TRUST)
                .base(ForumTour.MILL_LANE)
                .locality(ForumTour.NORTH)
                .composition(ForumTour.COMPOSITION)
                .build());

    String joined = host.joinButton(people.get(1).id(), forum);
    String refused = host.joinButton(people.get(0).id(), forum);

    assertThat(joined).isEqualTo("You are now one of 1 members of Mill Lane forum.");
    assertThat(refused).startsWith("You cannot join yet:").contains("FR-7");
    assertThat(received).filteredOn(e -> e instanceof MemberJoined).hasSize(1);
    assertThat(host.sdk().forums().get(admin, forum).sizeBounds().maximum()).isEqualTo(10);
  }
}
