package org.practitionersforum.api.consultation;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A meeting of an organisation's central group as a manager records it (CR-7): when it was held and
 * which forums' representatives attended. {@code toString()} names no person.
 *
 * @param id the meeting's id, chosen by the host
 * @param organisation the organisation
 * @param heldOn the day it was held: today or earlier
 * @param attendees the representatives who attended, each with their forum
 */
public record CentralMeeting(
    MeetingId id, OrganisationId organisation, LocalDate heldOn, List<Attendee> attendees) {
  /** The most representatives a meeting records. */
  public static final int MAX_ATTENDEES = 200;

  /**
   * Checks the attributes and copies the list.
   *
   * @param id the id
   * @param organisation the organisation
   * @param heldOn the day it was held
   * @param attendees the attendees
   * @throws org.practitionersforum.api.InvalidInputException if one is missing
   */
  public CentralMeeting {
    Checks.notNull(id, "meeting id");
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(heldOn, "meeting date");
    Checks.notNull(attendees, "attendees");
    attendees.forEach(a -> Checks.notNull(a, "attendee"));
    attendees = List.copyOf(attendees);
  }

  @Override
  public String toString() {
    return "CentralMeeting[id="
        + id
        + ", organisation="
        + organisation
        + ", heldOn="
        + heldOn
        + ", attendees="
        + attendees.size()
        + "]";
  }

  /**
   * A representative at a central meeting, with the forum they represent.
   *
   * @param forum the forum
   * @param representative the representative
   */
  public record Attendee(ForumId forum, PractitionerId representative) {
    /**
     * Checks the attributes.
     *
     * @param forum the forum
     * @param representative the representative
     * @throws org.practitionersforum.api.InvalidInputException if one is missing
     */
    public Attendee {
      Checks.notNull(forum, "forum id");
      Checks.notNull(representative, "representative");
    }

    @Override
    public String toString() {
      return "Attendee[forum=" + forum + "]";
    }
  }
}
