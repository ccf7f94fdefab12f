package org.practitionersforum.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;

/** The access policy as data (SEC-1): valid, complete, ordered and rendered the same every time. */
class AccessPolicyTest {

  @Test
  void theStandardPolicyAndTheCeilingKeepEveryInvariant() {
    assertThat(AccessPolicy.standard().toBuilder().build()).isEqualTo(AccessPolicy.standard());
    assertThat(AccessPolicy.ceiling().toBuilder().build()).isEqualTo(AccessPolicy.ceiling());
    for (AccessRow row : AccessPolicy.standard().rows()) {
      assertThat(AccessPolicy.ceiling().rows()).contains(row);
    }
  }

  @Test
  void everyOperationHasARowAndEveryRowNamesItsOperationsRule() {
    AccessPolicy policy = AccessPolicy.standard();
    Set<String> keys = new HashSet<>();
    for (Operation op : Operation.values()) {
      assertThat(policy.rows()).as("rows of %s", op).anyMatch(r -> r.operation() == op);
    }
    for (AccessRow row : policy.rows()) {
      assertThat(row.rule()).isEqualTo(policy.rule(row.operation()));
      assertThat(keys.add(row.operation() + "/" + row.role() + "/" + row.relationship())).isTrue();
      if (row.role() == Role.MANAGER) {
        assertThat(row.view()).isEqualTo(View.UNATTRIBUTED);
      }
    }
  }

  @Test
  void theBriefsRulesAreRows() {
    AccessPolicy policy = AccessPolicy.standard();
    assertThat(policy.rows(Role.PRACTITIONER, Operation.FORUM_JOIN))
        .containsExactly(
            new AccessRow(
                Role.PRACTITIONER, Operation.FORUM_JOIN, Relationship.SELF, View.ALL, "FR-2"));
    for (Role role : List.of(Role.MANAGER, Role.FACILITATOR, Role.ADMINISTRATOR, Role.SYSTEM)) {
      assertThat(policy.allows(role, Operation.FORUM_JOIN)).isFalse();
    }
    assertThat(policy.allows(Role.MANAGER, Operation.TERMS_DRAFT)).isFalse();
    assertThat(policy.rule(Operation.TERMS_DRAFT)).isEqualTo("TR-6");
    assertThat(policy.allows(Role.SYSTEM, Operation.FORUM_PROPOSE)).isFalse();
    assertThat(policy.allows(Role.ADMINISTRATOR, Operation.PRACTITIONER_ERASE)).isTrue();
    assertThat(policy.allows(Role.PRACTITIONER, Operation.PRACTITIONER_EXPORT)).isTrue();
    assertThat(policy.allows(Role.SYSTEM, Operation.AUDIT_VERIFY)).isTrue();
    assertThat(policy.allows(Role.SYSTEM, Operation.AUDIT_QUERY)).isFalse();
  }

  @Test
  void theRenderingIsOneLinePerRowInOrder() {
    String table = AccessPolicy.standard().toMarkdown();
    List<String> lines = table.lines().toList();
    assertThat(lines).hasSize(AccessPolicy.standard().rows().size() + 2);
    assertThat(lines.get(0)).isEqualTo("| Operation | Role | Relationship | View | Rule |");
    assertThat(lines.get(2)).isEqualTo("| FORUM_PROPOSE | PRACTITIONER | ANY | ALL | FR-1 |");
    assertThat(AccessPolicy.standard().toBuilder().build().toMarkdown()).isEqualTo(table);
  }

  @Test
  void aBadRowIsInvalidInput() {
    assertThatThrownBy(
            () ->
                new AccessRow(
                    Role.PRACTITIONER, Operation.FORUM_GET, Relationship.ANY, View.ALL, "any"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("SEC-1: ");
    assertThatThrownBy(() -> AccessPolicy.builder().grant(null, Operation.FORUM_GET, null, null))
        .isInstanceOf(InvalidInputException.class);
    assertThat(AccessPolicy.builder().build().rows()).isEmpty();
  }
}
