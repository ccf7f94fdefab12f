package org.practitionersforum.core.internal.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.QuasiIdentifiers;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.Cohort;

/**
 * The re-identification gate (AN-4): at least k practitioners of a tier's audience, the author
 * included, share the author's attribution at the disclosure asked for. The audience of {@link
 * Tier#FORUM} and {@link Tier#ORGANISATION} is the lesson's organisation; of {@link Tier#NETWORK},
 * every organisation. Where the disclosure fails, the least generalisation that passes is found by
 * climbing {@link Disclosure#ladder()}, one indexed count per rung tried. Nothing here says how
 * many share an attribution. Stateless and thread-safe.
 */
final class KGatePolicy {
  private KGatePolicy() {}

  /**
   * The cohort counted for an author at a disclosure and tier, or empty when it is empty by
   * construction (the author's organisation is not the audience's).
   */
  static Optional<Cohort> cohort(
      QuasiIdentifiers who, Disclosure disclosure, Tier tier, OrganisationId lessonOrganisation) {
    Optional<OrganisationId> audience =
        tier == Tier.NETWORK ? Optional.empty() : Optional.of(lessonOrganisation);
    Optional<OrganisationId> organisation = audience;
    if (disclosure.place() == Disclosure.Place.ORGANISATION) {
      if (audience.filter(o -> !o.equals(who.organisation())).isPresent()) {
        return Optional.empty();
      }
      organisation = Optional.of(who.organisation());
    }
    return Optional.of(
        new Cohort(
            who.discipline(),
            disclosure.practice() == Disclosure.Practice.SPECIALISM
                ? Optional.of(who.specialism())
                : Optional.empty(),
            disclosure.place() == Disclosure.Place.BASE
                ? Optional.of(who.base())
                : Optional.empty(),
            disclosure.place() == Disclosure.Place.LOCALITY
                ? Optional.of(who.locality())
                : Optional.empty(),
            organisation));
  }

  /**
   * Checks the gate for a lesson at a tier and disclosure, counting with the store's count.
   *
   * @param count the practitioner store's count of a cohort, in the caller's unit of work
   */
  static KGateCheck check(
      Lesson lesson,
      Tier tier,
      Disclosure disclosure,
      Disclosure floor,
      int k,
      ToLongFunction<Cohort> count) {
    Optional<QuasiIdentifiers> who = lesson.quasiIdentifiers();
    if (who.isEmpty()) {
      return new KGateCheck(tier, disclosure, k, false, Optional.empty());
    }
    // Never suggests showing more than the author consented to: the ladder starts at their limit.
    for (Disclosure rung : disclosure.orMoreGeneralThan(floor).ladder()) {
      Optional<Cohort> cohort = cohort(who.get(), rung, tier, lesson.organisation());
      if (cohort.isPresent() && count.applyAsLong(cohort.get()) >= k) {
        return new KGateCheck(tier, disclosure, k, rung.equals(disclosure), Optional.of(rung));
      }
    }
    return new KGateCheck(tier, disclosure, k, false, Optional.empty());
  }

  /**
   * The violation of a failed check: which attributes to generalise, and to what, or why nothing
   * can be published; never how many share the attribution.
   */
  static Violation violation(KGateCheck check, boolean recorded) {
    String who =
        "fewer than "
            + check.k()
            + " practitioners "
            + (check.tier() == Tier.NETWORK ? "of the network" : "of the lesson's organisation")
            + " share the author's "
            + shown(check.disclosure());
    if (!recorded) {
      return Violation.of(
          ViolationCode.K_GATE_FAILED,
          "the author's attribution was not recorded when the lesson was submitted, so the"
              + " k-gate cannot pass; the lesson cannot be published");
    }
    if (check.suggestion().isEmpty()) {
      return Violation.of(
          ViolationCode.K_GATE_FAILED,
          who
              + ", and no generalisation on the ladder passes; the lesson cannot be published at the "
              + TierPolicy.name(check.tier())
              + " tier");
    }
    Disclosure from = check.disclosure();
    Disclosure to = check.suggestion().get();
    List<String> steps = new ArrayList<>();
    if (to.place() != from.place()) {
      steps.add("the place from " + name(from.place()) + " to " + name(to.place()));
    }
    if (to.practice() != from.practice()) {
      steps.add("the practice from " + name(from.practice()) + " to " + name(to.practice()));
    }
    return Violation.of(
        ViolationCode.K_GATE_FAILED,
        who + "; generalise " + String.join(" and ", steps) + " to publish");
  }

  /** What a disclosure shows of place and practice, in words. */
  static String shown(Disclosure d) {
    return name(d.place()) + " and " + name(d.practice());
  }

  private static String name(Enum<?> level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
