package org.practitionersforum.api.terms;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * What a party keeps when they agree a version of a forum's terms: who agreed (the party and their
 * role), which version, its content hash and when. Anyone can check a receipt against the stored
 * version with {@link TermsService#verify}: the stored content must still hash to the receipt's
 * hash and the stored agreement must match it. The party is redacted from {@code toString()}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableAgreementReceipt.class)
@JsonDeserialize(as = ImmutableAgreementReceipt.class)
public interface AgreementReceipt {
  /**
   * Returns the forum whose terms were agreed.
   *
   * @return the forum id
   */
  ForumId forum();

  /**
   * Returns the party who agreed.
   *
   * @return the party's person id
   */
  @Value.Redacted
  PersonId party();

  /**
   * Returns why the person was a party concerned.
   *
   * @return the role
   */
  PartyRole role();

  /**
   * Returns the number of the version agreed.
   *
   * @return the version number, from 1
   */
  int version();

  /**
   * Returns the content hash of the version agreed.
   *
   * @return the hash
   */
  ContentHash hash();

  /**
   * Returns when the party agreed.
   *
   * @return the instant
   */
  Instant agreedAt();

  /**
   * Returns the receipt of an agreement record.
   *
   * @param forum the forum
   * @param agreement the agreement record
   * @return the receipt
   */
  static AgreementReceipt of(ForumId forum, Agreement agreement) {
    return builder()
        .forum(forum)
        .party(agreement.party())
        .role(agreement.role())
        .version(agreement.version())
        .hash(agreement.hash())
        .agreedAt(agreement.at())
        .build();
  }

  /**
   * Tells whether this receipt is borne out by a stored version: the version's number and content
   * hash are the receipt's, its content still hashes to that value, and it holds an agreement by
   * the same party, role, hash and time.
   *
   * @param stored the stored version
   * @return true if the receipt verifies
   */
  default boolean verifies(TermsVersion stored) {
    return stored.number() == version()
        && stored.hash().equals(hash())
        && hash().matches(stored.content())
        && stored.agreements().stream()
            .anyMatch(
                a ->
                    a.party().equals(party())
                        && a.role() == role()
                        && a.hash().equals(hash())
                        && a.at().equals(agreedAt()));
  }

  /**
   * Checks the version number.
   *
   * @throws InvalidInputException if it is below 1
   */
  @Value.Check
  default void check() {
    if (version() < 1) {
      throw new InvalidInputException("TR-3: a receipt names a version from 1");
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

  /** Builds {@link AgreementReceipt}s. */
  final class Builder extends ImmutableAgreementReceipt.Builder {
    /** Creates an empty builder; hosts obtain one from {@link AgreementReceipt#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public AgreementReceipt build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}
