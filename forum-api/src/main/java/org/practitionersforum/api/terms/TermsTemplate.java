package org.practitionersforum.api.terms;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.internal.Checks;

/**
 * A sensible default a new forum can start its terms of reference from and edit (TR-1). Written for
 * front-line practitioners in UK social care; every section is meant to be discussed and changed by
 * the forum.
 *
 * <p>Thread-safe; holds no state.
 */
public final class TermsTemplate {
  /** The quorum of the template: three members present. */
  public static final int DEFAULT_QUORUM = 3;

  private TermsTemplate() {}

  /**
   * Returns the standard template.
   *
   * @param reviewDate when the forum should review its terms; a year after forming is usual
   * @return the template content
   * @throws org.practitionersforum.api.InvalidInputException if the date is missing
   */
  public static TermsContent standard(LocalDate reviewDate) {
    Checks.notNull(reviewDate, "review date");
    return TermsContent.builder()
        .purposes(
            List.of(
                "To give practitioners protected time to stand back from the work and reflect on it, "
                    + "including its emotional impact.",
                "To support each other and learn together, including from what did not work.",
                "Once established, to give managers a considered view from the front line when they "
                    + "plan and monitor local services."))
        .confidentiality(
            "What is said in the forum stays in the forum. Members do not repeat who "
                + "said what outside it, and nothing is attributed to anyone without their consent.")
        .confidentialityLimits(
            List.of(
                "A risk of harm to a child or an adult at risk is reported under the safeguarding "
                    + "procedures, and the member concerned is told first where that is safe.",
                "Serious professional misconduct or a crime is not kept confidential.",
                "Anything the forum decides to share with managers is shared only in the form set out "
                    + "below."))
        .attendance(
            "Members come when they can and give apologies beforehand when they cannot. "
                + "Attendance is recorded so that members can evidence their CPD.")
        .equalAirtime(
            "Everyone has the chance to speak; nobody dominates. The facilitator, or the "
                + "chair of the day, keeps time so that every voice is heard.")
        .cadence("Monthly, for ninety minutes, at the forum's base, in protected time.")
        .quorum(DEFAULT_QUORUM)
        .facilitation("An outside facilitator helps the forum get going and agrees a plan with it.")
        .facilitationEnds(
            "Facilitation ends when the members decide they are ready to run the "
                + "forum themselves, and no later than the first review of these terms.")
        .decisionMaking(
            "Decisions are made by consensus of the members present at a quorate "
                + "session; changes to these terms need the agreement of every party.")
        .sharingWithManagers(
            "Nothing from reflective sessions is shared. From consultative sessions "
                + "the forum shares only its agreed collective response, anonymised, with no "
                + "individual attributed.")
        .reviewDate(reviewDate)
        .build();
  }
}
