package org.practitionersforum.core.internal.lesson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.Review;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.KGateCheck;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.Cohort;

/**
 * The rules of publication tiers (LS-3): consent one tier at a time; the anonymiser run over every
 * section, its findings stored without the text they cover; every finding that needs a decision
 * decided; a clearance by a reviewer who is not the author and, by default, not a member of the
 * lesson's forum, of a text that holds nothing the anonymiser finds at high confidence; and
 * publication of a cleared tier once the tier below is published and the k-gate (AN-4) passes at
 * the disclosure asked for. Each check lists every violation at once and returns the lesson to
 * store. Thread-safe.
 */
final class TierPolicy {
  private final Supplier<Anonymiser> anonymiser;
  private final Function<OrganisationId, LessonSettings> settings;

  TierPolicy(Supplier<Anonymiser> anonymiser, Function<OrganisationId, LessonSettings> settings) {
    this.anonymiser = anonymiser;
    this.settings = settings;
  }

  /** The settings of a lesson's organisation. */
  LessonSettings settings(Lesson lesson) {
    return settings.apply(lesson.organisation());
  }

  /** The author consents to a tier: the lesson is submitted, and consented to the tier below. */
  Lesson consent(Lesson lesson, Tier tier, Disclosure atMost, Instant now) {
    List<Violation> violations = new ArrayList<>(submitted(lesson));
    if (lesson.tier(tier).isPresent()) {
      violations.add(
          Violation.of(ViolationCode.LESSON_CONSENT, "the author consented to this tier already"));
    }
    tier.below()
        .filter(b -> lesson.tier(b).isEmpty())
        .ifPresent(
            b ->
                violations.add(
                    Violation.of(
                        ViolationCode.LESSON_CONSENT,
                        "consent to the "
                            + name(tier)
                            + " tier needs consent to the "
                            + name(b)
                            + " tier first")));
    refuse(violations);
    List<LessonTier> tiers = new ArrayList<>(lesson.tiers());
    tiers.add(LessonTier.builder().tier(tier).consentedAt(now).consentedDisclosure(atMost).build());
    return Lesson.builder().from(lesson).tiers(tiers).build();
  }

  /** Revokes consent to a tier: the lesson keeps only the tiers below it. */
  Lesson revoke(Lesson lesson, Tier tier) {
    if (lesson.state() == LessonState.WITHDRAWN) {
      throw new RuleViolationException(
          ViolationCode.LESSON_WITHDRAWN, "the lesson is withdrawn already");
    }
    if (lesson.tier(tier).isEmpty()) {
      throw new RuleViolationException(
          ViolationCode.LESSON_CONSENT, "there is no consent to the " + name(tier) + " tier");
    }
    List<LessonTier> kept = lesson.tiers().stream().filter(t -> !t.tier().atLeast(tier)).toList();
    return Lesson.builder().from(lesson).tiers(kept).build();
  }

  /** Runs the anonymiser over every section for a tier, replacing an earlier run. */
  Lesson anonymise(Lesson lesson, Tier tier, Instant now) {
    List<Violation> violations = new ArrayList<>(submitted(lesson));
    LessonTier at = nextStep(lesson, tier, violations);
    refuse(violations);
    Anonymiser a = anonymiser.get();
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    List<TierFinding> findings = new ArrayList<>();
    for (Map.Entry<LessonSection, String> e : lesson.sections().asMap().entrySet()) {
      Anonymised run = a.anonymise(e.getValue());
      out.put(e.getKey(), run.text());
      findings.addAll(findingsOf(e.getKey(), run.report()));
    }
    LessonTier next =
        LessonTier.builder()
            .tier(tier)
            .consentedAt(at.consentedAt())
            .consentedDisclosure(at.consentedDisclosure())
            .anonymisedAt(now)
            .findings(findings)
            .anonymised(sections(out))
            .build();
    return replace(lesson, next);
  }

