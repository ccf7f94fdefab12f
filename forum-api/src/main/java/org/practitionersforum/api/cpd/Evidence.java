package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import java.util.List;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.session.CpdRecord;

/**
 * A practitioner's CPD evidence for one registration period (CPD-1): their {@link CpdRecord} over
 * the period (every forum session attended, no time counted twice) and their own private notes on
 * sessions in it (CPD-2). The SDK builds it for the author only; a regulator reads it. It names no
 * one else who was at a session. {@code toString()} shows no note text and no practitioner.
 *
 * @param registration the registration it is for
 * @param period the registration period
 * @param asOf the date the evidence was gathered
 * @param record the CPD record over the period, from its first day to its last
 * @param notes the practitioner's notes on sessions that started within the period, by session
 *     start
 * @param reflectiveDiscussions the dates within the period on which the practitioner recorded a
 *     reflective discussion with another registrant (NMC), in order; recorded by them, never
 *     verified, and naming no one
 */
public record Evidence(
    Registration registration,
    RegistrationPeriod period,
    LocalDate asOf,
    CpdRecord record,
    List<ReflectiveNote> notes,
    List<LocalDate> reflectiveDiscussions) {

  /**
   * Creates the evidence.
   *
   * @param registration the registration
   * @param period the registration period
   * @param asOf the date the evidence was gathered
   * @param record the CPD record over exactly the period
   * @param notes the notes on sessions within the period
   * @param reflectiveDiscussions the recorded reflective discussions within the period
   * @throws InvalidInputException naming CPD-1 if the record does not cover exactly the period or a
   *     discussion falls outside it, or if an argument is missing
   */
  public Evidence {
    Checks.notNull(registration, "registration");
    Checks.notNull(period, "registration period");
    Checks.notNull(asOf, "date of the evidence");
    Checks.notNull(record, "CPD record");
    notes = List.copyOf(Checks.noNulls(notes, "notes"));
    reflectiveDiscussions =
        Checks.noNulls(reflectiveDiscussions, "reflective discussions").stream().sorted().toList();
    for (LocalDate d : reflectiveDiscussions) {
      if (!period.contains(d)) {
        throw new InvalidInputException(
            "CPD-1: the evidence's reflective discussions fall within its period");
      }
    }
    if (!record.from().equals(period.start()) || !record.to().equals(period.end())) {
      throw new InvalidInputException("CPD-1: the evidence's CPD record covers its period exactly");
    }
  }

  /**
   * Creates evidence with no recorded reflective discussion.
   *
   * @param registration the registration
   * @param period the registration period
   * @param asOf the date the evidence was gathered
   * @param record the CPD record over exactly the period
   * @param notes the notes on sessions within the period
   * @throws InvalidInputException naming CPD-1 if the record does not cover exactly the period, or
   *     if an argument is missing
   */
  public Evidence(
      Registration registration,
      RegistrationPeriod period,
      LocalDate asOf,
      CpdRecord record,
      List<ReflectiveNote> notes) {
    this(registration, period, asOf, record, notes, List.of());
  }

  @Override
  public String toString() {
    return "Evidence{regulator="
        + registration.regulator()
        + ", period="
        + period
        + ", sessions="
        + record.sessionsAttended()
        + ", notes="
        + notes.size()
        + ", reflectiveDiscussions="
        + reflectiveDiscussions.size()
        + "}";
  }
}
