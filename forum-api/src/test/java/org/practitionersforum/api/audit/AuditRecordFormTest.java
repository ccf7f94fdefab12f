package org.practitionersforum.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;

/** An audit record refuses hashes, salts and outcomes of the wrong form (SEC-2). */
class AuditRecordFormTest {
  private static final String HASH = "0123456789abcdef".repeat(4);
  private static final String SALT = "0123456789abcdef".repeat(2);

  private static AuditRecord record(String hash, String salt, String outcome) {
    return new AuditRecord(
        AggregateRef.forum(ForumId.of("f")),
        Optional.empty(),
        Optional.empty(),
        1,
        Operation.FORUM_JOIN,
        Role.PRACTITIONER,
        "p",
        Optional.of(salt),
        HASH,
        Optional.empty(),
        Instant.EPOCH,
        outcome,
        AuditRecord.GENESIS,
        hash);
  }

  @Test
  void wellFormedFieldsMakeARecord() {
    assertThat(record(HASH, SALT, "MemberJoined,FormationStarted").hash()).isEqualTo(HASH);
    assertThat(record(HASH, SALT, "a".repeat(AuditRecord.MAX_OUTCOME)).outcome()).hasSize(400);
    assertThat(record(HASH, SALT, "A_z.0+9-").outcome()).isEqualTo("A_z.0+9-");
  }

  @Test
  void hashesAndSaltsAreLowerCaseHexadecimalOfTheirLength() {
    for (String bad :
        new String[] {
          HASH.toUpperCase(java.util.Locale.ROOT),
          HASH.substring(1),
          HASH + "0",
          HASH.replace('a', 'g'),
          HASH.replace('0', ' ')
        }) {
      assertThatThrownBy(() -> record(bad, SALT, "Stored"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("SEC-2");
    }
    for (String bad : new String[] {SALT.toUpperCase(java.util.Locale.ROOT), SALT + "0", HASH}) {
      assertThatThrownBy(() -> record(HASH, bad, "Stored"))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void anOutcomeIsAShortMachineCode() {
    for (String bad :
        new String[] {"", "two words", "a".repeat(AuditRecord.MAX_OUTCOME + 1), "é", "x;y"}) {
      assertThatThrownBy(() -> record(HASH, SALT, bad))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("SEC-2");
    }
    assertThatThrownBy(() -> record(HASH, SALT, null)).isInstanceOf(InvalidInputException.class);
  }
}
