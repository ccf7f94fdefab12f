package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.RoundRequest;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.spi.ForumParties;

/**
 * The rules of a round's life (CR-1 to CR-4), each check listing every violation it finds. The
 * forums' own rules (TR-4, FR-8) are checked where a forum answers. Stateless.
 */
final class RoundPolicy {

  /** The violations of opening a round as requested, today, under the settings (CR-1, CR-2). */
  List<Violation> opening(RoundRequest request, LocalDate today, ConsultationSettings settings) {
    List<Violation> out = new ArrayList<>();
    if (!request.formative()) {
      out.add(
          Violation.of(
              ViolationCode.ROUND_NOT_FORMATIVE,
              "a round is opened only with the manager's declaration that no final decision has"
                  + " been taken"));
    }
    if (request.opensOn().isBefore(today)) {
      out.add(Violation.of(ViolationCode.ROUND_DATES, "a round cannot open in the past"));
    }
    if (!request.closesOn().isAfter(request.opensOn())) {
      out.add(Violation.of(ViolationCode.ROUND_DATES, "a round closes after it opens"));
    } else if (isShort(request, settings) && request.shortWindowReason().isEmpty()) {
      out.add(
          Violation.of(
              ViolationCode.ROUND_WINDOW_TOO_SHORT,
              "the response window is shorter than the organisation's minimum of "
                  + settings.minimumWindowDays()
                  + " days; a shorter one needs a recorded reason"));
    }
    return out;
  }

  /** Tells whether the request's window is shorter than the minimum. */
  static boolean isShort(RoundRequest request, ConsultationSettings settings) {
    return ChronoUnit.DAYS.between(request.opensOn(), request.closesOn())
        < settings.minimumWindowDays();
  }

  /**
   * The violations of a forum answering a round today (CR-2, CR-3, TR-4): the round is open and in
   * its window, the forum invited, not closed, with terms in force.
   */
  List<Violation> answering(
      ConsultationRound round, ForumParties forum, boolean termsInForce, LocalDate today) {
    List<Violation> out = new ArrayList<>();
    if (round.state() == RoundState.CLOSED) {
      out.add(closed());
    }
    if (!round.invitedForums().contains(forum.forum())) {
      out.add(
          Violation.of(
              ViolationCode.FORUM_NOT_INVITED, "only a forum the round invited can respond"));
    }
    if (today.isBefore(round.opensOn()) || today.isAfter(round.closesOn())) {
      out.add(
          Violation.of(
              ViolationCode.ROUND_WINDOW_NOT_OPEN,
              "forums respond only from the round's open date to its close date"));
    }
    if (forum.state() == ForumState.CLOSED) {
      out.add(
          Violation.of(
              ViolationCode.FORUM_CLOSED, "the forum is closed; nothing more can happen in it"));
    }
    if (!termsInForce) {
      out.add(
          Violation.of(
              ViolationCode.TERMS_NOT_IN_FORCE,
              "a forum answers a consultation only once its terms of reference are agreed by"
                  + " every party"));
    }
    return out;
  }

  /** Refuses closing a round that is closed, still in its window or has undisposed ones (CR-4). */
  void requireClosable(ConsultationRound round, LocalDate today) {
    List<Violation> out = new ArrayList<>();
    if (round.state() == RoundState.CLOSED) {
      out.add(closed());
    }
    if (!today.isAfter(round.closesOn())) {
      out.add(
          Violation.of(
              ViolationCode.ROUND_WINDOW_OPEN,
              "the response window is still open; a round closes after its close date"));
    }
    int undisposed = round.undisposed().size();
    if (undisposed > 0) {
      out.add(
          Violation.of(
              ViolationCode.RECOMMENDATIONS_UNDISPOSED,
              undisposed
                  + " recommendation(s) have no published disposition; a round closes only once"
                  + " every recommendation has one"));
    }
    if (!out.isEmpty()) {
      throw new RuleViolationException(out);
    }
  }

  static Violation closed() {
    return Violation.of(
        ViolationCode.ROUND_CLOSED, "the round is closed; nothing more is received or disposed");
  }
}
