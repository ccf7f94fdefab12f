package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;

/**
 * The head of an audit chain (SEC-2), which an audited command reads when its SDK has not kept it,
 * costs the same however long the chain: on H2 it is read backwards from the primary key rather
 * than by sorting the chain. That two SDKs on one database keep a chain whole is part of the
 * contract suite ({@code AuditContract}), run on every database.
 */
class AuditChainHeadTest {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  @Test
  void theHeadOfAChainIsReadFromThePrimaryKeyWithoutSortingTheChainOnH2() throws Exception {
    DataSource raw = EmbeddedDatabases.h2("audit-head-plan");
    JdbcForumStorage.builder().dataSource(raw).build().migrate();
    RecordingDataSource recording = new RecordingDataSource(raw);
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(JdbcForumStorage.builder().dataSource(recording.dataSource).build())
            .build();

    FaultInjectionTest.workflow(sdk, () -> {});

    List<RecordingDataSource.Read> heads =
        recording.reads.stream()
            .filter(r -> r.sql().contains("audit_record") && r.sql().contains("DESC"))
            .toList();
    assertThat(heads).isNotEmpty();
    try (Connection c = raw.getConnection()) {
      for (RecordingDataSource.Read head : heads) {
        assertThat(head.explain(c, "EXPLAIN ")).contains("index sorted");
      }
    }
  }
}
