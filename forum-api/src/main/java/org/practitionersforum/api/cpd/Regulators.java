package org.practitionersforum.api.cpd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.SessionMode;

/**
 * The built-in regulators (CPD-1): Social Work England, the Nursing and Midwifery Council, the
 * Health and Care Professions Council and the Scottish Social Services Council, each shaped by its
 * published guidance. Each is stateless and thread-safe. Every forum session is participatory CPD;
 * a note on a session is a piece of CPD (Social Work England) or a reflective account (NMC); a
 * reflective or consultative session is reflection with peers, and names none of them.
 */
public final class Regulators {
  /** The id of {@link #socialWorkEngland()}. */
  public static final String SOCIAL_WORK_ENGLAND = "swe";

  /** The id of {@link #nmc()}. */
  public static final String NMC = "nmc";

  /** The id of {@link #hcpc()}. */
  public static final String HCPC = "hcpc";

  /** The id of {@link #sssc()}. */
  public static final String SSSC = "sssc";

  /** The session modes that are reflection with peers. */
  private static final Set<SessionMode> PEER_MODES =
      EnumSet.of(SessionMode.REFLECTIVE, SessionMode.CONSULTATIVE);

  private static final Regulator SWE_INSTANCE = new SocialWorkEngland();
  private static final Regulator NMC_INSTANCE = new Nmc();
  private static final Regulator HCPC_INSTANCE = new Hcpc();
  private static final Regulator SSSC_INSTANCE = new Sssc();

  private Regulators() {}

  /**
   * Returns Social Work England: each registration year runs from 1 December to 30 November and is
   * due on its last day; it needs at least two pieces of CPD, at least one including peer
   * reflection. Each piece is a note on a forum session, with its type, a short description, why it
   * is relevant, the date, what was learnt, the impact on practice and on people who use services,
   * and for a piece with peer reflection what was learnt from discussing it with peers. A
   * registration needs no renewal date.
   *
   * @return the regulator, id {@value #SOCIAL_WORK_ENGLAND}
   */
  public static Regulator socialWorkEngland() {
    return SWE_INSTANCE;
  }

  /**
   * Returns the Nursing and Midwifery Council: revalidation every three years, the period ending on
   * the revalidation date (the registration's renewal date, moved on or back by whole periods); it
   * needs 35 hours of CPD of which 20 participatory, and five written reflective accounts. Every
   * forum session is participatory; each note is a reflective account. The part of the Code an
   * activity relates to is the registrant's to complete. The reflective discussion with another
   * registrant cannot be verified here: the registrant records that it took place (its date only,
   * never the other registrant's name or PIN, which stay on the registrant's own NMC form), and
   * readiness shows it as recorded by them, not verified.
   *
   * @return the regulator, id {@value #NMC}
   */
  public static Regulator nmc() {
    return NMC_INSTANCE;
  }

  /**
   * Returns the Health and Care Professions Council: a two-year registration period ending on the
   * renewal date; it needs a continuous record (an activity in each year of the period), of mixed
   * types (at least two of reflective, consultative and study), and a statement of how CPD improved
   * practice and service users' care (a note with its impact written).
   *
   * @return the regulator, id {@value #HCPC}
   */
  public static Regulator hcpc() {
    return HCPC_INSTANCE;
  }

  /**
   * Returns the Scottish Social Services Council, for the social worker part of its Register: since
   * June 2024 a social worker confirms their continuous professional learning (CPL) in an annual
   * declaration, covering the eight core learning elements for social workers each year, with no
   * set number of hours. The period is the year ending on the declaration date (the registration's
   * renewal date, moved on or back by whole years). It needs learning in the year (at least one
   * forum session attended) and a written account of what was learnt (a note on a session in the
   * year). Which core learning elements a piece of learning covers is the registrant's to say: the
   * SDK does not map forum sessions to them. Other parts of the Register, and newly qualified
   * social workers, have requirements of their own that this shape does not implement.
   *
   * @return the regulator, id {@value #SSSC}
   */
  public static Regulator sssc() {
    return SSSC_INSTANCE;
  }

  /**
   * Returns the built-in regulators.
   *
   * @return Social Work England, the NMC, the HCPC and the SSSC, in that order
   */
  public static List<Regulator> builtIn() {
    return List.of(SWE_INSTANCE, NMC_INSTANCE, HCPC_INSTANCE, SSSC_INSTANCE);
  }

  private static String description(SessionMode mode, long minutes) {
    return "Forum session (" + Shape.mode(mode) + "), " + Shape.hours(minutes) + " hours";
  }

  private static long minutes(Evidence e, ReflectiveNote n) {
    return e.record().entries().stream()
        .filter(x -> x.session().equals(n.session()))
        .mapToLong(x -> x.duration().toMinutes())
        .findFirst()
        .orElse(n.sessionDuration().toMinutes());
  }

