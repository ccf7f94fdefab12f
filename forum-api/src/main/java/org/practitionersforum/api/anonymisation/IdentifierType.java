package org.practitionersforum.api.anonymisation;

/** The kinds of identifier the anonymiser finds (AN-1). */
public enum IdentifierType {
  /** A person's name, from the directory or found by the name heuristics. */
  PERSON,
  /** An organisation's name from the directory. */
  ORGANISATION,
  /** A place's name from the directory. */
  PLACE,
  /** An e-mail address. */
  EMAIL,
  /** A UK landline or mobile telephone number. */
  PHONE,
  /** A UK postcode in the official format. */
  POSTCODE,
  /** An NHS number whose modulus 11 check digit is valid. */
  NHS_NUMBER,
  /** A National Insurance number with a valid prefix. */
  NI_NUMBER,
  /** A calendar date written in one of the ways people write dates in the UK. */
  DATE,
  /** A person's age ("aged 34", "a 34-year-old"). */
  AGE,
  /** A web address or a bare domain name. */
  URL,
  /** A social media handle ("@name"). */
  HANDLE,
  /** A street address: a house number followed by a street name and a street-type word. */
  ADDRESS,
  /** A case reference matching a pattern the host registered. */
  CASE_REFERENCE,
  /**
   * A UK (DVLA) driving licence number: five letters of the surname, the date of birth encoded in
   * six digits, two initials, a digit and two check characters ("MORGA753116SM9IJ").
   */
  DRIVING_LICENCE,
  /** A UK passport number, nine digits, written after the word "passport". */
  PASSPORT_NUMBER,
  /**
   * A UK vehicle registration mark in the current ("AB51 ABC"), prefix ("A123 BCD") or suffix ("ABC
   * 123D") format; the older formats only after a word such as "registration" or "vehicle".
   */
  VEHICLE_REGISTRATION;

  /**
   * Returns the label used in typed placeholders, such as {@code PERSON} in {@code [PERSON-1]}.
   *
   * @return the label, upper case with underscores
   */
  public String label() {
    return name();
  }

  /**
   * Tells whether this type names a directory entry (a person, organisation or place).
   *
   * @return true for {@link #PERSON}, {@link #ORGANISATION} and {@link #PLACE}
   */
  public boolean isDirectoryType() {
    return this == PERSON || this == ORGANISATION || this == PLACE;
  }
}
