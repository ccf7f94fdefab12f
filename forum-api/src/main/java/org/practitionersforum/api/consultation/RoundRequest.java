package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * What a manager asks for when opening a round (CR-1, CR-2). The service checks every rule and
 * reports every broken one at once; building a request checks only that each attribute is there.
 * {@code toString()} shows no text.
 */
@Value.Immutable
@ForumStyle
public interface RoundRequest {

  /**
   * Returns the round's id, chosen by the host.
   *
   * @return the id
   */
  RoundId id();

  /**
   * Returns the organisation whose manager consults and whose forums are invited.
   *
   * @return the organisation
   */
  OrganisationId organisation();

  /**
   * Returns the topic.
   *
   * @return the topic, 1 to {@link ConsultationRound#MAX_TOPIC_LENGTH} characters
   */
  @Value.Redacted
  String topic();

  /**
   * Returns whether the round is about planning or monitoring a service.
   *
   * @return the purpose
   */
  Purpose purpose();

  /**
   * Returns the questions put to the forums.
   *
   * @return 1 to {@link ConsultationRound#MAX_QUESTIONS} questions
   */
  @Value.Redacted
  List<String> questions();

  /**
   * Returns the forums invited to respond, all of the organisation.
   *
   * @return 1 to {@link ConsultationRound#MAX_FORUMS} forums
   */
  List<ForumId> invitedForums();

  /**
   * Returns the first day forums may respond: today or later.
   *
   * @return the date
   */
  LocalDate opensOn();

  /**
   * Returns the last day forums may respond.
   *
   * @return the date
   */
  LocalDate closesOn();

  /**
   * Returns whether the manager declares that no final decision has been taken (CR-1): a round is
   * refused without it.
   *
   * @return true if declared
   */
  @Value.Default
  default boolean formative() {
    return false;
  }

  /**
   * Returns why the window is shorter than the organisation's minimum, if it is (CR-2).
   *
   * @return the reason, or empty
   */
  @Value.Redacted
  Optional<String> shortWindowReason();

  /**
   * Returns how the round is run (CR-2): in writing, at a meeting with managers, or through
   * representatives to a central group. A forum's response is agreed the same way in every mode
   * (CR-3).
   *
   * @return the mode; written unless set
   */
  @Value.Default
  default RoundMode mode() {
    return RoundMode.WRITTEN;
  }

  /**
   * Returns the service the round concerns, what engagement figures are kept per service for
   * (CR-8). A round without one still counts for its manager.
   *
   * @return the service, or empty
   */
  Optional<ServiceId> service();

  /**
   * Returns the date the decision the round informs is due to be taken, if the manager states it. A
   * round may open on or after that date, but is then counted against its manager as opened after
   * the decision date (CR-8).
   *
   * @return the date, or empty
   */
  Optional<LocalDate> decisionDueOn();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RoundRequest}s. */
  final class Builder extends ImmutableRoundRequest.Builder {
    /** Creates an empty builder; hosts obtain one from {@link RoundRequest#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     */
    @Override
    public RoundRequest build() {
      return Checks.built(super::build);
    }
  }
}
