// Longer than 500 lines because it is the one place hosts look for a generator of any forum or
// practitioner model type, and each generator is a few lines.
package org.practitionersforum.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.FormationPlan;
import org.practitionersforum.api.forum.FormationRequest;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.forum.SuggestedForum;
import org.practitionersforum.api.forum.Unplaced;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;

/**
 * Seeded generators for every model type of the forum and practitioner packages and the shared
 * types. Every generated value is valid by construction: it passes the type's own checks and the
 * invariants its Javadoc states, so no generator ever filters or retries. Invalid input has its own
 * generators in {@link InvalidInputs}.
 *
 * <p>Each method returns a {@link Generator} that draws only from the {@link RandomGenerator} it is
 * given, so the same seed always gives the same value. Nothing here depends on a property-testing
 * library. Example:
 *
 * <pre>{@code
 * Forum forum = Generators.forums().next(new SplittableRandom(42));
 * List<PractitionerProfile> staff = Generators.volunteers(new SplittableRandom(7), 1_000, 20);
 * }</pre>
 *
 * <p>Identifiers are drawn from an alphabet that includes punctuation, quotes, backslashes,
 * interior spaces and non-ASCII letters, and sometimes reach the longest length allowed, so that
 * JSON and storage round trips are exercised at their edges. Thread-safe.
 */
public final class Generators {
  /** The earliest instant generated: 1 January 2020. */
  public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

  /** The span after {@link #EPOCH} within which instants are generated: ten years. */
  public static final Duration SPAN = Duration.ofDays(3653);

  private static final String ID_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:./@#+\"\\' éøß日本ŁĄ";
  private static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final List<String> WORDS =
      List.of(
          "Riverside",
          "North",
          "Hill",
          "Reflective",
          "Practice",
          "Group",
          "Team",
          "Ash",
          "Oak",
          "Harbour",
          "Circle",
          "Forum",
          "Adults",
          "Children's",
          "Mental",
          "Health",
          "Duty",
          "Hub",
          "Community",
          "East",
          "West",
          "Support",
          "Night",
          "Shift",
          "Café",
          "Méndez",
          "O'Neill",
          "\"Quoted\"",
          "Back\\slash",
          "Łódź",
          "日本");

  private Generators() {}

  // ---------------------------------------------------------------- primitives

