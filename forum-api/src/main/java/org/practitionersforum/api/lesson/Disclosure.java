package org.practitionersforum.api.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.practitionersforum.api.internal.Checks;

/**
 * How much of its author's attribution a lesson shows where it is published (AN-4): each of the
 * three generalisation ladders at one rung. Place: base, then locality, then organisation.
 * Practice: specialism (with its discipline), then discipline alone. Period: month, then quarter,
 * then year. A higher rung shows less and is shared by more people.
 *
 * <p>The k-gate counts the practitioners of a tier's audience who share the author's place and
 * practice at the chosen rungs; the period does not narrow the count, since the practitioner store
 * holds no dates of service: everyone counted shares it.
 *
 * @param place the rung of the place ladder
 * @param practice the rung of the practice ladder
 * @param period the rung of the period ladder
 */
public record Disclosure(Place place, Practice practice, Period period) {

  /** Where the author works, from the most to the least precise. */
  public enum Place {
    /** The author's base, with its locality and organisation. */
    BASE,
    /** The author's locality, with the organisation. */
    LOCALITY,
    /** The author's organisation only. */
    ORGANISATION
  }

  /** What the author practises, from the most to the least precise. */
  public enum Practice {
    /** The author's discipline and specialism. */
    SPECIALISM,
    /** The author's discipline only. */
    DISCIPLINE
  }

  /** When the lesson was told, from the most to the least precise. */
  public enum Period {
    /** The month of submission, such as {@code 2026-01}. */
    MONTH,
    /** The quarter of submission, such as {@code 2026-Q1}. */
    QUARTER,
    /** The year of submission, such as {@code 2026}. */
    YEAR
  }

  /**
   * Creates a disclosure.
   *
   * @param place the rung of the place ladder
   * @param practice the rung of the practice ladder
   * @param period the rung of the period ladder
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing
   */
  public Disclosure {
    Checks.notNull(place, "place level");
    Checks.notNull(practice, "practice level");
    Checks.notNull(period, "period level");
  }

  /**
   * Returns the most precise disclosure: base, specialism and month.
   *
   * @return the disclosure at the bottom rung of every ladder
   */
  public static Disclosure exact() {
    return new Disclosure(Place.BASE, Practice.SPECIALISM, Period.MONTH);
  }

  /**
   * Returns the most specific disclosure that shows no more than this one and no more than another:
   * on each ladder, the higher of the two rungs.
   *
   * <pre>{@code
   * new Disclosure(Place.BASE, Practice.DISCIPLINE, Period.MONTH)
   *     .orMoreGeneralThan(new Disclosure(Place.LOCALITY, Practice.SPECIALISM, Period.MONTH));
   * // LOCALITY, DISCIPLINE, MONTH
   * }</pre>
   *
   * @param other another disclosure
   * @return the disclosure at the higher rung of each ladder
   */
  public Disclosure orMoreGeneralThan(Disclosure other) {
    Checks.notNull(other, "disclosure");
    return new Disclosure(
        place.compareTo(other.place) >= 0 ? place : other.place,
        practice.compareTo(other.practice) >= 0 ? practice : other.practice,
        period.compareTo(other.period) >= 0 ? period : other.period);
  }

  /**
   * Tells whether this disclosure shows no more than another on every ladder.
   *
   * @param other another disclosure
   * @return true if every rung of this one is the other's or higher
   */
  public boolean atLeastAsGeneralAs(Disclosure other) {
    return place.compareTo(other.place) >= 0
        && practice.compareTo(other.practice) >= 0
        && period.compareTo(other.period) >= 0;
  }

  /**
   * Returns the disclosures at least as general as this one on the place and practice ladders, with
   * this one's period, in the order the k-gate tries them: fewest rungs climbed first, and on a tie
   * the place generalised before the practice (which keeps what a reader most needs to learn from
   * the lesson). The first is this disclosure itself.
   *
   * @return the ladder from this disclosure upwards
   */
  public List<Disclosure> ladder() {
    List<Disclosure> out = new ArrayList<>();
    for (Place p : Place.values()) {
      for (Practice s : Practice.values()) {
        if (p.compareTo(place) >= 0 && s.compareTo(practice) >= 0) {
          out.add(new Disclosure(p, s, period));
        }
      }
    }
    out.sort(
        Comparator.comparingInt((Disclosure d) -> d.place.ordinal() + d.practice.ordinal())
            .thenComparing(d -> d.practice));
    return List.copyOf(out);
  }
}
