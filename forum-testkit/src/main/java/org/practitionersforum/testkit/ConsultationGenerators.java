package org.practitionersforum.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.Disposition;
import org.practitionersforum.api.consultation.DispositionKind;
import org.practitionersforum.api.consultation.ForumResponse;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.Purpose;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.ResponseAgreement;
import org.practitionersforum.api.consultation.ResponseContent;
import org.practitionersforum.api.consultation.ResponseState;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundState;
import org.practitionersforum.api.consultation.ServiceId;
import org.practitionersforum.api.consultation.StatusChange;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Generators of consultation rounds (CR-1 to CR-5, CR-8) as a store holds them: windows short and
 * long, decision dates before and after the open date, forums' responses in draft and agreed, the
 * recommendations of the agreed ones, dispositions of every kind published before and after the
 * close date, and tracking to implementation or abandonment. Every round is valid by construction,
 * so a store can insert it as it is: for properties over stores and for the benchmarks' data sets.
 * Deterministic for a seed; stateless.
 *
 * <pre>{@code
 * ConsultationGenerators.Space space = ConsultationGenerators.Space.of(org, managers, services,
 *     LocalDate.of(2027, 1, 1), 365);
 * ConsultationRound r = ConsultationGenerators.round(random, RoundId.of("r-1"), space);
 * }</pre>
 */
public final class ConsultationGenerators {
  private static final String[] ACTIONS = {
    "Name a lead for",
    "Publish the rota for",
    "Fund cover for",
    "Review the referral route for",
    "Train staff in",
    "Share minutes of"
  };
  private static final String[] THINGS = {
    "out-of-hours visits",
    "discharge planning",
    "safeguarding reviews",
    "the duty desk",
    "transitions to adult services",
    "carers' assessments"
  };

  private ConsultationGenerators() {}

  /**
   * Where generated rounds fall: one organisation, the managers who open them, the services they
   * concern, and the span of their open dates.
   *
   * @param organisation the organisation
   * @param managers the managers, at least one
   * @param services the services, possibly none (rounds then name none)
   * @param firstOpen the first open date
   * @param days how many days open dates span, at least 1
   * @param maxForums the most forums a round invites, 1 to {@link ConsultationRound#MAX_FORUMS}
   * @param maxRecommendations the most recommendations a response makes, 0 to {@link
   *     ResponseContent#MAX_RECOMMENDATIONS}
   */
  public record Space(
      OrganisationId organisation,
      List<PersonId> managers,
      List<ServiceId> services,
      LocalDate firstOpen,
      int days,
      int maxForums,
      int maxRecommendations) {

    /**
     * Checks and copies the space.
     *
     * @param organisation the organisation
     * @param managers the managers
     * @param services the services
     * @param firstOpen the first open date
     * @param days the span of open dates
     * @param maxForums the most forums a round invites
     * @param maxRecommendations the most recommendations a response makes
     * @throws IllegalArgumentException if a bound is out of range
     */
    public Space {
      managers = List.copyOf(managers);
      services = List.copyOf(services);
      if (managers.isEmpty()
          || days < 1
          || maxForums < 1
          || maxForums > ConsultationRound.MAX_FORUMS
          || maxRecommendations < 0
          || maxRecommendations > ResponseContent.MAX_RECOMMENDATIONS) {
        throw new IllegalArgumentException("a round space needs managers and bounds in range");
      }
    }

    /**
     * A space of up to 4 forums a round and 5 recommendations a response.
     *
     * @param organisation the organisation
     * @param managers the managers
     * @param services the services
     * @param firstOpen the first open date
     * @param days the span of open dates
     * @return the space
     */
    public static Space of(
        OrganisationId organisation,
        List<PersonId> managers,
        List<ServiceId> services,
        LocalDate firstOpen,
        int days) {
      return new Space(organisation, managers, services, firstOpen, days, 4, 5);
    }
  }

