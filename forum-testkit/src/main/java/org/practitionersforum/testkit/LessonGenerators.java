package org.practitionersforum.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonDraft;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.Question;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;

/**
 * Seeded generators for lessons (LS-1, LS-2) and for the populations a lesson's author is hidden
 * in: every value they return is valid by construction, and the same seed gives the same values.
 * Sections can carry identifiers a test injects, at known places, so that a property can check what
 * an anonymiser or a store does with them; populations have a controlled number of people sharing
 * one combination of attributes, or sharing each attribute of a given practitioner with a chosen
 * probability (work places nesting as in life), so that a property can sit on either side of a
 * re-identification threshold at every rung of its generalisation ladders.
 *
 * <p>Stateless and thread-safe; do not share one {@link RandomGenerator} between threads.
 */
public final class LessonGenerators {
  private static final String[] OPENINGS = {
    "We tried", "The team moved to", "Our base piloted", "We commissioned", "We reorganised around"
  };
  private static final String[] THINGS = {
    "a shared online rota",
    "a new referral form",
    "a drop-in clinic on Fridays",
    "a single duty desk",
    "an app for recording visits",
    "paired working across two teams"
  };
  private static final String[] ENDINGS = {
    "and it did not work as hoped.",
    "and stopped after a few weeks.",
    "which added work instead of saving it.",
    "and people went back to the old way.",
    "until the review showed the cost."
  };

  private LessonGenerators() {}

  /**
   * Returns a lesson id.
   *
   * @param random the source of randomness
   * @return the id
   */
  public static LessonId lessonId(RandomGenerator random) {
    return LessonId.of("lesson-" + random.nextInt(1_000_000));
  }

  /**
   * Returns a kind of thing tried.
   *
   * @param random the source of randomness
   * @return the kind
   */
  public static LessonKind kind(RandomGenerator random) {
    LessonKind[] all = LessonKind.values();
    return all[random.nextInt(all.length)];
  }