  /** Social Work England's registration year and pieces of CPD. */
  static final class SocialWorkEngland extends Shape {
    @Override
    public String id() {
      return SOCIAL_WORK_ENGLAND;
    }

    @Override
    public String name() {
      return "Social Work England";
    }

    @Override
    public RegistrationPeriod period(Registration registration, LocalDate today) {
      Checks.notNull(registration, "registration");
      Checks.notNull(today, "date");
      int startYear = today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
      LocalDate start = LocalDate.of(startYear, 12, 1);
      LocalDate end = LocalDate.of(startYear + 1, 11, 30);
      return new RegistrationPeriod(start, end, end);
    }

    static boolean peer(ReflectiveNote n) {
      return PEER_MODES.contains(n.sessionMode());
    }

    @Override
    public Readiness readiness(Evidence evidence) {
      Checks.notNull(evidence, "evidence");
      int pieces = evidence.notes().size();
      boolean peer = evidence.notes().stream().anyMatch(SocialWorkEngland::peer);
      return new Readiness(
          id(),
          evidence.period(),
          List.of(
              new Requirement(
                  "pieces", "At least two pieces of CPD: " + pieces + " of 2", pieces >= 2),
              new Requirement(
                  "peer-reflection",
                  "At least one piece including peer reflection: " + yesNo(peer),
                  peer)),
          name()
              + " "
              + label(evidence.period())
              + ": "
              + pieces
              + " of 2 pieces, peer reflection "
              + yesNo(peer)
              + ", due "
              + longDate(evidence.period().due()));
    }

    @Override
    List<Section> sections(Evidence evidence) {
      List<Item> items = new ArrayList<>();
      for (ReflectiveNote n : evidence.notes()) {
        boolean peer = peer(n);
        NoteContent c = n.content();
        items.add(
            new Item(
                List.of(
                    new Field(
                        "type",
                        "Type",
                        peer
                            ? "Peer reflection in a " + mode(n.sessionMode()) + " forum session"
                            : "Learning in a " + mode(n.sessionMode()) + " forum session"),
                    new Field(
                        "description",
                        "Description",
                        description(n.sessionMode(), minutes(evidence, n))),
                    new Field("relevance", "Why it is relevant", c.relevance().orElse("")),
                    new Field("date", "Date", date(evidence, n).toString()),
                    new Field("learnt", "What I learnt", c.learnt()),
                    new Field(
                        "impact",
                        "Impact on my practice and on people who use services",
                        c.impact().orElse("")),
                    new Field("peerReflection", "Peer reflection", yesNo(peer)),
                    new Field(
                        "peerLearning",
                        "What I learnt from discussing it with peers",
                        peer ? c.peerLearning().orElse("") : "not applicable"))));
      }
      return List.of(new Section("pieces", "Pieces of CPD", "Piece", items));
    }
  }

  /** The NMC's revalidation: hours, participatory hours and reflective accounts. */
  static final class Nmc extends Shape {
    static final long CPD_MINUTES = 35 * 60;
    static final long PARTICIPATORY_MINUTES = 20 * 60;
    static final int ACCOUNTS = 5;

    @Override
    public String id() {
      return NMC;
    }

    @Override
    public String name() {
      return "Nursing and Midwifery Council";
    }

    @Override
    public RegistrationPeriod period(Registration registration, LocalDate today) {
      return rolling(registration, today, 3, "revalidation");
    }

    @Override
    public Readiness readiness(Evidence evidence) {
      Checks.notNull(evidence, "evidence");
      long all = evidence.record().participatoryTime().toMinutes();
      // Every forum session is participatory: the evidence's CPD is all participatory.
      long participatory = all;
      int accounts = evidence.notes().size();
      String discussion = discussion(evidence);
      return new Readiness(
          id(),
          evidence.period(),
          List.of(
              new Requirement(
                  "cpd-hours", "35 hours of CPD: " + hours(all) + " of 35", all >= CPD_MINUTES),
              new Requirement(
                  "participatory-hours",
                  "20 of them participatory: " + hours(participatory) + " of 20",
                  participatory >= PARTICIPATORY_MINUTES),
              new Requirement(
                  "reflective-accounts",
                  "Five written reflective accounts: " + accounts + " of 5",
                  accounts >= ACCOUNTS),
              new Requirement(
                  "reflective-discussion",
                  "A reflective discussion with another NMC registrant: " + discussion,
                  !evidence.reflectiveDiscussions().isEmpty())),
          "NMC revalidation "
              + label(evidence.period())
              + ": "
              + hours(all)
              + " of 35 CPD hours, "
              + hours(participatory)
              + " of 20 participatory, "
              + accounts
              + " of 5 reflective accounts, reflective discussion "
              + discussion
              + ", due "
              + longDate(evidence.period().due()));
    }

