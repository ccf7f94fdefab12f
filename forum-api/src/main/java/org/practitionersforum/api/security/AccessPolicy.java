package org.practitionersforum.api.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * Who may do what, and see what (SEC-1), as data: rows of role x {@link Operation} x the {@link
 * Relationship} the actor must have to the forum or person acted on x the {@link View} of the
 * result, each naming the rule it enforces. A role and operation with no row whose relationship
 * holds is refused with a {@link org.practitionersforum.api.PermissionDeniedException} naming the
 * operation's rule ({@link #rule(Operation)}); when several rows hold, the widest view applies.
 *
 * <p>{@link #standard()} is the policy of the brief. An organisation may have its own policy
 * ({@code ForumSdk.Builder.accessPolicy}), built from the standard one with {@link #toBuilder()}:
 * it may revoke any grant, and add grants only up to {@link #ceiling()}. Whatever is built keeps
 * these invariants, and {@link Builder#build()} refuses a policy that would break one, naming its
 * rule:
 *
 * <ul>
 *   <li>SEC-1: managers never see reflective content, draft material or who said what: every
 *       manager row has the {@link View#UNATTRIBUTED} view;
 *   <li>FR-2: only a practitioner makes themselves a member: joining, accepting an invitation and
 *       joining by agreeing are granted only to a practitioner acting for themselves ({@link
 *       Relationship#SELF}); leaving only to the practitioner themselves, or to an administrator or
 *       the system, who may remove a member;
 *   <li>TR-2: a party agrees or objects for themselves only ({@link Relationship#PARTY});
 *   <li>TR-6: managers, administrators and the system never draft or propose a forum's terms.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessPolicy {
  private static final Comparator<AccessRow> ORDER =
      Comparator.comparing(AccessRow::operation)
          .thenComparing(AccessRow::role)
          .thenComparing(AccessRow::relationship);
  private static final int ROLES = Role.values().length;
  private static final AccessPolicy STANDARD = new AccessPolicy(StandardRows.standard());
  private static final AccessPolicy CEILING = new AccessPolicy(StandardRows.ceiling());

  private final List<AccessRow> rows;
  private final List<List<AccessRow>> byRoleAndOperation;

  private AccessPolicy(List<AccessRow> rows) {
    List<AccessRow> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    this.rows = List.copyOf(sorted);
    List<List<AccessRow>> index = new ArrayList<>();
    for (int i = 0; i < ROLES * Operation.values().length; i++) {
      index.add(new ArrayList<>());
    }
    for (AccessRow row : this.rows) {
      index.get(slot(row.role(), row.operation())).add(row);
    }
    List<List<AccessRow>> frozen = new ArrayList<>(index.size());
    index.forEach(l -> frozen.add(List.copyOf(l)));
    this.byRoleAndOperation = List.copyOf(frozen);
  }

  private static int slot(Role role, Operation operation) {
    return operation.ordinal() * ROLES + role.ordinal();
  }

  /**
   * Returns the standard policy: what the brief lets each role do and see.
   *
   * @return the standard policy
   */
  public static AccessPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the ceiling: the most any organisation's policy may grant. It is the standard policy
   * with a few grants an organisation may add: managers listing the forums of a base (seeing
   * nothing attributed), a facilitator naming the forum's sponsor, administrators recording a
   * session, producing a practitioner's CPD evidence and removing a member.
   *
   * @return the ceiling, itself a valid policy
   */
  public static AccessPolicy ceiling() {
    return CEILING;
  }

  /**
   * Returns a builder with no rows.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's rows, to derive an organisation's policy from it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    rows.forEach(b::put);
    return b;
  }

  /**
   * Returns every row, ordered by operation, then role, then relationship.
   *
   * @return the rows, unmodifiable
   */
  public List<AccessRow> rows() {
    return rows;
  }

  /**
   * Returns the rows of one role and operation.
   *
   * @param role the role
   * @param operation the operation
   * @return the rows, ordered by relationship; empty if the role may never perform the operation
   * @throws InvalidInputException if an argument is null
   */
  public List<AccessRow> rows(Role role, Operation operation) {
    return byRoleAndOperation.get(
        slot(Checks.notNull(role, "role"), Checks.notNull(operation, "operation")));
  }

  /**
   * Tells whether a role may perform an operation at all, in some relationship.
   *
   * @param role the role
   * @param operation the operation
   * @return true if the policy has a row for them
   * @throws InvalidInputException if an argument is null
   */
  public boolean allows(Role role, Operation operation) {
    return !rows(role, operation).isEmpty();
  }

  /**
   * Returns the tag of the rule an operation enforces: what its rows name and what a refusal of it
   * names. The same in every policy.
   *
   * @param operation the operation
   * @return a rule tag such as {@code "FR-2"}
   * @throws InvalidInputException if the operation is null
   */
  public String rule(Operation operation) {
    return StandardRows.RULES.get(Checks.notNull(operation, "operation"));
  }

  /**
   * Renders the policy as a Markdown table, one line per row in the order of {@link #rows()}: the
   * same text for the same rows, so documentation can show it and tests can compare it.
   *
   * @return the table, each line ending in a line feed
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("| Operation | Role | Relationship | View | Rule |\n");
    out.append("|---|---|---|---|---|\n");
    for (AccessRow r : rows) {
      out.append("| ")
          .append(r.operation())
          .append(" | ")
          .append(r.role())
          .append(" | ")
          .append(r.relationship())
          .append(" | ")
          .append(r.view())
          .append(" | ")
          .append(r.rule())
          .append(" |\n");
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessPolicy other && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "AccessPolicy[" + rows.size() + " rows]";
  }

  /**
   * Builds an {@link AccessPolicy}: grants and revocations on a set of rows, checked against the
   * invariants and the {@link #ceiling()} when built. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, AccessRow> rows = new TreeMap<>();

    /**
     * Creates a builder with no rows; hosts obtain one from {@link AccessPolicy#builder()}, and
     * {@link AccessPolicy#toBuilder()} starts from a policy.
     */
    Builder() {}

    private static String key(Role role, Operation operation, Relationship relationship) {
      return operation + "/" + role + "/" + relationship;
    }

    private void put(AccessRow row) {
      rows.put(key(row.role(), row.operation(), row.relationship()), row);
    }

    /**
     * Grants a role an operation when the actor has a relationship, with a view of the result. It
     * replaces a grant of the same role, operation and relationship. The row names the operation's
     * rule.
     *
     * @param role the role
     * @param operation the operation
     * @param relationship what the actor must be to the forum or person acted on
     * @param view what the actor sees of the result
     * @return this builder
     * @throws InvalidInputException if an argument is null
     */
    public Builder grant(Role role, Operation operation, Relationship relationship, View view) {
      Checks.notNull(operation, "operation");
      put(new AccessRow(role, operation, relationship, view, StandardRows.RULES.get(operation)));
      return this;
    }

    /**
     * Revokes every grant of an operation to a role.
     *
     * @param role the role
     * @param operation the operation
     * @return this builder
     * @throws InvalidInputException if an argument is null
     */
    public Builder revoke(Role role, Operation operation) {
      Checks.notNull(role, "role");
      Checks.notNull(operation, "operation");
      rows.values().removeIf(r -> r.role() == role && r.operation() == operation);
      return this;
    }

    /**
     * Revokes the grant of an operation to a role in one relationship.
     *
     * @param role the role
     * @param operation the operation
     * @param relationship the relationship
     * @return this builder
     * @throws InvalidInputException if an argument is null
     */
    public Builder revoke(Role role, Operation operation, Relationship relationship) {
      rows.remove(
          key(
              Checks.notNull(role, "role"),
              Checks.notNull(operation, "operation"),
              Checks.notNull(relationship, "relationship")));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws InvalidInputException naming SEC-1, FR-2, TR-2 or TR-6 if a row would break an
     *     invariant of {@link AccessPolicy}, and SEC-1 if a row grants more than {@link
     *     AccessPolicy#ceiling()}
     */
    public AccessPolicy build() {
      for (AccessRow row : rows.values()) {
        PolicyInvariants.check(row);
        if (CEILING.rows(row.role(), row.operation()).stream().noneMatch(row::within)) {
          throw new InvalidInputException(
              "SEC-1: an organisation's policy may grant "
                  + row.role()
                  + " "
                  + row.operation()
                  + " only as far as AccessPolicy.ceiling() allows");
        }
      }
      return new AccessPolicy(List.copyOf(rows.values()));
    }
  }
}
