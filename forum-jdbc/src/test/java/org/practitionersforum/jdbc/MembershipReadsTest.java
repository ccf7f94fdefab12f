package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;

/**
 * What a change of membership reads, on H2, in a forum that has lived through {@link
 * FaultInjectionTest#workflow}, when a member who left joins again and leaves again: a join reads
 * no consultation data, since joining can neither end a representative's mandate (CR-7) nor
 * complete the agreements that release a draft response (CR-3); a leave reads the forum's
 * representation and the rounds naming its members, because leaving can do both.
 */
class MembershipReadsTest {
  @Test
  void aJoinReadsNoConsultationDataAndALeaveReadsWhatItMayChange() {
    RecordingDataSource recording =
        new RecordingDataSource(EmbeddedDatabases.h2("membership-reads"));
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(recording.dataSource).tablePrefix("mr_").build();
    storage.migrate();
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(storage)
            .clock(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC))
            .build();
    FaultInjectionTest.workflow(sdk, () -> {});
    ForumId forum = ForumId.of("f");
    PractitionerId newcomer = PractitionerId.of("p2");

    recording.reads.clear();
    sdk.forums().join(Actor.practitioner(newcomer), forum, newcomer);
    List<String> joinReads = tablesRead(recording);

    recording.reads.clear();
    sdk.forums().leave(Actor.practitioner(newcomer), forum, newcomer);
    List<String> leaveReads = tablesRead(recording);

    assertThat(joinReads).isNotEmpty().noneMatch(sql -> sql.contains("mr_consultation"));
    assertThat(leaveReads)
        .anyMatch(sql -> sql.contains("mr_consultation_representation"))
        .anyMatch(sql -> sql.contains("mr_consultation_round"));
  }

  private static List<String> tablesRead(RecordingDataSource recording) {
    return recording.reads.stream().map(r -> r.sql().toLowerCase(Locale.ROOT)).toList();
  }
}