  /** Records a reviewer's decision on a finding that needs one; drops a clearance. */
  Lesson decide(Lesson lesson, Tier tier, int number, FindingDecision decision) {
    List<Violation> violations = new ArrayList<>(submitted(lesson));
    LessonTier at = consented(lesson, tier, violations);
    notPublished(at, violations);
    if (at != null && at.anonymisedAt().isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_TIER_STEP,
              "the sections are not anonymised for the " + name(tier) + " tier yet"));
    }
    TierFinding finding = null;
    if (at != null && at.anonymisedAt().isPresent()) {
      if (number < 1 || number > at.findings().size()) {
        violations.add(
            Violation.of(ViolationCode.LESSON_FINDING, "the tier has no finding " + number));
      } else {
        finding = at.findings().get(number - 1);
        if (!finding.needsDecision()) {
          violations.add(
              Violation.of(
                  ViolationCode.LESSON_FINDING,
                  "finding "
                      + number
                      + " was applied at "
                      + finding.finding().confidence()
                      + " confidence and needs no decision"));
        }
      }
    }
    refuse(violations);
    List<TierFinding> findings = new ArrayList<>(at.findings());
    findings.set(number - 1, finding.decided(decision));
    return replace(
        lesson,
        LessonTier.builder().from(at).findings(findings).clearedAt(Optional.empty()).build());
  }

  /**
   * Clears a tier: checks every rule, then makes the text readers will see from the text as written
   * with the decisions applied, and refuses it if the anonymiser still finds something at high
   * confidence in it.
   *
   * @param reviewerIsAuthor whether the escrow holds the reviewer as the author
   * @param reviewerInForum whether the reviewer is a current member of the lesson's forum
   */
  Lesson clear(
      Lesson lesson, Tier tier, boolean reviewerIsAuthor, boolean reviewerInForum, Instant now) {
    List<Violation> violations = new ArrayList<>(submitted(lesson));
    if (lesson.finalised()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_FINALISED,
              "the lesson is finalised: without its author's identity nobody can check that the"
                  + " reviewer did not write it, so it is cleared for no new tier"));
    }
    LessonTier at = nextStep(lesson, tier, violations);
    if (at != null && at.anonymisedAt().isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_TIER_STEP,
              "the sections are not anonymised for the " + name(tier) + " tier yet"));
    }
    if (at != null && at.anonymisedAt().isPresent() && !at.undecided().isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_FINDING,
              at.undecided().size()
                  + " finding(s) of the anonymiser need a reviewer's decision first"));
    }
    if (reviewerIsAuthor) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_REVIEWER_IS_AUTHOR,
              "a reviewer does not clear a lesson they wrote; another reviewer must"));
    }
    if (reviewerInForum && settings(lesson).reviewerOutsideForum()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_REVIEWER_IN_FORUM,
              "a reviewer does not clear a lesson from a forum they are a member of"));
    }
    refuse(violations);
    LessonSections text = decided(lesson, at, violations);
    refuse(violations);
    return replace(lesson, LessonTier.builder().from(at).anonymised(text).clearedAt(now).build());
  }

  /**
   * Checks what every step towards a tier needs: the author's consent to it, the tier below
   * published, and the tier not published yet. Returns the tier's state, or null without consent.
   */
  private static LessonTier nextStep(Lesson lesson, Tier tier, List<Violation> violations) {
    LessonTier at = consented(lesson, tier, violations);
    belowPublished(lesson, tier, violations);
    notPublished(at, violations);
    return at;
  }

  /**
   * Publishes a cleared tier once the tier below is published, showing the author's attribution at
   * a disclosure that passes the k-gate (AN-4) as counted now.
   *
   * @param count the practitioner store's count of a cohort, in the caller's unit of work
   */
  Lesson publish(
      Lesson lesson, Tier tier, Disclosure disclosure, ToLongFunction<Cohort> count, Instant now) {
    List<Violation> violations = new ArrayList<>(submitted(lesson));
    LessonTier at = nextStep(lesson, tier, violations);
    if (at != null && at.clearedAt().isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_TIER_STEP,
              "a reviewer has not cleared the lesson for the " + name(tier) + " tier"));
    }
    if (at != null && !disclosure.atLeastAsGeneralAs(at.consentedDisclosure())) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_CONSENT,
              "the author consented to the "
                  + name(tier)
                  + " tier showing no more than "
                  + KGatePolicy.shown(at.consentedDisclosure())
                  + "; publish at that disclosure or a more general one"));
    }
    if (violations.isEmpty()) {
      KGateCheck gate = kGate(lesson, tier, disclosure, count);
      if (!gate.passes()) {
        violations.add(KGatePolicy.violation(gate, lesson.quasiIdentifiers().isPresent()));
      }
    }
    refuse(violations);
    List<Violation> left = new ArrayList<>();
    identifiersLeft(at.anonymised(), left);
    refuse(left);
    return replace(
        lesson, LessonTier.builder().from(at).publishedAt(now).disclosure(disclosure).build());
  }

  /**
   * The k-gate (AN-4) for a lesson at a tier and disclosure, with the organisation's k.
   *
   * @param count the practitioner store's count of a cohort, in the caller's unit of work
   */
  KGateCheck kGate(Lesson lesson, Tier tier, Disclosure disclosure, ToLongFunction<Cohort> count) {
    Disclosure floor =
        lesson.tier(tier).map(LessonTier::consentedDisclosure).orElse(Disclosure.exact());
    return KGatePolicy.check(lesson, tier, disclosure, floor, settings(lesson).k(), count);
  }

  /**
   * The text of every section with the reviewer's decisions applied, made again from the text as
   * written; adds a violation if the anonymiser's findings changed since the run, or the result
   * still holds an identifier found at high confidence.
   */
  private LessonSections decided(Lesson lesson, LessonTier at, List<Violation> violations) {
    Anonymiser a = anonymiser.get();
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (Map.Entry<LessonSection, String> e : lesson.sections().asMap().entrySet()) {
      LessonSection section = e.getKey();
      String original = e.getValue();
      Anonymised run = a.anonymise(original);
      List<TierFinding> stored =
          at.findings().stream().filter(f -> f.section() == section).toList();
      List<TierFinding> fresh = findingsOf(section, run.report());
      if (!sameFindings(stored, fresh)) {
        violations.add(
            Violation.of(
                ViolationCode.LESSON_FINDING,
                "the anonymiser now finds something else in the section '"
                    + section.title()
                    + "'; run it again for this tier"));
        continue;
      }
      Review.Builder review = Review.builder();
      boolean changed = false;
      for (TierFinding f : stored) {
        FindingDecision d = f.decision().orElse(FindingDecision.REDACT);
        if (!f.held() && d == FindingDecision.KEEP) {
          review.reject(f.finding());
          changed = true;
        } else if (f.held() && d == FindingDecision.REDACT) {
          review.add(f.finding().start(), f.finding().end(), f.finding().type());
          changed = true;
        }
      }
      String text = changed ? a.reapply(original, run.report(), review.build()).text() : run.text();
      out.put(section, text);
    }
    if (!violations.isEmpty()) {
      return LessonSections.empty();
    }
    LessonSections text = sections(out);
    identifiersLeft(text, violations);
    return text;
  }

  /**
   * Adds a violation for each section in which the anonymiser finds something at high confidence.
   */
  private void identifiersLeft(LessonSections text, List<Violation> violations) {
    Anonymiser a = anonymiser.get();
    for (Map.Entry<LessonSection, String> e : text.asMap().entrySet()) {
      AnonymisationReport report = a.anonymise(e.getValue()).report();
      boolean high =
          report.findings().stream().anyMatch(f -> f.confidence() == Confidence.HIGH)
              || report.heldForReview().stream().anyMatch(f -> f.confidence() == Confidence.HIGH);
      if (high) {
        violations.add(
            Violation.of(
                ViolationCode.LESSON_IDENTIFIER_LEFT,
                "the section '"
                    + e.getKey().title()
                    + "' would still hold an identifier the anonymiser finds at high confidence"));
      }
    }
  }

  private static boolean sameFindings(List<TierFinding> stored, List<TierFinding> fresh) {
    if (stored.size() != fresh.size()) {
      return false;
    }
    for (int k = 0; k < stored.size(); k++) {
      TierFinding s = stored.get(k);
      TierFinding f = fresh.get(k);
      if (s.held() != f.held() || !s.finding().equals(f.finding())) {
        return false;
      }
    }
    return true;
  }

  /** A run's applied and held findings of one section, in text order, undecided. */
  private static List<TierFinding> findingsOf(LessonSection section, AnonymisationReport report) {
    List<TierFinding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(new TierFinding(section, f, false, Optional.empty()));
    }
    for (Finding f : report.heldForReview()) {
      out.add(new TierFinding(section, f, true, Optional.empty()));
    }
    out.sort(
        (x, y) -> {
          int c = Integer.compare(x.finding().start(), y.finding().start());
          return c != 0 ? c : Boolean.compare(x.held(), y.held());
        });
    return out;
  }

  private static LessonSections sections(Map<LessonSection, String> text) {
    try {
      return LessonSections.of(text);
    } catch (InvalidInputException e) {
      throw new RuleViolationException(
          ViolationCode.LESSON_TIER_STEP,
          "an anonymised section would be longer than "
              + Lesson.MAX_SECTION_LENGTH
              + " characters, the most a section holds");
    }
  }

  private static Lesson replace(Lesson lesson, LessonTier next) {
    List<LessonTier> tiers = new ArrayList<>(lesson.tiers());
    tiers.set(next.tier().ordinal(), next);
    return Lesson.builder().from(lesson).tiers(tiers).build();
  }

  private static List<Violation> submitted(Lesson lesson) {
    if (lesson.state() != LessonState.SUBMITTED) {
      return List.of(
          Violation.of(ViolationCode.LESSON_STATE, "the lesson is not submitted for review"));
    }
    return List.of();
  }

  /** The tier's state, or null with a violation if the author has not consented to it. */
  private static LessonTier consented(Lesson lesson, Tier tier, List<Violation> violations) {
    Optional<LessonTier> at = lesson.tier(tier);
    if (at.isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_CONSENT,
              "the author has not consented to publication at the " + name(tier) + " tier"));
      return null;
    }
    return at.get();
  }

  private static void belowPublished(Lesson lesson, Tier tier, List<Violation> violations) {
    tier.below()
        .filter(b -> !lesson.publishedAt(b))
        .ifPresent(
            b ->
                violations.add(
                    Violation.of(
                        ViolationCode.LESSON_TIER_BELOW,
                        "a lesson moves one tier at a time: it is not published at the "
                            + name(b)
                            + " tier yet")));
  }

  private static void notPublished(LessonTier at, List<Violation> violations) {
    if (at != null && at.published()) {
      violations.add(
          Violation.of(
              ViolationCode.LESSON_TIER_STEP,
              "the lesson is published at the " + name(at.tier()) + " tier already"));
    }
  }

  private static void refuse(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  static String name(Tier tier) {
    return tier.name().toLowerCase(java.util.Locale.ROOT);
  }
}