    /**
     * What readiness says of the reflective discussion: the SDK cannot verify it, so a recorded one
     * is shown as recorded by the registrant, not verified.
     */
    static String discussion(Evidence evidence) {
      List<LocalDate> held = evidence.reflectiveDiscussions();
      return held.isEmpty()
          ? "not recorded"
          : "recorded by you on " + longDate(held.get(held.size() - 1)) + ", not verified";
    }

    @Override
    List<Section> sections(Evidence evidence) {
      List<Item> activities = new ArrayList<>();
      for (CpdEntry e : evidence.record().entries()) {
        String relates =
            evidence.notes().stream()
                .filter(n -> n.session().equals(e.session()))
                .findFirst()
                .flatMap(n -> n.content().relevance())
                .orElse("");
        String hours = hours(e.duration().toMinutes());
        activities.add(
            new Item(
                List.of(
                    new Field("date", "Date", e.date().toString()),
                    new Field(
                        "method", "Method", "Participatory: " + mode(e.mode()) + " forum session"),
                    new Field("topic", "Topic", description(e.mode(), e.duration().toMinutes())),
                    new Field("relatesToPractice", "How it relates to my practice", relates),
                    new Field("hours", "Hours", hours),
                    new Field("participatoryHours", "Participatory hours", hours),
                    new Field("code", "Part of the Code", ""),
                    new Field(
                        "evidence",
                        "Evidence",
                        "Forum attendance record, session " + e.session()))));
      }
      List<Item> accounts = new ArrayList<>();
      for (ReflectiveNote n : evidence.notes()) {
        NoteContent c = n.content();
        accounts.add(
            new Item(
                List.of(
                    new Field("date", "Date", date(evidence, n).toString()),
                    new Field(
                        "nature",
                        "Nature of the activity",
                        description(n.sessionMode(), minutes(evidence, n))),
                    new Field("learnt", "What I learnt", c.learnt()),
                    new Field(
                        "changedPractice",
                        "How I changed or improved my practice",
                        c.impact().orElse("")),
                    new Field("code", "How this is relevant to the Code", c.relevance().orElse("")),
                    new Field(
                        "peerLearning",
                        "What I learnt from discussing it with peers",
                        c.peerLearning().orElse("")))));
      }
      List<Item> discussions = new ArrayList<>();
      for (LocalDate d : evidence.reflectiveDiscussions()) {
        discussions.add(
            new Item(
                List.of(
                    new Field("date", "Date", d.toString()),
                    new Field(
                        "status",
                        "Status",
                        "Recorded by you, not verified; the other registrant's details are on"
                            + " your NMC form"))));
      }
      return List.of(
          new Section("activities", "CPD activities", "Activity", activities),
          new Section("accounts", "Reflective accounts", "Reflective account", accounts),
          new Section("discussion", "Reflective discussion", "Reflective discussion", discussions));
    }
  }

  /** The HCPC's CPD profile: a continuous record of mixed activities, and their impact. */
  static final class Hcpc extends Shape {
    @Override
    public String id() {
      return HCPC;
    }

    @Override
    public String name() {
      return "Health and Care Professions Council";
    }

    @Override
    public RegistrationPeriod period(Registration registration, LocalDate today) {
      return rolling(registration, today, 2, "renewal");
    }

    static Set<String> kinds(Evidence evidence) {
      Set<String> kinds = new java.util.TreeSet<>();
      for (CpdEntry e : evidence.record().entries()) {
        kinds.add(mode(e.mode()));
        if (e.study()) {
          kinds.add(mode(SessionMode.STUDY));
        }
      }
      return kinds;
    }

    static boolean continuous(Evidence evidence) {
      LocalDate secondYear = evidence.period().start().plusYears(1);
      boolean first = false;
      boolean second = false;
      for (CpdEntry e : evidence.record().entries()) {
        if (e.date().isBefore(secondYear)) {
          first = true;
        } else {
          second = true;
        }
      }
      return first && second;
    }