  /**
   * Returns a generator of rounds in a space, each with a fresh random id under a prefix.
   *
   * @param prefix the id prefix, such as a test's namespace
   * @param space the space
   * @return the generator
   */
  public static Generator<ConsultationRound> rounds(String prefix, Space space) {
    return random -> round(random, RoundId.of(prefix + Long.toHexString(random.nextLong())), space);
  }

  /**
   * Generates one round, at version 0, with its responses, recommendations, dispositions and
   * tracking. A window shorter than the default minimum carries its reason; a round all of whose
   * recommendations are disposed is closed half of the time.
   *
   * @param random the randomness
   * @param id the round's id
   * @param space where it falls
   * @return the round
   */
  public static ConsultationRound round(RandomGenerator random, RoundId id, Space space) {
    LocalDate opens = space.firstOpen().plusDays(random.nextInt(space.days()));
    int window = random.nextInt(10, 60);
    LocalDate closes = opens.plusDays(window);
    Instant openedAt =
        opens.minusDays(random.nextInt(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
    ConsultationRound.Builder b =
        ConsultationRound.builder()
            .id(id)
            .organisation(space.organisation())
            .openedBy(space.managers().get(random.nextInt(space.managers().size())))
            .topic(pick(random, ACTIONS) + " " + pick(random, THINGS))
            .purpose(random.nextBoolean() ? Purpose.PLANNING : Purpose.MONITORING)
            .addQuestions("What would help with " + pick(random, THINGS) + "?")
            .opensOn(opens)
            .closesOn(closes)
            .state(RoundState.OPEN)
            .openedAt(openedAt);
    if (window < ConsultationSettings.DEFAULT.minimumWindowDays()) {
      b.shortWindow(true).shortWindowReason("The budget is set before the usual window ends.");
    }
    if (!space.services().isEmpty() && random.nextInt(10) < 9) {
      b.service(space.services().get(random.nextInt(space.services().size())));
    }
    if (random.nextInt(3) > 0) {
      b.decisionDueOn(opens.plusDays(random.nextInt(-20, 120)));
    }
    int forums = random.nextInt(1, space.maxForums() + 1);
    List<Recommendation> recommendations = new ArrayList<>();
    for (int f = 1; f <= forums; f++) {
      ForumId forum = ForumId.of(id.value() + "-f" + f);
      b.addInvitedForums(forum);
      if (random.nextInt(10) < 2) {
        continue;
      }
      ResponseContent content =
          responseContent(random, random.nextInt(0, space.maxRecommendations() + 1));
      boolean agreed = random.nextInt(10) < 8;
      Instant drafted = opens.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3_600L * f);
      b.addResponses(response(forum, content, agreed, drafted));
      if (agreed) {
        for (int i = 0; i < content.recommendations().size(); i++) {
          recommendations.add(
              recommendation(
                  random,
                  new RecommendationId(id, forum, i + 1),
                  content.recommendations().get(i),
                  closes));
        }
      }
    }
    b.recommendations(recommendations);
    boolean allDisposed = recommendations.stream().allMatch(Recommendation::disposed);
    if (allDisposed && random.nextBoolean()) {
      b.state(RoundState.CLOSED)
          .closedAt(closes.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return b.build();
  }

  /**
   * Generates a response's content with the given number of recommendations.
   *
   * @param random the randomness
   * @param recommendations how many, 0 to {@link ResponseContent#MAX_RECOMMENDATIONS}
   * @return the content
   */
  public static ResponseContent responseContent(RandomGenerator random, int recommendations) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < recommendations; i++) {
      texts.add(pick(random, ACTIONS) + " " + pick(random, THINGS) + " (" + (i + 1) + ").");
    }
    return ResponseContent.of(
        "The forum's view of " + pick(random, THINGS) + ", agreed at a session.", texts);
  }

  /**
   * Returns a forum's response, agreed by two members when agreed, or a draft.
   *
   * @param forum the forum
   * @param content the content
   * @param agreed whether it is agreed
   * @param at when drafted (and agreed, an hour later)
   * @return the response
   */
  public static ForumResponse response(
      ForumId forum, ResponseContent content, boolean agreed, Instant at) {
    ForumResponse.Builder r =
        ForumResponse.builder()
            .forum(forum)
            .content(content)
            .hash(content.hash())
            .state(agreed ? ResponseState.AGREED : ResponseState.DRAFT)
            .draftedAt(at);
    for (int m = 1; m <= 2; m++) {
      r.addAgreements(
          ResponseAgreement.builder()
              .party(PersonId.of(forum.value() + "-m" + m))
              .hash(content.hash())
              .at(at.plusSeconds(1_800L * m))
              .build());
    }
    if (agreed) {
      r.agreedAt(at.plusSeconds(3_600));
    }
    return r.build();
  }

  /**
   * Generates a recommendation: undisposed three times in ten; otherwise disposed of, by a kind
   * drawn uniformly, from ten days before to 120 days after the close date; adopted and adapted
   * ones tracked half of the time.
   *
   * @param random the randomness
   * @param id its id
   * @param text its text
   * @param closes the round's close date
   * @return the recommendation
   */
  public static Recommendation recommendation(
      RandomGenerator random, RecommendationId id, String text, LocalDate closes) {
    Recommendation.Builder r = Recommendation.builder().id(id).text(text);
    if (random.nextInt(10) < 3) {
      return r.build();
    }
    Instant at =
        closes
            .plusDays(random.nextInt(-10, 121))
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plusSeconds(random.nextInt(86_400));
    Disposition d = disposition(random, closes);
    r.disposition(d).disposedAt(at);
    if ((d.kind() == DispositionKind.ADOPTED || d.kind() == DispositionKind.ADAPTED)
        && random.nextBoolean()) {
      r.history(tracking(random, at));
    }
    return r.build();
  }

  /**
   * Generates a disposition of a kind drawn uniformly.
   *
   * @param random the randomness
   * @param closes the round's close date, before a deferral's date
   * @return the disposition
   */
  public static Disposition disposition(RandomGenerator random, LocalDate closes) {
    return switch (DispositionKind.values()[random.nextInt(DispositionKind.values().length)]) {
      case ADOPTED -> Disposition.adopted();
      case ADAPTED -> Disposition.adapted("Adopted for " + pick(random, THINGS) + " only.");
      case DEFERRED -> Disposition.deferred(closes.plusDays(random.nextInt(30, 400)));
      case DECLINED -> Disposition.declined("Not funded this year.");
    };
  }

  /**
   * Generates the tracking of an adopted or adapted recommendation: planned, then possibly in
   * progress, then possibly implemented or abandoned, a few days apart from a start.
   *
   * @param random the randomness
   * @param after when the disposition was published
   * @return the status changes, oldest first, one to three of them
   */
  public static List<StatusChange> tracking(RandomGenerator random, Instant after) {
    List<StatusChange> out = new ArrayList<>();
    Instant at = after.plusSeconds(86_400L * random.nextInt(1, 30));
    out.add(change(ImplementationStatus.PLANNED, Optional.empty(), at));
    if (random.nextBoolean()) {
      at = at.plusSeconds(86_400L * random.nextInt(1, 60));
      out.add(change(ImplementationStatus.IN_PROGRESS, Optional.of(random.nextInt(0, 101)), at));
    }
    int end = random.nextInt(3);
    if (end > 0) {
      at = at.plusSeconds(86_400L * random.nextInt(1, 90));
      out.add(
          change(
              end == 1 ? ImplementationStatus.IMPLEMENTED : ImplementationStatus.ABANDONED,
              Optional.empty(),
              at));
    }
    return out;
  }

  private static StatusChange change(
      ImplementationStatus status, Optional<Integer> percent, Instant at) {
    StatusChange.Builder c =
        StatusChange.builder()
            .status(status)
            .percent(percent)
            .evidence("Minutes of the board.")
            .at(at);
    if (status == ImplementationStatus.ABANDONED) {
      c.reason("The service was recommissioned.");
    }
    return c.build();
  }

  private static String pick(RandomGenerator random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