  /**
   * Returns a generator of host identifier strings: 1 to 40 characters (sometimes exactly {@value
   * Checks#MAX_ID_LENGTH}), single line, no control characters, no surrounding white space; may
   * hold punctuation, quotes, backslashes, interior spaces and non-ASCII letters.
   *
   * @return the generator
   */
  public static Generator<String> idStrings() {
    return random -> {
      int length = random.nextInt(20) == 0 ? Checks.MAX_ID_LENGTH : random.nextInt(1, 41);
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        char c = ID_CHARS.charAt(random.nextInt(ID_CHARS.length()));
        if (c == ' ' && (i == 0 || i == length - 1)) {
          c = '_';
        }
        out.append(c);
      }
      return out.toString();
    };
  }

  /**
   * Returns a generator of instants between {@link #EPOCH} and {@code EPOCH + SPAN}, with
   * nanosecond precision.
   *
   * @return the generator
   */
  public static Generator<Instant> instants() {
    return random ->
        EPOCH
            .plusSeconds(random.nextLong(SPAN.toSeconds()))
            .plusNanos(random.nextInt(1_000_000_000));
  }

  /**
   * Returns a generator of forum names: 1 to {@value Forum#MAX_NAME_LENGTH} characters, no
   * surrounding white space, no control characters; words with apostrophes, quotes and accents.
   *
   * @return the generator
   */
  public static Generator<String> forumNames() {
    return random -> text(random, Forum.MAX_NAME_LENGTH);
  }

  /**
   * Returns a generator of stated reasons (for transitions and the end of facilitation): 1 to 200
   * characters of plain words, no surrounding white space, no control characters.
   *
   * @return the generator
   */
  public static Generator<String> reasons() {
    return random -> text(random, 200);
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * Returns a generator of practitioner ids.
   *
   * @return the generator
   */
  public static Generator<PractitionerId> practitionerIds() {
    return idStrings().map(PractitionerId::of);
  }

  /**
   * Returns a generator of person ids (never {@link Actor#SYSTEM_PERSON}).
   *
   * @return the generator
   */
  public static Generator<PersonId> personIds() {
    return random -> {
      String id = idStrings().next(random);
      return PersonId.of(id.equals(Actor.SYSTEM_PERSON.value()) ? id + "x" : id);
    };
  }

  /**
   * Returns a generator of forum ids.
   *
   * @return the generator
   */
  public static Generator<ForumId> forumIds() {
    return idStrings().map(ForumId::of);
  }

  /**
   * Returns a generator of organisation ids.
   *
   * @return the generator
   */
  public static Generator<OrganisationId> organisationIds() {
    return idStrings().map(OrganisationId::of);
  }

  /**
   * Returns a generator of base ids.
   *
   * @return the generator
   */
  public static Generator<BaseId> baseIds() {
    return idStrings().map(BaseId::of);
  }

  /**
   * Returns a generator of locality ids.
   *
   * @return the generator
   */
  public static Generator<LocalityId> localityIds() {
    return idStrings().map(LocalityId::of);
  }

  /**
   * Returns a generator of {@code count} distinct practitioner ids. Distinct by construction: a
   * random stem is suffixed with each index.
   *
   * @param count how many, at least 0
   * @return the generator of unmodifiable lists, in generation order
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static Generator<List<PractitionerId>> distinctPractitionerIds(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    return random -> {
      List<PractitionerId> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(PractitionerId.of(token(random, 1, 12) + "#" + i));
      }
      return List.copyOf(out);
    };
  }

  // ---------------------------------------------------------------- vocabularies

  /**
   * Returns a generator of disciplines: mostly the well-known ones, sometimes a host's own code
   * (one to three lower-case words joined by hyphens).
   *
   * @return the generator
   */
  public static Generator<Discipline> disciplines() {
    return random ->
        random.nextInt(5) == 0
            ? Discipline.of(code(random))
            : Discipline.wellKnown().get(random.nextInt(Discipline.wellKnown().size()));
  }

  /**
   * Returns a generator of the well-known disciplines with a realistic skew: social work and
   * support work most often, psychology least.
   *
   * @return the generator
   */
  public static Generator<Discipline> realisticDisciplines() {
    return Generator.weighted(
        List.of(
            Discipline.SOCIAL_WORK,
            Discipline.SUPPORT_WORK,
            Discipline.NURSING,
            Discipline.OCCUPATIONAL_THERAPY,
            Discipline.HOUSING_SUPPORT,
            Discipline.PHYSIOTHERAPY,
            Discipline.PSYCHOLOGY),
        List.of(35, 25, 15, 10, 8, 4, 3));
  }

  /**
   * Returns a generator of specialisms: mostly the well-known ones, sometimes a host's own code.
   *
   * @return the generator
   */
  public static Generator<Specialism> specialisms() {
    return random ->
        random.nextInt(5) == 0
            ? Specialism.of(code(random))
            : Specialism.wellKnown().get(random.nextInt(Specialism.wellKnown().size()));
  }

  /**
   * Returns a generator of the well-known specialisms with a realistic skew: adults and children
   * and families most often, substance misuse least.
   *
   * @return the generator
   */
  public static Generator<Specialism> realisticSpecialisms() {
    return Generator.weighted(
        List.of(
            Specialism.ADULTS,
            Specialism.CHILDREN_AND_FAMILIES,
            Specialism.MENTAL_HEALTH,
            Specialism.OLDER_PEOPLE,
            Specialism.LEARNING_DISABILITY,
            Specialism.SUBSTANCE_MISUSE),
        List.of(30, 25, 15, 12, 12, 6));
  }

  // ---------------------------------------------------------------- practitioners and actors

  /**
   * Returns a generator of practitioner profiles with arbitrary places of work, a line manager
   * (never themselves) half the time, and a version from 0 to 1,000.
   *
   * @return the generator
   */
  public static Generator<PractitionerProfile> practitionerProfiles() {
    return random -> {
      PractitionerId id = practitionerIds().next(random);
      PractitionerProfile.Builder b =
          PractitionerProfile.builder()
              .id(id)
              .discipline(disciplines().next(random))
              .specialism(specialisms().next(random))
              .base(baseIds().next(random))
              .organisation(organisationIds().next(random))
              .locality(localityIds().next(random))
              .version(random.nextLong(0, 1001));
      if (random.nextBoolean()) {
        String v = id.value();
        b.lineManager(
            PractitionerId.of(
                v.length() < Checks.MAX_ID_LENGTH
                    ? v + "m"
                    : (v.charAt(0) == 'm' ? "n" : "m") + v.substring(1)));
      }
      return b.build();
    };
  }

  /**
   * Returns a generator of actors in every role; the system actor for {@link Role#SYSTEM}.
   *
   * @return the generator
   */
  public static Generator<Actor> actors() {
    return random -> {
      Role role = Generator.oneOf(Role.class).next(random);
      return role == Role.SYSTEM ? Actor.system() : new Actor(role, personIds().next(random));
    };
  }

  /**
   * Returns a generator of actors in the given role; the system actor for {@link Role#SYSTEM}.
   *
   * @param role the role
   * @return the generator
   */
  public static Generator<Actor> actors(Role role) {
    return random ->
        role == Role.SYSTEM ? Actor.system() : new Actor(role, personIds().next(random));
  }

  // ---------------------------------------------------------------- composition and settings

  /**
   * Returns a generator of compositions: each mix single, multi or any (a single mix names its
   * value), either focus.
   *
   * @return the generator
   */
  public static Generator<Composition> compositions() {
    return random -> {
      Composition.Builder b =
          Composition.builder().focus(Generator.oneOf(Composition.Focus.class).next(random));
      Composition.Mix disciplines = Generator.oneOf(Composition.Mix.class).next(random);
      b.disciplineMix(disciplines);
      if (disciplines == Composition.Mix.SINGLE) {
        b.discipline(disciplines().next(random));
      }
      Composition.Mix specialisms = Generator.oneOf(Composition.Mix.class).next(random);
      b.specialismMix(specialisms);
      if (specialisms == Composition.Mix.SINGLE) {
        b.specialism(specialisms().next(random));
      }
      return b.build();
    };
  }

  /**
   * Returns a generator of size bounds: {@code LOWEST <= minimum <= maximum <= HIGHEST}, the
   * product default a quarter of the time.
   *
   * @return the generator
   */
  public static Generator<SizeBounds> sizeBounds() {
    return random -> {
      if (random.nextInt(4) == 0) {
        return SizeBounds.DEFAULT;
      }
      int min = random.nextInt(SizeBounds.LOWEST, SizeBounds.HIGHEST + 1);
      return SizeBounds.of(min, random.nextInt(min, SizeBounds.HIGHEST + 1));
    };
  }

  /**
   * Returns a generator of formation settings: any valid bounds, line management kept out three
   * times in four.
   *
   * @return the generator
   */
  public static Generator<FormationSettings> formationSettings() {
    return random -> new FormationSettings(sizeBounds().next(random), random.nextInt(4) != 0);
  }

  // ---------------------------------------------------------------- forum parts

  /**
   * Returns a generator of members joining at any generated instant.
   *
   * @return the generator
   */
  public static Generator<Member> members() {
    return random ->
        Member.builder()
            .practitioner(practitionerIds().next(random))
            .joinedAt(instants().next(random))
            .build();
  }

  /**
   * Returns a generator of invitations sent by any role at any generated instant.
   *
   * @return the generator
   */
  public static Generator<Invitation> invitations() {
    return random ->
        Invitation.builder()
            .invitee(practitionerIds().next(random))
            .invitedBy(Generator.oneOf(Role.class).next(random))
            .invitedAt(instants().next(random))
            .build();
  }

  /**
   * Returns a generator of facilitations: ongoing half the time, otherwise ended, with a reason, no
   * earlier than they started.
   *
   * @return the generator
   */
  public static Generator<Facilitation> facilitations() {
    return random -> facilitation(random, instants().next(random), random.nextBoolean());
  }

  /**
   * Returns a generator of single lifecycle changes allowed by {@link ForumState#canMoveTo}, or the
   * proposal that creates a forum (no previous state, to {@link ForumState#PROPOSED}).
   *
   * @return the generator
   */
  public static Generator<StateChange> stateChanges() {
    return random -> {
      ForumState from =
          Generator.oneOf(
                  List.of(
                      ForumState.PROPOSED,
                      ForumState.FORMING,
                      ForumState.ACTIVE,
                      ForumState.SUSPENDED))
              .next(random);
      boolean proposal = random.nextInt(5) == 0;
      List<ForumState> next = new ArrayList<>(from.next());
      next.sort(null);
      return StateChange.builder()
          .from(proposal ? Optional.empty() : Optional.of(from))
          .to(proposal ? ForumState.PROPOSED : next.get(random.nextInt(next.size())))
          .reason(reasons().next(random))
          .by(Generator.oneOf(Role.class).next(random))
          .at(instants().next(random))
          .build();
    };
  }

  // ---------------------------------------------------------------- forums

  /**
   * Returns a generator of proposals for new forums, with a sponsor half the time.
   *
   * @return the generator
   */
  public static Generator<ForumProposal> forumProposals() {
    return random ->
        ForumProposal.builder()
            .id(forumIds().next(random))
            .name(forumNames().next(random))
            .organisation(organisationIds().next(random))
            .base(baseIds().next(random))
            .locality(localityIds().next(random))
            .composition(compositions().next(random))
            .sponsor(personIds().optional(0.5).next(random))
            .build();
  }

  /**
   * Returns a generator of consistent forums in any state: see {@link #forums(ForumState)}.
   *
   * @return the generator
   */
  public static Generator<Forum> forums() {
    return random -> forums(Generator.oneOf(ForumState.class).next(random)).next(random);
  }

  /**
   * Returns a generator of consistent forums in the given state. The history is a path the
   * lifecycle allows, from the proposal to {@code state}, in time order; members are distinct,
   * joined after the proposal, never more than the maximum, none while proposed, and at least the
   * minimum while active; invitations are for non-members; facilitations follow each other and only
   * the last may be ongoing. The members are not checked against the composition or the
   * line-management rule: that needs their profiles, which a forum does not hold.
   *
   * @param state the state of the forums generated
   * @return the generator
   * @throws NullPointerException if {@code state} is null
   */
  public static Generator<Forum> forums(ForumState state) {
    java.util.Objects.requireNonNull(state, "state");
    return random -> {
      SizeBounds bounds = sizeBounds().next(random);
      Instant proposedAt = instants().next(random);
      Clock clock = new Clock(proposedAt);
      List<ForumState> path = path(random, state);
      List<StateChange> history = new ArrayList<>(path.size());
      for (int i = 0; i < path.size(); i++) {
        history.add(
            StateChange.builder()
                .from(i == 0 ? Optional.empty() : Optional.of(path.get(i - 1)))
                .to(path.get(i))
                .reason(reasons().next(random))
                .by(
                    i == 0
                        ? Generator.oneOf(
                                List.of(
                                    Role.PRACTITIONER,
                                    Role.MANAGER,
                                    Role.ADMINISTRATOR,
                                    Role.FACILITATOR))
                            .next(random)
                        : Generator.oneOf(Role.class).next(random))
                .at(i == 0 ? proposedAt : clock.tick(random))
                .build());
      }
      int memberCount =
          switch (state) {
            case PROPOSED -> 0;
            case ACTIVE -> random.nextInt(bounds.minimum(), bounds.maximum() + 1);
            default -> random.nextInt(0, bounds.maximum() + 1);
          };
      List<PractitionerId> ids = distinctPractitionerIds(memberCount + 3).next(random);
      List<Member> members = new ArrayList<>(memberCount);
      for (int i = 0; i < memberCount; i++) {
        members.add(Member.builder().practitioner(ids.get(i)).joinedAt(clock.tick(random)).build());
      }
      List<Invitation> invitations = new ArrayList<>();
      int invited = random.nextInt(0, 4);
      for (int i = 0; i < invited; i++) {
        invitations.add(
            Invitation.builder()
                .invitee(ids.get(memberCount + i))
                .invitedBy(Generator.oneOf(Role.class).next(random))
                .invitedAt(clock.tick(random))
                .build());
      }
      int facilitationCount = random.nextInt(0, 4);
      List<Facilitation> facilitations = new ArrayList<>(facilitationCount);
      for (int i = 0; i < facilitationCount; i++) {
        boolean last = i == facilitationCount - 1;
        Facilitation f = facilitation(random, clock.tick(random), last && random.nextBoolean());
        facilitations.add(f);
        f.end().ifPresent(clock::atLeast);
      }
      return Forum.builder()
          .id(forumIds().next(random))
          .name(forumNames().next(random))
          .organisation(organisationIds().next(random))
          .base(baseIds().next(random))
          .locality(localityIds().next(random))
          .composition(compositions().next(random))
          .sizeBounds(bounds)
          .lineManagementExcluded(random.nextInt(4) != 0)
          .sponsor(personIds().optional(0.5).next(random))
          .members(members)
          .invitations(invitations)
          .facilitations(facilitations)
          .history(history)
          .proposedAt(proposedAt)
          .version(random.nextLong(0, 1001))
          .build();
    };
  }

  // ---------------------------------------------------------------- planning

  /**
   * Returns a generator of formation requests: a realistic population of 0 to {@code maxVolunteers}
   * volunteers over 1 to 6 bases (see {@link #volunteers}), any composition and any settings.
   *
   * @param maxVolunteers the most volunteers, at least 0
   * @return the generator
   * @throws IllegalArgumentException if {@code maxVolunteers} is negative
   */
  public static Generator<FormationRequest> formationRequests(int maxVolunteers) {
    if (maxVolunteers < 0) {
      throw new IllegalArgumentException("maxVolunteers must not be negative");
    }
    return random -> {
      int count = random.nextInt(0, maxVolunteers + 1);
      int bases = random.nextInt(1, 7);
      return FormationRequest.builder()
          .volunteers(volunteers(random, count, bases))
          .composition(plannableCompositions().next(random))
          .settings(formationSettings().next(random))
          .build();
    };
  }

  /**
   * Returns a generator of compositions whose single discipline and specialism, when named, are
   * well-known ones, so that they can match volunteers from {@link #volunteers}.
   *
   * @return the generator
   */
  public static Generator<Composition> plannableCompositions() {
    return random -> {
      Composition.Builder b =
          Composition.builder().focus(Generator.oneOf(Composition.Focus.class).next(random));
      if (random.nextInt(3) == 0) {
        b.disciplineMix(Composition.Mix.SINGLE).discipline(realisticDisciplines().next(random));
      } else {
        b.disciplineMix(random.nextBoolean() ? Composition.Mix.MULTI : Composition.Mix.ANY);
      }
      if (random.nextInt(3) == 0) {
        b.specialismMix(Composition.Mix.SINGLE).specialism(realisticSpecialisms().next(random));
      } else {
        b.specialismMix(random.nextBoolean() ? Composition.Mix.MULTI : Composition.Mix.ANY);
      }
      return b.build();
    };
  }

  /**
   * Returns a generator of suggested forums: 1 to 16 distinct members in ascending id order.
   *
   * @return the generator
   */
  public static Generator<SuggestedForum> suggestedForums() {
    return random -> {
      List<PractitionerId> members =
          new ArrayList<>(
              distinctPractitionerIds(random.nextInt(1, SizeBounds.HIGHEST + 1)).next(random));
      members.sort(null);
      return SuggestedForum.builder()
          .organisation(organisationIds().next(random))
          .base(baseIds().next(random))
          .locality(localityIds().next(random))
          .members(members)
          .sameBase(random.nextBoolean())
          .build();
    };
  }

  /**
   * Returns a generator of unplaced volunteers, each with a violation as the reason.
   *
   * @return the generator
   */
  public static Generator<Unplaced> unplaced() {
    return random -> new Unplaced(practitionerIds().next(random), violations().next(random));
  }

  /**
   * Returns a generator of formation plans: 0 to 4 suggested forums and 0 to 4 unplaced volunteers.
   *
   * @return the generator
   */
  public static Generator<FormationPlan> formationPlans() {
    return random ->
        FormationPlan.builder()
            .forums(suggestedForums().list(0, 4).next(random))
            .unplaced(unplaced().list(0, 4).next(random))
            .build();
  }

  /**
   * Returns a generator of violations of any code, with an explanation that names the rule.
   *
   * @return the generator
   */
  public static Generator<Violation> violations() {
    return random ->
        Violation.of(Generator.oneOf(ViolationCode.class).next(random), reasons().next(random));
  }

  /**
   * Generates a realistic population of practitioners, for planning and benchmarks.
   *
   * <ul>
   *   <li>Bases are spread over {@code max(1, bases / 50)} organisations and {@code max(1, bases /
   *       10)} localities; a locality may hold bases of several organisations. Base sizes vary
   *       (relative weights 1 to 4).
   *   <li>Disciplines and specialisms follow {@link #realisticDisciplines()} and {@link
   *       #realisticSpecialisms()}.
   *   <li>At each base about one practitioner in eight is a team lead; each other practitioner has
   *       a team lead of the same base as line manager with probability 0.85, so some have none.
   *       Team leads have no line manager in the population.
   *   <li>Ids are distinct and readable: {@code p-0000001}, {@code base-00001}, {@code org-001},
   *       {@code loc-0001}. The list is in id order.
   * </ul>
   *
   * @param random the source of randomness
   * @param count how many practitioners, at least 0
   * @param bases how many bases, at least 1
   * @return an unmodifiable list of {@code count} profiles at version 0
   * @throws IllegalArgumentException if {@code count < 0} or {@code bases < 1}
   */
  public static List<PractitionerProfile> volunteers(RandomGenerator random, int count, int bases) {
    java.util.Objects.requireNonNull(random, "random");
    if (count < 0 || bases < 1) {
      throw new IllegalArgumentException("volunteers needs count >= 0 and bases >= 1");
    }
    int organisations = Math.max(1, bases / 50);
    int localities = Math.max(1, bases / 10);
    BaseId[] baseIds = new BaseId[bases];
    OrganisationId[] baseOrg = new OrganisationId[bases];
    LocalityId[] baseLocality = new LocalityId[bases];
    int[] cumulative = new int[bases];
    int total = 0;
    for (int b = 0; b < bases; b++) {
      baseIds[b] = BaseId.of(String.format("base-%05d", b));
      baseOrg[b] = OrganisationId.of(String.format("org-%03d", random.nextInt(organisations)));
      baseLocality[b] = LocalityId.of(String.format("loc-%04d", random.nextInt(localities)));
      total += random.nextInt(1, 5);
      cumulative[b] = total;
    }
    Generator<Discipline> discipline = realisticDisciplines();
    Generator<Specialism> specialism = realisticSpecialisms();
    int[] baseOf = new int[count];
    List<List<Integer>> atBase = new ArrayList<>(bases);
    for (int b = 0; b < bases; b++) {
      atBase.add(new ArrayList<>());
    }
    for (int i = 0; i < count; i++) {
      int r = random.nextInt(total);
      int b = java.util.Arrays.binarySearch(cumulative, r + 1);
      b = b >= 0 ? b : -b - 1;
      baseOf[i] = b;
      atBase.get(b).add(i);
    }
    PractitionerId[] ids = new PractitionerId[count];
    for (int i = 0; i < count; i++) {
      ids[i] = PractitionerId.of(String.format("p-%07d", i));
    }
    PractitionerId[] managerOf = new PractitionerId[count];
    for (List<Integer> staff : atBase) {
      int leads = (staff.size() + 7) / 8;
      for (int j = leads; j < staff.size(); j++) {
        if (random.nextInt(100) < 85) {
          managerOf[staff.get(j)] = ids[staff.get(random.nextInt(leads))];
        }
      }
    }
    List<PractitionerProfile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int b = baseOf[i];
      out.add(
          PractitionerProfile.builder()
              .id(ids[i])
              .discipline(discipline.next(random))
              .specialism(specialism.next(random))
              .base(baseIds[b])
              .organisation(baseOrg[b])
              .locality(baseLocality[b])
              .lineManager(Optional.ofNullable(managerOf[i]))
              .build());
    }
    return List.copyOf(out);
  }

  /**
   * Returns a generator of populations from {@link #volunteers}, with a count drawn from {@code [0,
   * maxCount]} and 1 to {@code maxBases} bases.
   *
   * @param maxCount the most practitioners
   * @param maxBases the most bases, at least 1
   * @return the generator
   * @throws IllegalArgumentException if {@code maxCount < 0} or {@code maxBases < 1}
   */
  public static Generator<List<PractitionerProfile>> volunteers(int maxCount, int maxBases) {
    if (maxCount < 0 || maxBases < 1) {
      throw new IllegalArgumentException("volunteers needs maxCount >= 0 and maxBases >= 1");
    }
    return random ->
        volunteers(random, random.nextInt(0, maxCount + 1), random.nextInt(1, maxBases + 1));
  }

  // ---------------------------------------------------------------- helpers

  private static String text(RandomGenerator random, int maxLength) {
    int words = random.nextInt(1, 8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS.get(random.nextInt(WORDS.size()));
      if (out.length() + w.length() + 1 > maxLength) {
        break;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    if (out.length() == 0) {
      out.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
    }
    if (random.nextInt(20) == 0) {
      while (out.length() < maxLength) {
        out.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
      }
    }
    return out.toString();
  }

  private static String token(RandomGenerator random, int minLength, int maxLength) {
    int length = random.nextInt(minLength, maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
    }
    return out.toString();
  }

  private static String code(RandomGenerator random) {
    int words = random.nextInt(1, 4);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append('-');
      }
      out.append(token(random, 2, 10));
    }
    return out.toString();
  }

  private static Facilitation facilitation(RandomGenerator random, Instant start, boolean ongoing) {
    Facilitation.Builder b =
        Facilitation.builder().facilitator(personIds().next(random)).start(start);
    if (!ongoing) {
      b.end(start.plusSeconds(random.nextLong(0, 400L * 24 * 3600)))
          .endReason(reasons().next(random));
    }
    return b.build();
  }

  /** A lifecycle path from the proposal to {@code target} that the lifecycle allows. */
  private static List<ForumState> path(RandomGenerator random, ForumState target) {
    List<ForumState> path = new ArrayList<>();
    path.add(ForumState.PROPOSED);
    ForumState last =
        target == ForumState.CLOSED
            ? Generator.oneOf(
                    List.of(
                        ForumState.PROPOSED,
                        ForumState.FORMING,
                        ForumState.ACTIVE,
                        ForumState.SUSPENDED))
                .next(random)
            : target;
    if (last != ForumState.PROPOSED) {
      path.add(ForumState.FORMING);
    }
    if (last == ForumState.ACTIVE || last == ForumState.SUSPENDED) {
      path.add(ForumState.ACTIVE);
      int cycles = random.nextInt(0, 3);
      for (int i = 0; i < cycles; i++) {
        path.add(ForumState.SUSPENDED);
        path.add(ForumState.ACTIVE);
      }
      if (last == ForumState.SUSPENDED) {
        path.add(ForumState.SUSPENDED);
      }
    }
    if (target == ForumState.CLOSED) {
      path.add(ForumState.CLOSED);
    }
    return path;
  }

  /** Hands out non-decreasing instants. */
  private static final class Clock {
    private Instant now;

    Clock(Instant start) {
      this.now = start;
    }

    Instant tick(RandomGenerator random) {
      now =
          now.plusSeconds(random.nextLong(0, 30L * 24 * 3600))
              .plusNanos(random.nextInt(1_000_000_000));
      return now;
    }

    void atLeast(Instant instant) {
      if (instant.isAfter(now)) {
        now = instant;
      }
    }
  }
}
