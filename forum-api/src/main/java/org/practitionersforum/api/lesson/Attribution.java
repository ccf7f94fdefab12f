package org.practitionersforum.api.lesson;

import java.time.YearMonth;
import java.util.Optional;
import java.util.StringJoiner;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * Who told a published lesson, as its readers see it (AN-4): the author's quasi-identifiers
 * generalised to the {@link Disclosure} it passed the k-gate at, such as "a practitioner in social
 * work, adults, North locality, 2026-Q1". What a rung hides is empty. {@code toString()} shows only
 * the disclosure.
 *
 * @param disclosure the rung of each ladder shown
 * @param discipline the author's discipline
 * @param specialism the author's specialism, present at {@link Disclosure.Practice#SPECIALISM}
 * @param base the author's base, present at {@link Disclosure.Place#BASE}
 * @param locality the author's locality, present below {@link Disclosure.Place#ORGANISATION}
 * @param organisation the author's organisation
 * @param period the month ({@code 2026-01}), quarter ({@code 2026-Q1}) or year ({@code 2026}) the
 *     lesson was submitted in
 */
public record Attribution(
    Disclosure disclosure,
    Discipline discipline,
    Optional<Specialism> specialism,
    Optional<BaseId> base,
    Optional<LocalityId> locality,
    OrganisationId organisation,
    String period) {

  /**
   * Creates an attribution.
   *
   * @param disclosure the rung of each ladder shown
   * @param discipline the author's discipline
   * @param specialism the author's specialism, present exactly at the specialism rung
   * @param base the author's base, present exactly at the base rung
   * @param locality the author's locality, present exactly below the organisation rung
   * @param organisation the author's organisation
   * @param period the period label
   * @throws org.practitionersforum.api.InvalidInputException naming AN-4 if an argument is missing
   *     or what is present does not match the disclosure
   */
  public Attribution {
    Checks.notNull(disclosure, "disclosure");
    Checks.notNull(discipline, "discipline");
    Checks.notNull(specialism, "specialism");
    Checks.notNull(base, "base");
    Checks.notNull(locality, "locality");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(period, "period");
    boolean matches =
        specialism.isPresent() == (disclosure.practice() == Disclosure.Practice.SPECIALISM)
            && base.isPresent() == (disclosure.place() == Disclosure.Place.BASE)
            && locality.isPresent() == (disclosure.place() != Disclosure.Place.ORGANISATION);
    if (!matches) {
      throw new org.practitionersforum.api.InvalidInputException(
          "AN-4: an attribution shows exactly what its disclosure allows");
    }
  }

  /**
   * Returns the label of a month at a rung of the period ladder.
   *
   * @param month the month
   * @param level the rung
   * @return {@code 2026-01}, {@code 2026-Q1} or {@code 2026}
   */
  static String period(YearMonth month, Disclosure.Period level) {
    return switch (level) {
      case MONTH -> month.toString();
      case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() + 2) / 3);
      case YEAR -> Integer.toString(month.getYear());
    };
  }

  /**
   * Describes the attribution in one line, for readers: "social-work, adults, North, org-1,
   * 2026-Q1" (with the codes of the host's vocabulary and ids), from the most to the least precise.
   *
   * @return the description
   */
  public String describe() {
    StringJoiner out = new StringJoiner(", ");
    out.add(discipline.code());
    specialism.ifPresent(s -> out.add(s.code()));
    base.ifPresent(b -> out.add(b.value()));
    locality.ifPresent(l -> out.add(l.value()));
    out.add(organisation.value());
    out.add(period);
    return out.toString();
  }

  /** Shows the disclosure only. */
  @Override
  public String toString() {
    return "Attribution[" + disclosure + "]";
  }
}
