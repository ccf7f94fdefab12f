package org.practitionersforum.api.consultation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * Management's published answer to one recommendation (CR-4): adopted; adapted, stating what
 * changed; deferred, until a date; or declined, with a reason. {@code toString()} shows the kind
 * only.
 *
 * <p>Invariants checked on construction: an adapted disposition states the change, a deferred one
 * its date, a declined one its reason, and each carries nothing the others need; texts are 1 to
 * {@link #MAX_TEXT_LENGTH} characters.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableDisposition.class)
@JsonDeserialize(as = ImmutableDisposition.class)
public interface Disposition {
  /** The longest change or reason accepted, in characters. */
  int MAX_TEXT_LENGTH = 4_000;

  /**
   * Returns what management decided.
   *
   * @return the kind
   */
  DispositionKind kind();

  /**
   * Returns what changed, for an adapted recommendation.
   *
   * @return the change; present exactly when adapted
   */
  @Value.Redacted
  Optional<String> change();

  /**
   * Returns the date a deferred recommendation is deferred until.
   *
   * @return the date; present exactly when deferred
   */
  Optional<LocalDate> until();

  /**
   * Returns why a recommendation was declined.
   *
   * @return the reason; present exactly when declined
   */
  @Value.Redacted
  Optional<String> reason();

  /**
   * Checks the invariants.
   *
   * @throws InvalidInputException naming CR-4 if one is broken
   */
  @Value.Check
  default void check() {
    boolean adapted = kind() == DispositionKind.ADAPTED;
    boolean deferred = kind() == DispositionKind.DEFERRED;
    boolean declined = kind() == DispositionKind.DECLINED;
    if (adapted != change().isPresent()) {
      throw new InvalidInputException(
          "CR-4: an adapted recommendation, and only one, states what changed");
    }
    if (deferred != until().isPresent()) {
      throw new InvalidInputException(
          "CR-4: a deferred recommendation, and only one, states the date it is deferred until");
    }
    if (declined != reason().isPresent()) {
      throw new InvalidInputException(
          "CR-4: a declined recommendation, and only one, states the reason it was declined");
    }
    change().ifPresent(c -> Texts.check(c, "CR-4", "the change", MAX_TEXT_LENGTH));
    reason().ifPresent(r -> Texts.check(r, "CR-4", "the reason", MAX_TEXT_LENGTH));
  }

  /**
   * Returns an adoption.
   *
   * @return the disposition
   */
  static Disposition adopted() {
    return builder().kind(DispositionKind.ADOPTED).build();
  }

  /**
   * Returns an adaptation.
   *
   * @param change what changed, 1 to {@link #MAX_TEXT_LENGTH} characters
   * @return the disposition
   * @throws InvalidInputException naming CR-4 if the change is missing, blank or too long
   */
  static Disposition adapted(String change) {
    return builder()
        .kind(DispositionKind.ADAPTED)
        .change(Checks.notNull(change, "the change"))
        .build();
  }

  /**
   * Returns a deferral.
   *
   * @param until the date the recommendation is deferred until
   * @return the disposition
   * @throws InvalidInputException naming CR-4 if the date is missing
   */
  static Disposition deferred(LocalDate until) {
    return builder().kind(DispositionKind.DEFERRED).until(Checks.notNull(until, "date")).build();
  }

  /**
   * Returns a refusal.
   *
   * @param reason why, 1 to {@link #MAX_TEXT_LENGTH} characters
   * @return the disposition
   * @throws InvalidInputException naming CR-4 if the reason is missing, blank or too long
   */
  static Disposition declined(String reason) {
    return builder()
        .kind(DispositionKind.DECLINED)
        .reason(Checks.notNull(reason, "the reason"))
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Disposition}s. */
  final class Builder extends ImmutableDisposition.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Disposition#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if a required attribute is missing or an invariant is broken
     */
    @Override
    public Disposition build() {
      return Checks.built(super::build);
    }
  }
}
