package org.practitionersforum.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Recommendations as forums in social care make them, for testing repeat matching (CR-6): a
 * recommendation is an action on a service topic for a group of people, with a qualifier ("Provide
 * supervision sessions for newly qualified social workers every month."). A corpus holds topics
 * raised several times in paraphrase (clauses reordered, the verb inflected or made passive,
 * function words added or dropped, a word dropped or added, a few synonyms swapped) and unrelated
 * recommendations drawn from the same vocabulary, which share words with the repeats, so that a
 * matcher's precision is tested as well as its recall. Two recommendations of different topics
 * share at most one of their action, object, group and qualifier.
 *
 * <p>The synonym table is the generator's own; a matcher under test must not use it.
 */
public final class RecommendationGenerators {

  /**
   * A generated recommendation.
   *
   * @param text the recommendation's text
   * @param topic the topic it raises: two recommendations repeat each other exactly when their
   *     topics are equal
   */
  public record Generated(String text, int topic) {}

  /** One verb in its forms: base, gerund, past participle. */
  private record Verb(String base, String ing, String done) {}

  /** What a topic says: an action on an object for a group, with a qualifier. */
  private record Topic(int verb, int object, int group, int qualifier) {}

  private static final List<Verb> VERBS =
      List.of(
          new Verb("provide", "providing", "provided"),
          new Verb("review", "reviewing", "reviewed"),
          new Verb("fund", "funding", "funded"),
          new Verb("introduce", "introducing", "introduced"),
          new Verb("extend", "extending", "extended"),
          new Verb("publish", "publishing", "published"),
          new Verb("reduce", "reducing", "reduced"),
          new Verb("protect", "protecting", "protected"),
          new Verb("increase", "increasing", "increased"),
          new Verb("simplify", "simplifying", "simplified"),
          new Verb("monitor", "monitoring", "monitored"),
          new Verb("restore", "restoring", "restored"),
          new Verb("share", "sharing", "shared"),
          new Verb("schedule", "scheduling", "scheduled"),
          new Verb("improve", "improving", "improved"),
          new Verb("guarantee", "guaranteeing", "guaranteed"),
          new Verb("audit", "auditing", "audited"),
          new Verb("resource", "resourcing", "resourced"),
          new Verb("standardise", "standardising", "standardised"),
          new Verb("expand", "expanding", "expanded"),
          new Verb("rebuild", "rebuilding", "rebuilt"),
          new Verb("prioritise", "prioritising", "prioritised"),
          new Verb("promote", "promoting", "promoted"),
          new Verb("evaluate", "evaluating", "evaluated"));

  private static final List<String> OBJECTS =
      List.of(
          "supervision sessions",
          "caseload limits",
          "out of hours cover",
          "mileage allowances",
          "reflective practice time",
          "safeguarding training",
          "mental health support",
          "duty rotas",
          "translation services",
          "respite care",
          "home visits",
          "transition plans",
          "peer mentoring",
          "team meetings",
          "carer assessments",
          "direct payments",
          "placement stability reports",
          "advocacy services",
          "case recording time",
          "lone working alarms",
          "laptops and phones",
          "parking permits",
          "interpreter budgets",
          "court report deadlines",
          "agency staff spending",
          "exit interviews",
          "hospital discharge meetings",
          "occupational therapy equipment",
          "family group conferences",
          "waiting list information",
          "complaint response times",
          "induction programmes",
          "short breaks",
          "welfare benefit checks",
          "sensory adaptations",
          "foster care allowances");

  private static final List<String> GROUPS =
      List.of(
          "newly qualified social workers",
          "foster carers",
          "care leavers",
          "unpaid carers",
          "older people living alone",
          "disabled children",
          "adults with learning disabilities",
          "families in temporary housing",
          "people with dementia",
          "night staff",
          "occupational therapists",
          "family support workers",
          "young people in residential care",
          "people leaving hospital",
          "unaccompanied asylum seeking children",
          "kinship carers",
          "approved mental health professionals",
          "home care workers",
          "parents with learning disabilities",
          "people in supported living",
          "children on protection plans",
          "sixteen and seventeen year olds",
          "hospital social work teams",
          "residential care home managers",
          "carers of people with autism",
          "survivors of domestic abuse",
          "student social workers",
          "adults who hoard",
          "team leaders",
          "people receiving reablement");

  private static final List<String> QUALIFIERS =
      List.of(
          "in every locality",
          "within six weeks of referral",
          "before the winter pressures begin",
          "across all teams",
          "every month",
          "by the end of the financial year",
          "with clear published targets",
          "at each annual review",
          "on a fixed weekly rota",
          "without long waiting lists",
          "in their first language",
          "during school holidays",
          "after every serious incident",
          "with a named contact person",
          "through the single front door",
          "from the first contact",
          "for at least two years",
          "in plain English",
          "with the voluntary sector",
          "at weekends",
          "in partnership with health colleagues",
          "using the new case system",
          "each quarter",
          "for the whole county",
          "at the point of transfer");

  /** The generator's own synonyms; a matcher under test must not share them. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("provide", "offer"),
          Map.entry("providing", "offering"),
          Map.entry("provided", "offered"),
          Map.entry("reduce", "cut"),
          Map.entry("reducing", "cutting"),
          Map.entry("reduced", "cut"),
          Map.entry("increase", "raise"),
          Map.entry("increasing", "raising"),
          Map.entry("increased", "raised"),
          Map.entry("monitor", "track"),
          Map.entry("monitoring", "tracking"),
          Map.entry("monitored", "tracked"),
          Map.entry("improve", "strengthen"),
          Map.entry("improving", "strengthening"),
          Map.entry("improved", "strengthened"),
          Map.entry("staff", "workers"),
          Map.entry("sessions", "meetings"),
          Map.entry("children", "kids"),
          Map.entry("people", "residents"),
          Map.entry("month", "four weeks"),
          Map.entry("every", "each"),
          Map.entry("support", "help"),
          Map.entry("training", "courses"),
          Map.entry("limits", "caps"),
          Map.entry("plans", "arrangements"),
          Map.entry("services", "provision"),
          Map.entry("targets", "goals"),
          Map.entry("carers", "caregivers"),
          Map.entry("information", "details"),
          Map.entry("locality", "area"),
          Map.entry("teams", "services"));

  private static final List<String> OPENINGS =
      List.of(
          "",
          "We recommend that managers ",
          "The forum asks the service to ",
          "Please ",
          "Managers should ",
          "It is essential to ",
          "The service must ");

  private static final List<String> ADDED =
      List.of("urgently", "as a priority", "properly", "consistently", "for good", "again");

  private RecommendationGenerators() {}

  /**
   * Generates a corpus in the order recommendations are raised: each topic's first statement comes
   * before its repeats, and unrelated recommendations are interleaved.
   *
   * @param random the source of randomness
   * @param repeatedTopics how many topics are raised two to four times
   * @param unrelated how many recommendations raise a topic once
   * @return the corpus, shuffled in time but with no repeat before its topic's first statement
   */
  public static List<Generated> corpus(RandomGenerator random, int repeatedTopics, int unrelated) {
    List<Topic> topics = topics(random, repeatedTopics + unrelated);
    List<List<Generated>> queues = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      int times = t < repeatedTopics ? random.nextInt(2, 5) : 1;
      List<Generated> raised = new ArrayList<>();
      raised.add(new Generated(plain(topics.get(t)), t));
      for (int i = 1; i < times; i++) {
        raised.add(new Generated(paraphrase(random, topics.get(t)), t));
      }
      queues.add(raised);
    }
    List<Generated> out = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    for (int t = 0; t < queues.size(); t++) {
      open.add(t);
    }
    while (!open.isEmpty()) {
      int pick = random.nextInt(open.size());
      List<Generated> q = queues.get(open.get(pick));
      out.add(q.remove(0));
      if (q.isEmpty()) {
        open.remove(pick);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Generates one recommendation's text, unrelated to any other drawn.
   *
   * @param random the source of randomness
   * @return the text
   */
  public static String recommendation(RandomGenerator random) {
    return plain(
        new Topic(
            random.nextInt(VERBS.size()),
            random.nextInt(OBJECTS.size()),
            random.nextInt(GROUPS.size()),
            random.nextInt(QUALIFIERS.size())));
  }

  /**
   * Returns the synonyms the generator swaps, so a test can check a matcher does not use them.
   *
   * @return the table, word to synonym
   */
  public static Map<String, String> synonyms() {
    return SYNONYMS;
  }

  /** Topics of which any two share at most one of their four parts. */
  private static List<Topic> topics(RandomGenerator random, int n) {
    List<Topic> out = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    int tries = 0;
    while (out.size() < n) {
      if (++tries > n * 1000) {
        throw new IllegalArgumentException("the vocabulary cannot make " + n + " distinct topics");
      }
      Topic t =
          new Topic(
              random.nextInt(VERBS.size()),
              random.nextInt(OBJECTS.size()),
              random.nextInt(GROUPS.size()),
              random.nextInt(QUALIFIERS.size()));
      List<String> keys = pairKeys(t);
      if (keys.stream().noneMatch(pairs::contains)) {
        pairs.addAll(keys);
        out.add(t);
      }
    }
    return out;
  }

  private static List<String> pairKeys(Topic t) {
    int[] parts = {t.verb(), t.object(), t.group(), t.qualifier()};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        out.add(i + ":" + parts[i] + "/" + j + ":" + parts[j]);
      }
    }
    return out;
  }

  private static String plain(Topic t) {
    return sentence(
        VERBS.get(t.verb()).base()
            + " "
            + OBJECTS.get(t.object())
            + " for "
            + GROUPS.get(t.group())
            + " "
            + QUALIFIERS.get(t.qualifier()));
  }

  /** A paraphrase: two or three of the five changes, at random. */
  private static String paraphrase(RandomGenerator random, Topic t) {
    List<Integer> changes = new ArrayList<>(List.of(0, 1, 2, 3, 4));
    Collections.shuffle(changes, new java.util.Random(random.nextLong()));
    Set<Integer> chosen = new HashSet<>(changes.subList(0, random.nextInt(2, 4)));
    Verb verb = VERBS.get(t.verb());
    String object = OBJECTS.get(t.object());
    String group = GROUPS.get(t.group());
    String qualifier = QUALIFIERS.get(t.qualifier());
    if (chosen.contains(3)) {
      // A word dropped from the group or the qualifier, or a word added.
      switch (random.nextInt(3)) {
        case 0 -> group = dropWord(random, group);
        case 1 -> qualifier = dropWord(random, qualifier);
        default -> qualifier = qualifier + " " + ADDED.get(random.nextInt(ADDED.size()));
      }
    }
    String text;
    boolean inflected = chosen.contains(1);
    boolean reordered = chosen.contains(0);
    if (inflected && random.nextBoolean()) {
      // Passive: "Supervision sessions should be provided for ..."
      text =
          reordered
              ? qualifier + ", " + object + " should be " + verb.done() + " for " + group
              : object + " should be " + verb.done() + " for " + group + " " + qualifier;
    } else if (inflected) {
      text =
          reordered
              ? "for " + group + ", we recommend " + verb.ing() + " the " + object + " " + qualifier
              : "we recommend " + verb.ing() + " " + object + " for " + group + " " + qualifier;
    } else if (reordered) {
      text = qualifier + ", " + verb.base() + " " + object + " for all " + group;
    } else {
      text = verb.base() + " " + object + " for " + group + " " + qualifier;
    }
    if (chosen.contains(2)) {
      String opening = OPENINGS.get(1 + random.nextInt(OPENINGS.size() - 1));
      text = opening + (inflected ? "make sure of " : "") + text;
    }
    if (chosen.contains(4)) {
      text = swapSynonyms(random, text, random.nextInt(1, 3));
    }
    return sentence(text);
  }

  private static String dropWord(RandomGenerator random, String phrase) {
    String[] words = phrase.split(" ");
    if (words.length < 3) {
      return phrase;
    }
    int drop = random.nextInt(words.length);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (i != drop) {
        kept.add(words[i]);
      }
    }
    return String.join(" ", kept);
  }

  private static String swapSynonyms(RandomGenerator random, String text, int swaps) {
    String[] words = text.split(" ");
    List<Integer> swappable = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (SYNONYMS.containsKey(words[i].toLowerCase(Locale.ROOT).replace(",", ""))) {
        swappable.add(i);
      }
    }
    Collections.shuffle(swappable, new java.util.Random(random.nextLong()));
    for (int k = 0; k < Math.min(swaps, swappable.size()); k++) {
      int i = swappable.get(k);
      boolean comma = words[i].endsWith(",");
      String bare = words[i].toLowerCase(Locale.ROOT).replace(",", "");
      words[i] = SYNONYMS.get(bare) + (comma ? "," : "");
    }
    return String.join(" ", words);
  }

  private static String sentence(String text) {
    String t = text.strip();
    return Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".";
  }
}
