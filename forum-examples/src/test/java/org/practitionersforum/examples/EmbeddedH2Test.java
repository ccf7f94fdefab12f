package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;

class EmbeddedH2Test {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  private static ForumProposal proposal() {
    return ForumProposal.builder()
        .id(ForumId.of("north-1"))
        .name("North team forum")
        .organisation(OrganisationId.of("org"))
        .base(BaseId.of("north"))
        .locality(LocalityId.of("n"))
        .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
        .build();
  }

  @Test
  void aFileDatabaseKeepsForumsBetweenOpenings(@TempDir Path dir) {
    Clock clock = Clock.fixed(Instant.parse("2026-02-01T09:00:00Z"), ZoneOffset.UTC);
    ForumStorage first = EmbeddedH2.file(dir.resolve("forums"));
    Forum proposed =
        ForumSdk.builder().storage(first).clock(clock).build().forums().propose(ADMIN, proposal());

    ForumStorage again = EmbeddedH2.file(dir.resolve("forums"));
    Forum read =
        ForumSdk.builder().storage(again).clock(clock).build().forums().get(ADMIN, proposed.id());
    assertThat(read).isEqualTo(proposed);
    assertThat(read.version()).isEqualTo(1);
  }

  @Test
  void anInMemoryDatabaseWorksThroughTheServices() {
    ForumSdk sdk = ForumSdk.builder().storage(EmbeddedH2.inMemory("example")).build();
    Forum proposed = sdk.forums().propose(ADMIN, proposal());
    assertThat(sdk.forums().forumsAt(ADMIN, BaseId.of("north"))).containsExactly(proposed);
  }
}
