package org.practitionersforum.api.cpd;

import java.time.LocalDate;

/**
 * A regulator's shape for CPD evidence (CPD-1): how it places a registration period, what it
 * requires, and how its record is written. {@link Regulators} has the built-in ones; a host adds
 * another by implementing this and registering it on the SDK's builder. Implementations are
 * stateless and thread-safe, and never write a practitioner's identifier.
 */
public interface Regulator {

  /**
   * Returns the regulator's stable id, as a {@link Registration} names it.
   *
   * @return the id, such as {@code swe}
   */
  String id();

  /**
   * Returns the regulator's name, in plain English.
   *
   * @return the name, such as {@code Social Work England}
   */
  String name();

  /**
   * Places the registration period that a date falls in.
   *
   * @param registration the practitioner's registration with this regulator
   * @param today the date
   * @return the period containing the date
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if the registration lacks
   *     what this regulator needs, such as a revalidation date
   */
  RegistrationPeriod period(Registration registration, LocalDate today);

  /**
   * Checks the evidence against each of the regulator's requirements.
   *
   * @param evidence the evidence for one period
   * @return each requirement met or not, and a one-line summary
   */
  Readiness readiness(Evidence evidence);

  /**
   * Writes the evidence in the regulator's shape.
   *
   * @param evidence the evidence for one period
   * @param format the format
   * @return the document
   */
  String render(Evidence evidence, Format format);
}
