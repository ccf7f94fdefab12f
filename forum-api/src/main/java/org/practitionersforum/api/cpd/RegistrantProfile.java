package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * What a practitioner records about their own registration, for their CPD evidence (CPD-1): each
 * regulator they are registered with, with the renewal or revalidation date its period needs, and
 * the dates of the reflective discussions they had for NMC revalidation. Nothing else: no
 * registration number or PIN, no name, nothing about the other registrant of a discussion (the
 * registrant keeps those on the regulator's own form). Only its owner reads or changes it. {@code
 * toString()} shows only counts.
 *
 * @param practitioner the owner
 * @param registrations one registration per regulator, in the order recorded; at most {@value
 *     #MAX_REGISTRATIONS}
 * @param reflectiveDiscussions the dates of recorded reflective discussions, ascending and
 *     distinct; at most {@value #MAX_DISCUSSIONS}
 * @param version the stored version: 0 before it is first stored
 */
public record RegistrantProfile(
    PractitionerId practitioner,
    List<Registration> registrations,
    List<LocalDate> reflectiveDiscussions,
    long version) {

  /** The most registrations a profile holds. */
  public static final int MAX_REGISTRATIONS = 8;

  /** The most reflective discussions a profile holds. */
  public static final int MAX_DISCUSSIONS = 60;

  /**
   * Creates the profile.
   *
   * @param practitioner the owner
   * @param registrations one registration per regulator
   * @param reflectiveDiscussions the dates of recorded reflective discussions
   * @param version the stored version
   * @throws InvalidInputException naming CPD-1 if two registrations name one regulator, a list is
   *     too long, or the version is negative; or if an argument is missing
   */
  public RegistrantProfile {
    Checks.notNull(practitioner, "practitioner id");
    registrations = List.copyOf(Checks.noNulls(registrations, "registrations"));
    reflectiveDiscussions =
        Checks.noNulls(reflectiveDiscussions, "reflective discussions").stream()
            .distinct()
            .sorted()
            .toList();
    if (registrations.size() > MAX_REGISTRATIONS) {
      throw new InvalidInputException(
          "CPD-1: a profile holds at most " + MAX_REGISTRATIONS + " registrations");
    }
    if (reflectiveDiscussions.size() > MAX_DISCUSSIONS) {
      throw new InvalidInputException(
          "CPD-1: a profile holds at most " + MAX_DISCUSSIONS + " reflective discussions");
    }
    Set<String> seen = new HashSet<>();
    for (Registration r : registrations) {
      if (!seen.add(r.regulator())) {
        throw new InvalidInputException("CPD-1: a profile holds one registration per regulator");
      }
    }
    if (version < 0) {
      throw new InvalidInputException("CPD-1: a profile's version is 0 or more");
    }
  }

  /**
   * Returns an empty profile, not yet stored.
   *
   * @param practitioner the owner
   * @return the profile, with no registration and no discussion, at version 0
   */
  public static RegistrantProfile empty(PractitionerId practitioner) {
    return new RegistrantProfile(practitioner, List.of(), List.of(), 0);
  }

  /**
   * Returns the registration with a regulator, if recorded.
   *
   * @param regulator the regulator's id
   * @return the registration, or empty
   */
  public java.util.Optional<Registration> registration(String regulator) {
    return registrations.stream().filter(r -> r.regulator().equals(regulator)).findFirst();
  }

  /**
   * Returns this profile with a registration recorded, replacing one with the same regulator in
   * place.
   *
   * @param registration the registration
   * @return the changed profile, at the same version
   */
  public RegistrantProfile with(Registration registration) {
    Checks.notNull(registration, "registration");
    List<Registration> out = new java.util.ArrayList<>(registrations);
    int at = -1;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).regulator().equals(registration.regulator())) {
        at = i;
      }
    }
    if (at >= 0) {
      out.set(at, registration);
    } else {
      out.add(registration);
    }
    return new RegistrantProfile(practitioner, out, reflectiveDiscussions, version);
  }

  /**
   * Returns this profile without the registration with a regulator.
   *
   * @param regulator the regulator's id
   * @return the changed profile, at the same version
   */
  public RegistrantProfile without(String regulator) {
    return new RegistrantProfile(
        practitioner,
        registrations.stream().filter(r -> !r.regulator().equals(regulator)).toList(),
        reflectiveDiscussions,
        version);
  }

  /**
   * Returns this profile with a reflective discussion recorded on a date.
   *
   * @param heldOn the date
   * @return the changed profile, at the same version
   */
  public RegistrantProfile withDiscussion(LocalDate heldOn) {
    Checks.notNull(heldOn, "date of the reflective discussion");
    List<LocalDate> out = new java.util.ArrayList<>(reflectiveDiscussions);
    out.add(heldOn);
    return new RegistrantProfile(practitioner, registrations, out, version);
  }

  /**
   * Returns this profile at a version.
   *
   * @param version the version
   * @return the profile at that version
   */
  public RegistrantProfile atVersion(long version) {
    return new RegistrantProfile(practitioner, registrations, reflectiveDiscussions, version);
  }

  @Override
  public String toString() {
    return "RegistrantProfile{registrations="
        + registrations.size()
        + ", reflectiveDiscussions="
        + reflectiveDiscussions.size()
        + ", version="
        + version
        + "}";
  }
}