  /**
   * Returns one section's text: a sentence or two of plain words, with no identifier in it.
   *
   * @param random the source of randomness
   * @return the text
   */
  public static String sectionText(RandomGenerator random) {
    StringBuilder out = new StringBuilder();
    int sentences = 1 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(OPENINGS[random.nextInt(OPENINGS.length)])
          .append(' ')
          .append(THINGS[random.nextInt(THINGS.length)])
          .append(' ')
          .append(ENDINGS[random.nextInt(ENDINGS.length)]);
    }
    return out.toString();
  }

  /**
   * Returns the first {@code count} sections, in the order they are told, each with generated text.
   *
   * @param random the source of randomness
   * @param count how many sections, 0 to 6
   * @return the sections
   * @throws IllegalArgumentException if the count is out of range
   */
  public static LessonSections sections(RandomGenerator random, int count) {
    if (count < 0 || count > LessonSection.values().length) {
      throw new IllegalArgumentException("a lesson has 0 to 6 sections");
    }
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      if (out.size() < count) {
        out.put(s, sectionText(random));
      }
    }
    return LessonSections.of(out);
  }

  /**
   * Returns every section, with each identifier given injected into a section chosen at random,
   * between two sentences, as a sentence of its own ("We spoke to X about it."). Every identifier
   * appears at least once, verbatim.
   *
   * @param random the source of randomness
   * @param identifiers the identifiers to inject: names, emails, phone numbers, postcodes...
   * @return the sections
   */
  public static LessonSections sectionsWith(RandomGenerator random, List<String> identifiers) {
    Map<LessonSection, String> out = new EnumMap<>(sections(random, 6).asMap());
    LessonSection[] all = LessonSection.values();
    for (String id : identifiers) {
      LessonSection s = all[random.nextInt(all.length)];
      out.put(s, out.get(s) + " We spoke to " + id + " about it.");
    }
    return LessonSections.of(out);
  }

  /**
   * Returns a draft of a lesson from a forum, with some of its sections written.
   *
   * @param random the source of randomness
   * @param forum the forum
   * @return the draft
   */
  public static LessonDraft draft(RandomGenerator random, ForumId forum) {
    return LessonDraft.builder()
        .id(lessonId(random))
        .forum(forum)
        .kind(kind(random))
        .sections(sections(random, random.nextInt(LessonSection.values().length + 1)))
        .build();
  }

  /**
   * Returns a stored-looking lesson in any state, consistent with it: a submitted one has every
   * section and may have a thread and be finalised; a withdrawn one has no text.
   *
   * @param random the source of randomness
   * @return the lesson, at version 0
   */
  public static Lesson lesson(RandomGenerator random) {
    Instant created = Generators.EPOCH.plus(Duration.ofMinutes(random.nextInt(5_000_000)));
    LessonState state = LessonState.values()[random.nextInt(LessonState.values().length)];
    Lesson.Builder b =
        Lesson.builder()
            .id(lessonId(random))
            .forum(ForumId.of("forum-" + random.nextInt(1_000)))
            .organisation(OrganisationId.of("org-" + random.nextInt(20)))
            .kind(kind(random))
            .state(state)
            .createdAt(created);
    switch (state) {
      case DRAFT -> b.sections(sections(random, random.nextInt(7)));
      case SUBMITTED -> {
        Instant submitted = created.plus(Duration.ofHours(1 + random.nextInt(100)));
        b.sections(sections(random, 6)).submittedAt(submitted);
        List<Question> thread = new ArrayList<>();
        int questions = random.nextInt(4);
        boolean allAnswered = true;
        for (int n = 1; n <= questions; n++) {
          Instant asked = submitted.plus(Duration.ofHours(n));
          Question.Builder q =
              Question.builder().number(n).text("Question " + n + "?").askedAt(asked);
          if (random.nextBoolean()) {
            q.answer("Answer " + n + ".").answeredAt(asked.plus(Duration.ofMinutes(30)));
          } else {
            allAnswered = false;
          }
          thread.add(q.build());
        }
        b.questions(thread).finalised(allAnswered && random.nextBoolean());
      }
      case WITHDRAWN -> b.withdrawnAt(created.plus(Duration.ofDays(1 + random.nextInt(30))));
    }
    return b.build();
  }

  /**
   * Returns a population of practitioners of one organisation in which exactly {@code rare} people
   * share the first returned profile's discipline, specialism, base and locality, and nobody else
   * shares any of its discipline, specialism or base: the rest are spread at random over other
   * values. The first profile is the one a test treats as a lesson's author.
   *
   * @param random the source of randomness
   * @param size the population's size, at least {@code rare}
   * @param rare how many share the author's combination, at least 1
   * @return the profiles, the author first; ids {@code "pop-0"}, {@code "pop-1"}, ...
   * @throws IllegalArgumentException if the sizes are out of range
   */
  public static List<PractitionerProfile> population(RandomGenerator random, int size, int rare) {
    if (rare < 1 || size < rare) {
      throw new IllegalArgumentException(
          "a population holds at least its rare group, of 1 or more");
    }
    OrganisationId org = OrganisationId.of("org-pop");
    List<PractitionerProfile> out = new ArrayList<>(size);
    for (int i = 0; i < rare; i++) {
      out.add(profile(i, org, Discipline.OCCUPATIONAL_THERAPY, Specialism.LEARNING_DISABILITY, 0));
    }
    Discipline[] common = {Discipline.SOCIAL_WORK, Discipline.NURSING};
    Specialism[] specialisms = {Specialism.ADULTS, Specialism.MENTAL_HEALTH};
    for (int i = rare; i < size; i++) {
      out.add(
          profile(
              i,
              org,
              common[random.nextInt(common.length)],
              specialisms[random.nextInt(specialisms.length)],
              1 + random.nextInt(2)));
    }
    return List.copyOf(out);
  }

  private static PractitionerProfile profile(
      int i, OrganisationId org, Discipline discipline, Specialism specialism, int base) {
    return PractitionerProfile.builder()
        .id(PractitionerId.of("pop-" + i))
        .discipline(discipline)
        .specialism(specialism)
        .base(BaseId.of("base-" + base))
        .organisation(org)
        .locality(LocalityId.of("locality-" + (base / 2)))
        .build();
  }

  /**
   * Returns {@code others} practitioners around {@code like}, each sharing each of its attributes
   * with probability {@code sharing}: organisation, locality and discipline independently; the
   * specialism only with the discipline; the base only with organisation and locality. What is not
   * shared is one of a few other values, so that the others also share among themselves. Ids are
   * {@code prefix + "-" + i}.
   *
   * @param random the source of randomness
   * @param like the practitioner the population is around; not part of it
   * @param others how many other practitioners, at least 0
   * @param sharing the probability of sharing each attribute, in {@code [0, 1]}
   * @param prefix the prefix of the ids
   * @return the population, without {@code like}
   * @throws IllegalArgumentException if {@code others} is negative or {@code sharing} out of range
   */
  public static List<PractitionerProfile> populationAround(
      RandomGenerator random, PractitionerProfile like, int others, double sharing, String prefix) {
    java.util.Objects.requireNonNull(random, "random");
    java.util.Objects.requireNonNull(like, "like");
    java.util.Objects.requireNonNull(prefix, "prefix");
    if (others < 0 || !(sharing >= 0 && sharing <= 1)) {
      throw new IllegalArgumentException("others >= 0 and 0 <= sharing <= 1");
    }
    List<PractitionerProfile> out = new ArrayList<>(others);
    for (int i = 0; i < others; i++) {
      boolean org = random.nextDouble() < sharing;
      boolean locality = random.nextDouble() < sharing;
      boolean base = org && locality && random.nextDouble() < sharing;
      boolean discipline = random.nextDouble() < sharing;
      boolean specialism = discipline && random.nextDouble() < sharing;
      int other = random.nextInt(3);
      out.add(
          PractitionerProfile.builder()
              .id(PractitionerId.of(prefix + "-" + i))
              .organisation(org ? like.organisation() : OrganisationId.of("other-org-" + other))
              .locality(locality ? like.locality() : LocalityId.of("other-locality-" + other))
              .base(base ? like.base() : BaseId.of("other-base-" + other))
              .discipline(discipline ? like.discipline() : otherDiscipline(like, other))
              .specialism(specialism ? like.specialism() : otherSpecialism(like, other))
              .build());
    }
    return List.copyOf(out);
  }

  /**
   * Returns a generator of populations around {@code like} of 0 to {@code maxOthers} others, with a
   * sharing probability drawn uniformly from {@code [minSharing, maxSharing]}, so that a property
   * sees rare and common attributes alike.
   *
   * @param like the practitioner the populations are around
   * @param maxOthers the most other practitioners
   * @param minSharing the least sharing probability
   * @param maxSharing the greatest sharing probability
   * @param prefix the prefix of the ids
   * @return the generator
   * @throws IllegalArgumentException if the bounds are out of order or out of range
   */
  public static Generator<List<PractitionerProfile>> populationsAround(
      PractitionerProfile like,
      int maxOthers,
      double minSharing,
      double maxSharing,
      String prefix) {
    if (maxOthers < 0 || !(0 <= minSharing && minSharing <= maxSharing && maxSharing <= 1)) {
      throw new IllegalArgumentException("maxOthers >= 0 and 0 <= min <= max <= 1");
    }
    return random ->
        populationAround(
            random,
            like,
            random.nextInt(maxOthers + 1),
            minSharing + random.nextDouble() * (maxSharing - minSharing),
            prefix);
  }

  private static Discipline otherDiscipline(PractitionerProfile like, int which) {
    List<Discipline> all = new ArrayList<>(Discipline.wellKnown());
    all.remove(like.discipline());
    return all.get(which % all.size());
  }

  private static Specialism otherSpecialism(PractitionerProfile like, int which) {
    List<Specialism> all = new ArrayList<>(Specialism.wellKnown());
    all.remove(like.specialism());
    return all.get(which % all.size());
  }
}
