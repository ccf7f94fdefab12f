package org.practitionersforum.api.terms;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * Every version of one forum's terms of reference, oldest first, as one aggregate stored with an
 * optimistic {@link #version()}.
 *
 * <p>Invariants checked on construction: versions are numbered 1, 2, 3, ... in order; at most one
 * is in force; at most one is pending (draft or open for agreement), and it is the latest.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableForumTerms.class)
@JsonDeserialize(as = ImmutableForumTerms.class)
public interface ForumTerms {

  /**
   * Returns the forum these terms belong to.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns every version, oldest first.
   *
   * @return the versions, numbered from 1
   */
  List<TermsVersion> versions();

  /**
   * Returns the optimistic version this snapshot was read at: 0 before it is first stored.
   *
   * @return the version
   */
  @Value.Default
  default long version() {
    return 0;
  }

  /**
   * Returns the version in force, if any (TR-4).
   *
   * @return the version in force, or empty
   */
  @JsonIgnore
  default Optional<TermsVersion> inForce() {
    return versions().stream().filter(v -> v.status() == TermsStatus.IN_FORCE).findFirst();
  }

  /**
   * Returns the version being drafted or open for agreement, if any.
   *
   * @return the pending version, or empty
   */
  @JsonIgnore
  default Optional<TermsVersion> pending() {
    return versions().stream().filter(v -> v.status().pending()).findFirst();
  }

  /**
   * Returns a version by its number.
   *
   * @param number the number, from 1
   * @return the version, or empty
   */
  default Optional<TermsVersion> byNumber(int number) {
    return number < 1 || number > versions().size()
        ? Optional.empty()
        : Optional.of(versions().get(number - 1));
  }

  /**
   * Returns the version a content hash designates: the pending version or the version in force if
   * either has that hash, otherwise the latest version with it.
   *
   * @param hash the content hash
   * @return the version, or empty if none has that hash
   */
  default Optional<TermsVersion> byHash(ContentHash hash) {
    Optional<TermsVersion> live =
        versions().stream()
            .filter(
                v ->
                    v.hash().equals(hash)
                        && (v.status().pending() || v.status() == TermsStatus.IN_FORCE))
            .findFirst();
    if (live.isPresent()) {
      return live;
    }
    List<TermsVersion> all = versions();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).hash().equals(hash)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the terms in force are due for review: their review date is {@code today} or
   * earlier. Visible to members, so the forum sees when to review (TR-1).
   *
   * @param today the date to judge by, in the host's zone
   * @return true if a version is in force and its review date has come
   */
  default boolean reviewDue(LocalDate today) {
    return inForce().filter(v -> !v.content().reviewDate().isAfter(today)).isPresent();
  }

  /**
   * Returns a copy with one version replaced by another of the same number.
   *
   * @param changed the new version
   * @return the copy
   */
  default ForumTerms with(TermsVersion changed) {
    List<TermsVersion> all = new java.util.ArrayList<>(versions());
    all.set(changed.number() - 1, changed);
    return builder().from(this).versions(all).build();
  }

  /**
   * Returns a copy with one more agreement, appended to the agreements of the version it names:
   * what storing one agreement does to the terms ({@link
   * org.practitionersforum.api.spi.TermsStore#recordAgreement}). When {@code intoForce}, that
   * version comes into force at the agreement's time and the version in force until then, if any,
   * is superseded at the same time. The optimistic {@link #version()} is unchanged.
   *
   * @param agreement the agreement; it names a version that is open for agreement or in force, with
   *     that version's hash and current round
   * @param intoForce whether the agreement brings its version, then open for agreement, into force
   * @return the copy
   * @throws IllegalArgumentException if no version has the agreement's number and hash, that
   *     version is not open for agreement nor in force, the agreement is not of its current round,
   *     or {@code intoForce} is asked for a version that is not open for agreement
   * @throws org.practitionersforum.api.DuplicateException if the party has already agreed that
   *     version in that round
   */
  default ForumTerms withAgreement(Agreement agreement, boolean intoForce) {
    TermsVersion v =
        byNumber(agreement.version())
            .filter(x -> x.hash().equals(agreement.hash()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no version of these terms has the agreement's number and hash"));
    boolean open = v.status() == TermsStatus.OPEN;
    if (!(open || v.status() == TermsStatus.IN_FORCE)
        || agreement.round() != v.round()
        || intoForce && !open) {
      throw new IllegalArgumentException(
          "an agreement is recorded only on a version open for agreement or in force,"
              + " in its current round; only an open version comes into force");
    }
    if (v.agreedBy(agreement.party())) {
      throw new org.practitionersforum.api.DuplicateException(
          "the party has already agreed this version in this round");
    }
    TermsVersion.Builder agreed = TermsVersion.builder().from(v).addAgreements(agreement);
    if (!intoForce) {
      return with(agreed.build());
    }
    java.time.Instant at = agreement.at();
    List<TermsVersion> all = new java.util.ArrayList<>(versions());
    inForce()
        .ifPresent(
            old ->
                all.set(
                    old.number() - 1,
                    TermsVersion.builder()
                        .from(old)
                        .status(TermsStatus.SUPERSEDED)
                        .endedAt(at)
                        .build()));
    all.set(v.number() - 1, agreed.status(TermsStatus.IN_FORCE).inForceAt(at).build());
    return builder().from(this).versions(all).build();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming the rule if one is broken
   */
  @Value.Check
  default void check() {
    int inForce = 0;
    int pending = 0;
    List<TermsVersion> all = versions();
    for (int i = 0; i < all.size(); i++) {
      TermsVersion v = all.get(i);
      if (v.number() != i + 1) {
        throw new InvalidInputException("TR-5: terms versions are numbered 1, 2, 3, ... in order");
      }
      if (v.status() == TermsStatus.IN_FORCE) {
        inForce++;
      }
      if (v.status().pending()) {
        pending++;
        if (i != all.size() - 1) {
          throw new InvalidInputException("TR-5: only the latest terms version may be pending");
        }
      }
    }
    if (inForce > 1) {
      throw new InvalidInputException("TR-4: at most one terms version is in force");
    }
    if (pending > 1) {
      throw new InvalidInputException(
          "TR-5: at most one terms version is drafted or open at a time");
    }
    if (version() < 0) {
      throw new InvalidInputException("a terms version cannot be negative");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ForumTerms}. */
  final class Builder extends ImmutableForumTerms.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ForumTerms#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public ForumTerms build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}