    @Override
    public Readiness readiness(Evidence evidence) {
      Checks.notNull(evidence, "evidence");
      int activities = evidence.record().sessionsAttended();
      int kinds = kinds(evidence).size();
      boolean continuous = continuous(evidence);
      boolean impact = evidence.notes().stream().anyMatch(n -> n.content().impact().isPresent());
      return new Readiness(
          id(),
          evidence.period(),
          List.of(
              new Requirement(
                  "continuous",
                  "A continuous record, with activities in each year of the period: "
                      + yesNo(continuous),
                  continuous),
              new Requirement(
                  "mixed",
                  "A mixture of learning activities: " + kinds + " of at least 2 types",
                  kinds >= 2),
              new Requirement(
                  "impact",
                  "A statement of how CPD improved practice and service users' care: "
                      + yesNo(impact),
                  impact)),
          "HCPC "
              + label(evidence.period())
              + ": "
              + activities
              + (activities == 1 ? " activity" : " activities")
              + " of "
              + kinds
              + (kinds == 1 ? " type" : " types")
              + ", continuous "
              + yesNo(continuous)
              + ", impact statement "
              + yesNo(impact)
              + ", renewal due "
              + longDate(evidence.period().due()));
    }

    @Override
    List<Section> sections(Evidence evidence) {
      List<Item> activities = new ArrayList<>();
      for (CpdEntry e : evidence.record().entries()) {
        activities.add(
            new Item(
                List.of(
                    new Field("date", "Date", e.date().toString()),
                    new Field(
                        "type",
                        "Type",
                        e.study() && e.mode() != SessionMode.STUDY
                            ? mode(e.mode()) + " and study"
                            : mode(e.mode())),
                    new Field(
                        "description",
                        "Description",
                        description(e.mode(), e.duration().toMinutes())),
                    new Field("hours", "Hours", hours(e.duration().toMinutes())))));
      }
      List<Item> statements = new ArrayList<>();
      for (ReflectiveNote n : evidence.notes()) {
        if (n.content().impact().isEmpty()) {
          continue;
        }
        statements.add(
            new Item(
                List.of(
                    new Field("date", "Date", date(evidence, n).toString()),
                    new Field("learnt", "What I learnt", n.content().learnt()),
                    new Field(
                        "impact",
                        "How it improved my practice and service users' care",
                        n.content().impact().orElseThrow()))));
      }
      return List.of(
          new Section(
              "practice",
              "Summary of practice",
              "Summary",
              List.of(new Item(List.of(new Field("summary", "Summary of my practice", ""))))),
          new Section("activities", "CPD activities", "Activity", activities),
          new Section("statement", "How CPD improved practice", "Statement", statements));
    }
  }

  /** The SSSC's annual CPL declaration, for the social worker part of its Register. */
  static final class Sssc extends Shape {
    @Override
    public String id() {
      return SSSC;
    }

    @Override
    public String name() {
      return "Scottish Social Services Council";
    }

    @Override
    public RegistrationPeriod period(Registration registration, LocalDate today) {
      return rolling(registration, today, 1, "annual declaration");
    }

    @Override
    public Readiness readiness(Evidence evidence) {
      Checks.notNull(evidence, "evidence");
      int activities = evidence.record().sessionsAttended();
      long minutes = evidence.record().participatoryTime().toMinutes();
      int accounts = evidence.notes().size();
      return new Readiness(
          id(),
          evidence.period(),
          List.of(
              new Requirement(
                  "learning",
                  "Continuous professional learning in the year: "
                      + activities
                      + (activities == 1 ? " activity, " : " activities, ")
                      + hours(minutes)
                      + " hours",
                  activities >= 1),
              new Requirement(
                  "account",
                  "A written account of what was learnt: " + accounts + " of at least 1",
                  accounts >= 1)),
          "SSSC "
              + label(evidence.period())
              + ": "
              + activities
              + (activities == 1 ? " learning activity" : " learning activities")
              + " ("
              + hours(minutes)
              + " hours), "
              + accounts
              + (accounts == 1 ? " written account" : " written accounts")
              + ", annual declaration due "
              + longDate(evidence.period().due()));
    }

    @Override
    List<Section> sections(Evidence evidence) {
      List<Item> learning = new ArrayList<>();
      for (CpdEntry e : evidence.record().entries()) {
        String learnt =
            evidence.notes().stream()
                .filter(n -> n.session().equals(e.session()))
                .findFirst()
                .map(n -> n.content().learnt())
                .orElse("");
        String practice =
            evidence.notes().stream()
                .filter(n -> n.session().equals(e.session()))
                .findFirst()
                .flatMap(n -> n.content().impact())
                .orElse("");
        learning.add(
            new Item(
                List.of(
                    new Field("date", "Date", e.date().toString()),
                    new Field(
                        "activity",
                        "Learning activity",
                        description(e.mode(), e.duration().toMinutes())),
                    new Field("hours", "Hours", hours(e.duration().toMinutes())),
                    new Field("learnt", "What I learnt", learnt),
                    new Field("practice", "How it informs my practice", practice),
                    new Field("elements", "Core learning elements covered", ""))));
      }
      return List.of(
          new Section("learning", "Continuous professional learning", "Learning", learning));
    }
  }
}
