package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.terms.ContentHash;

/**
 * One member's explicit agreement to their forum's response (CR-3), bound to the hash of the exact
 * content agreed. Seen only inside the forum: never by a manager (SEC-1). The party is redacted
 * from {@code toString()}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableResponseAgreement.class)
@JsonDeserialize(as = ImmutableResponseAgreement.class)
public interface ResponseAgreement {

  /**
   * Returns the member who agreed.
   *
   * @return the person id
   */
  @Value.Redacted
  PersonId party();

  /**
   * Returns the hash of the content agreed.
   *
   * @return the hash
   */
  ContentHash hash();

  /**
   * Returns when the member agreed.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponseAgreement}s. */
  final class Builder extends ImmutableResponseAgreement.Builder {
    /** Creates an empty builder; hosts obtain one from {@link ResponseAgreement#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     */
    @Override
    public ResponseAgreement build() {
      return Checks.built(super::build);
    }
  }
}
