package org.practitionersforum.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.audit.AuditTrail;
import org.practitionersforum.api.consultation.ConsultationService;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.cpd.CpdService;
import org.practitionersforum.api.cpd.ReflectiveNoteService;
import org.practitionersforum.api.cpd.Regulator;
import org.practitionersforum.api.cpd.StudyTimeService;
import org.practitionersforum.api.event.EventOutbox;
import org.practitionersforum.api.event.ForumEventListener;
import org.practitionersforum.api.forum.FormationPlanner;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.ForumService;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.lesson.LessonService;
import org.practitionersforum.api.lesson.LessonSettings;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerService;
import org.practitionersforum.api.privacy.PrivacyService;
import org.practitionersforum.api.privacy.RetentionSettings;
import org.practitionersforum.api.security.AccessPolicy;
import org.practitionersforum.api.session.SessionService;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.terms.TermsService;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.audit.AuditLog;
import org.practitionersforum.core.internal.audit.Audits;
import org.practitionersforum.core.internal.consultation.Consultations;
import org.practitionersforum.core.internal.cpd.Cpd;
import org.practitionersforum.core.internal.forum.ForumChangeHook;
import org.practitionersforum.core.internal.forum.Forums;
import org.practitionersforum.core.internal.lesson.Lessons;
import org.practitionersforum.core.internal.privacy.Privacy;
import org.practitionersforum.core.internal.session.Sessions;
import org.practitionersforum.core.internal.terms.Terms;
import org.practitionersforum.core.internal.tx.Transactor;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * The SDK's entry point. A host builds one instance at start-up with its storage, clock, listeners
 * and per-organisation settings, and takes the services from it:
 *
 * <pre>{@code
 * ForumSdk sdk = ForumSdk.builder()
 *     .storage(storage)                  // in-memory by default; JDBC in production
 *     .clock(Clock.systemUTC())
 *     .listener(event -> hostEvents.publish(event))
 *     .settings(OrganisationId.of("north-trust"), FormationSettings.DEFAULT.withSizeBounds(SizeBounds.of(5, 10)))
 *     .build();
 * Forum forum = sdk.forums().join(Actor.practitioner(me), forumId, me);
 * }</pre>
 *
 * <p>Thread-safe: one instance serves the whole host.
 */
public final class ForumSdk {
  private final ForumService forums;
  private final TermsService terms;
  private final SessionService sessions;
  private final PractitionerService practitioners;
  private final FormationPlanner planner;
  private final PrivacyService privacy;
  private final LessonService lessons;
  private final ConsultationService consultations;
  private final ReflectiveNoteService notes;
  private final CpdService cpd;
  private final StudyTimeService studyTime;
  private final AuditTrail audit;
  private final ForumStorage storage;
  private final EventOutbox outbox;
  private final Clock clock;
  private final Access access;

  private ForumSdk(Builder b) {
    this.storage = b.storage;
    this.clock = b.clock;
    Transactor transactor =
        new Transactor(
            b.storage,
            b.listeners,
            b.eventDelivery,
            b.listenerFailures.failures(),
            b.clock,
            b.retries,
            b.audit ? AuditLog.on() : AuditLog.off());
    this.outbox = transactor.outbox();
    Map<OrganisationId, FormationSettings> perOrganisation = Map.copyOf(b.settings);
    FormationSettings defaults = b.defaultSettings;
    this.access = new Access(AccessPolicy.standard(), b.policies);
    this.audit = Audits.trail(b.storage, b.clock, access);
    Terms termsFeature = Terms.create(transactor);
    Map<OrganisationId, ConsultationSettings> consulting = Map.copyOf(b.consultationSettings);
    ConsultationSettings defaultConsulting = b.defaultConsultationSettings;
    Function<OrganisationId, ConsultationSettings> consultingOf =
        org -> consulting.getOrDefault(org, defaultConsulting);
    ForumChangeHook consultationHook =
        Consultations.forumHook(transactor, access, consultingOf, b.recommendationMatcher);
    Forums forumFeature =
        Forums.create(
            transactor,
            access,
            org -> perOrganisation.getOrDefault(org, defaults),
            List.of(termsFeature.activationGuard()),
            List.of(termsFeature.forumHook(), consultationHook));
    this.forums = forumFeature.service();
    this.terms = termsFeature.service(forumFeature.admissions(), access);
    this.sessions = Sessions.create(transactor, access, b.sessionStartMargin);
    this.practitioners = forumFeature.practitioners();
    Map<OrganisationId, LessonSettings> lessonSettings = Map.copyOf(b.lessonSettings);
    LessonSettings defaultLessonSettings = b.defaultLessonSettings;
    this.lessons =
        Lessons.create(
            transactor,
            access,
            new SecureRandom(),
            b.referenceCodeIterations,
            b.anonymiser,
            org -> lessonSettings.getOrDefault(org, defaultLessonSettings));
    this.consultations =
        Consultations.create(
            transactor, access, consultingOf, b.anonymiser, b.recommendationMatcher);
    this.notes = Cpd.notes(transactor, access, new SecureRandom());
    this.cpd = Cpd.service(transactor, access, sessions, List.copyOf(b.regulators));
    this.studyTime = Cpd.studyTime(transactor, access, sessions, consultingOf);
    this.planner = forumFeature.planner();
    Map<OrganisationId, RetentionSettings> retention = Map.copyOf(b.retention);
    RetentionSettings defaultRetention = b.defaultRetention;
    this.privacy =
        Privacy.create(
                transactor,
                access,
                forumFeature.departures(),
                List.of(termsFeature.forumHook(), consultationHook),
                List.of(
                    Privacy.trail(b.audit),
                    Lessons.erasure(),
                    Cpd.erasure(),
                    Cpd.profileErasure(),
                    Cpd.studyTimeErasure(),
                    Consultations.erasure(),
                    Consultations.representationErasure()),
                org -> retention.getOrDefault(org, defaultRetention),
                new SecureRandom())
            .service();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the lesson service (LS-1, LS-2, LS-4): drafts, submission with a reference code,
   * reviewers' questions through the author escrow, finalisation and withdrawal. Needs a storage
   * that keeps lessons ({@link org.practitionersforum.api.spi.LessonTransaction}).
   *
   * @return the service
   */
  public LessonService lessons() {
    return lessons;
  }

  /**
   * Returns the consultation service (CR-1 to CR-4): rounds opened by managers, forums' collective
   * responses agreed by every member, a published disposition for every recommendation, and the
   * overdue ones. Needs a storage that keeps rounds ({@link
   * org.practitionersforum.api.spi.ConsultationTransaction}).
   *
   * @return the service
   */
  public ConsultationService consultations() {
    return consultations;
  }

  /**
   * Returns the private reflective note service (CPD-2): a member's notes on the sessions they
   * attended, theirs alone, exportable by them only and anonymised first if they choose. Needs a
   * storage that keeps notes ({@link org.practitionersforum.api.spi.CpdTransaction}).
   *
   * @return the service
   */
  public ReflectiveNoteService notes() {
    return notes;
  }

  /**
   * Returns the CPD evidence service (CPD-1): the author's readiness for their regulator's
   * registration period and their evidence in the regulator's shape, as JSON, CSV or Markdown.
   * Social Work England, the NMC, the HCPC and the SSSC are built in; a host adds others with
   * {@link Builder#regulator(Regulator)}. A practitioner may store their own registrant profile and
   * use it instead of passing a registration. Needs a storage that keeps notes ({@link
   * org.practitionersforum.api.spi.CpdTransaction}), and for profiles one that keeps them ({@link
   * org.practitionersforum.api.spi.RegistrantTransaction}).
   *
   * @return the service
   */
  public CpdService cpd() {
    return cpd;
  }

  /**
   * Returns the protected study time service (CPD-3): an organisation's grants, a practitioner's
   * own granted, used and remaining time, and totals per forum or base for managers, small groups
   * suppressed by the organisation's threshold ({@link
   * org.practitionersforum.api.consultation.ConsultationSettings#suppressionThreshold()}). Needs a
   * storage that keeps study time ({@link org.practitionersforum.api.spi.StudyTimeTransaction}).
   *
   * @return the service
   */
  public StudyTimeService studyTime() {
    return studyTime;
  }

  /**
   * Returns the forum formation service (FR-1 to FR-8).
   *
   * @return the service
   */
  public ForumService forums() {
    return forums;
  }

  /**
   * Returns the terms-of-reference service (TR-1 to TR-6). Moving a forum to active needs terms in
   * force, and once terms are in force a newcomer joins by {@link TermsService#joinAgreeing}.
   *
   * @return the service
   */
  public TermsService terms() {
    return terms;
  }

  /**
   * Returns the session and CPD service (TR-7).
   *
   * @return the service
   */
  public SessionService sessions() {
    return sessions;
  }

  /**
   * Returns the practitioner profile service.
   *
   * @return the service
   */
  public PractitionerService practitioners() {
    return practitioners;
  }

  /**
   * Returns the formation planner (FR-9).
   *
   * @return the planner
   */
  public FormationPlanner planner() {
    return planner;
  }

  /**
   * Returns the event outbox: where every event waits, written with its change, until it is
   * delivered. Hosts schedule {@link EventOutbox#deliverPending()} (at start-up and every few
   * seconds) to deliver what a crash interrupted, or read and acknowledge events themselves.
   *
   * @return the outbox
   */
  public EventOutbox outbox() {
    return outbox;
  }

  /**
   * Returns the access policy in force for an organisation (SEC-1): the one set with {@link
   * Builder#accessPolicy}, or else {@link AccessPolicy#standard()}. The forum's organisation, or
   * the practitioner's, selects the policy an operation is decided by.
   *
   * @param organisation the organisation
   * @return the policy, as data
   * @throws org.practitionersforum.api.InvalidInputException if the organisation is null
   */
  public AccessPolicy accessPolicy(OrganisationId organisation) {
    return access.policy(Checks.notNull(organisation, "organisation id"));
  }

  /**
   * Returns the privacy service (SEC-3): erasure of a practitioner's personal data, the subject
   * access export, and the retention periods set on the builder.
   *
   * @return the service
   */
  public PrivacyService privacy() {
    return privacy;
  }

  /**
   * Returns the audit trail (SEC-2): query it, verify its hash chains, take checkpoints. It holds a
   * record of every command committed while the audit log was on ({@link Builder#audit(boolean)}).
   *
   * @return the service
   */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * Returns the storage the SDK was built with.
   *
   * @return the storage
   */
  public ForumStorage storage() {
    return storage;
  }

  /**
   * Returns the clock the SDK reads the time from.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /** Builds a {@link ForumSdk}. Not thread-safe; build once at start-up. */
  public static final class Builder {
    private ForumStorage storage;
    private Clock clock = Clock.systemUTC();
    private final List<ForumEventListener> listeners = new ArrayList<>();
    private final Map<OrganisationId, FormationSettings> settings = new HashMap<>();
    private FormationSettings defaultSettings = FormationSettings.DEFAULT;
    private EventDelivery eventDelivery = EventDelivery.OUTBOX_TO_LISTENERS;
    private ListenerFailurePolicy listenerFailures = ListenerFailurePolicy.LOG;
    private Duration sessionStartMargin = Duration.ofDays(1);
    private final Map<OrganisationId, AccessPolicy> policies = new HashMap<>();
    private final Map<OrganisationId, RetentionSettings> retention = new HashMap<>();
    private RetentionSettings defaultRetention = RetentionSettings.KEEP;
    private RetryPolicy retries = RetryPolicy.defaults();
    private boolean audit = true;
    private int referenceCodeIterations = Lessons.DEFAULT_CODE_ITERATIONS;
    private Anonymiser anonymiser;
    private final Map<OrganisationId, LessonSettings> lessonSettings = new HashMap<>();
    private LessonSettings defaultLessonSettings = LessonSettings.defaults();
    private final Map<OrganisationId, ConsultationSettings> consultationSettings = new HashMap<>();
    private ConsultationSettings defaultConsultationSettings = ConsultationSettings.DEFAULT;
    private RecommendationMatcher recommendationMatcher = Consultations.defaultMatcher();
    private final List<Regulator> regulators = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a regulator beyond the built-in ones (CPD-1), so that a registration naming its id
     * is placed, checked and exported by it.
     *
     * @param regulator the regulator: stateless and thread-safe
     * @return this builder
     * @throws InvalidInputException if the regulator is missing; {@link #build()} refuses, naming
     *     CPD-1, two regulators with one id
     */
    public Builder regulator(Regulator regulator) {
      regulators.add(Checks.notNull(regulator, "regulator"));
      return this;
    }

    /**
     * Sets the storage. Defaults to a new {@link InMemoryForumStorage}.
     *
     * @param storage the storage
     * @return this builder
     */
    public Builder storage(ForumStorage storage) {
      this.storage = Checks.notNull(storage, "storage");
      return this;
    }

    /**
     * Sets the clock every operation reads the time from. Defaults to UTC system time.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * Adds an event listener; listeners are called in the order added, after each change has
     * committed. A listener that throws never undoes the change and never stops the other
     * listeners; {@link #listenerFailures} sets how the host learns of it (logged by default).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ForumEventListener listener) {
      listeners.add(Checks.notNull(listener, "event listener"));
      return this;
    }

    /**
     * Sets what happens when an event listener throws: {@link ListenerFailurePolicy#LOG} (the
     * default) logs it by type, {@link ListenerFailurePolicy#RETHROW_AFTER_COMMIT} has the
     * operation throw a {@link org.practitionersforum.api.event.ListenerFailedException} once its
     * change is committed and delivered, and {@link ListenerFailurePolicy#handler} passes it to the
     * host's handler. None of them rolls the change back.
     *
     * @param policy the policy
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder listenerFailures(ListenerFailurePolicy policy) {
      this.listenerFailures = Checks.notNull(policy, "listener failure policy");
      return this;
    }

    /**
     * Sets one organisation's formation settings.
     *
     * @param organisation the organisation
     * @param organisationSettings its settings
     * @return this builder
     */
    public Builder settings(OrganisationId organisation, FormationSettings organisationSettings) {
      settings.put(
          Checks.notNull(organisation, "organisation id"),
          Checks.notNull(organisationSettings, "formation settings"));
      return this;
    }

    /**
     * Sets the settings of organisations without their own. Defaults to {@link
     * FormationSettings#DEFAULT}.
     *
     * @param defaults the default settings
     * @return this builder
     */
    public Builder defaultSettings(FormationSettings defaults) {
      this.defaultSettings = Checks.notNull(defaults, "default formation settings");
      return this;
    }

    /**
     * Sets how events are delivered; {@link EventDelivery#OUTBOX_TO_LISTENERS} by default.
     *
     * @param delivery the delivery mode
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder eventDelivery(EventDelivery delivery) {
      this.eventDelivery = Checks.notNull(delivery, "event delivery");
      return this;
    }

    /**
     * Sets how far after now a session recorded with {@code sessions().hold} may start (TR-7).
     * Sessions are recorded once held; the margin allows recording one on its day before it starts
     * and absorbs a host clock or time zone that is a few hours off. A session starting later is
     * refused with {@code SESSION_IN_FUTURE}, so that CPD evidence cannot be gathered ahead.
     * Defaults to one day.
     *
     * @param margin from zero to seven days
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException naming TR-7 if the margin is null,
     *     negative or longer than seven days
     */
    public Builder sessionStartMargin(Duration margin) {
      this.sessionStartMargin = Sessions.checkStartMargin(margin);
      return this;
    }

    /**
     * Sets one organisation's access policy (SEC-1), in place of {@link AccessPolicy#standard()}.
     * Build it from the standard policy with {@link AccessPolicy#toBuilder()}: it may revoke
     * grants, and add grants only up to {@link AccessPolicy#ceiling()}; a policy that would break
     * an invariant cannot be built.
     *
     * @param organisation the organisation
     * @param policy its policy
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if an argument is null
     */
    public Builder accessPolicy(OrganisationId organisation, AccessPolicy policy) {
      policies.put(
          Checks.notNull(organisation, "organisation id"), Checks.notNull(policy, "access policy"));
      return this;
    }

    /**
     * Sets one organisation's consultation settings (CR-2, CR-4): the minimum response window and
     * when dispositions fall due.
     *
     * @param organisation the organisation
     * @param organisationSettings its settings
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if an argument is null
     */
    public Builder consultationSettings(
        OrganisationId organisation, ConsultationSettings organisationSettings) {
      consultationSettings.put(
          Checks.notNull(organisation, "organisation id"),
          Checks.notNull(organisationSettings, "consultation settings"));
      return this;
    }

    /**
     * Sets the consultation settings of organisations without their own. Defaults to {@link
     * ConsultationSettings#DEFAULT}: a four-week minimum window, dispositions due twelve weeks
     * after the close date.
     *
     * @param defaults the default settings
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder defaultConsultationSettings(ConsultationSettings defaults) {
      this.defaultConsultationSettings = Checks.notNull(defaults, "default consultation settings");
      return this;
    }

    /**
     * Sets the matcher that finds the earlier recommendations a new one repeats (CR-6). Defaults to
     * the SDK's own: normalised text, MinHash over word shingles with locality-sensitive hashing
     * bands stored as indexed rows, and the Jaccard similarity of the candidates at 0.35. A
     * matcher's keys are stored: changing it leaves earlier keys as they were ({@code matchAgain}
     * matches a recommendation again with the new one).
     *
     * @param matcher the matcher, thread-safe
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder recommendationMatcher(RecommendationMatcher matcher) {
      this.recommendationMatcher = Checks.notNull(matcher, "recommendation matcher");
      return this;
    }

    /**
     * Sets one organisation's retention periods (SEC-3), applied by {@code
     * privacy().applyRetention(...)}.
     *
     * @param organisation the organisation
     * @param organisationRetention its retention periods
     * @return this builder
     */
    public Builder retention(OrganisationId organisation, RetentionSettings organisationRetention) {
      retention.put(
          Checks.notNull(organisation, "organisation id"),
          Checks.notNull(organisationRetention, "retention settings"));
      return this;
    }

    /**
     * Sets the retention periods of organisations without their own. Defaults to {@link
     * RetentionSettings#KEEP}: nothing is removed until a host sets a period.
     *
     * @param defaults the default retention periods
     * @return this builder
     */
    public Builder defaultRetention(RetentionSettings defaults) {
      this.defaultRetention = Checks.notNull(defaults, "default retention settings");
      return this;
    }

    /**
     * Sets how commands are retried after a retryable storage failure: the SDK's only retries,
     * bounded in attempts and in total time, with capped exponential backoff and jitter. Defaults
     * to {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} never retries.
     *
     * @param policy the retry policy
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder retries(RetryPolicy policy) {
      this.retries = Checks.notNull(policy, "retry policy");
      return this;
    }

    /**
     * Turns the audit log on or off (SEC-2). On by default: every committed command appends one
     * record to the audit trail in its own unit of work. Off, commands write no audit record (for a
     * storage that keeps no audit trail, or to measure its cost); {@link ForumSdk#audit()} still
     * reads what is there.
     *
     * @param on true to write audit records
     * @return this builder
     */
    public Builder audit(boolean on) {
      this.audit = on;
      return this;
    }

    /**
     * Sets the cost of the slow hash that keeps lessons' reference codes (LS-2): the iteration
     * count of PBKDF2-HMAC-SHA256. Defaults to 600,000, OWASP's recommendation of 2023; each
     * submission and each reference code checked costs one hash. Lower it only in tests. A code
     * keeps the cost it was hashed with, so raising it later takes effect for new codes.
     *
     * @param iterations at least 1,000
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException naming LS-2 if it is lower
     */
    public Builder referenceCodeIterations(int iterations) {
      this.referenceCodeIterations = Lessons.checkCodeIterations(iterations);
      return this;
    }

    /**
     * Sets the anonymiser that lessons' sections are run through before publication at a tier
     * (LS-3, AN-1). Defaults to one built by {@code Anonymisers.builder().build()}, with no
     * directory of names, made on first use and shared: a host that knows its people, places and
     * case references should give its own.
     *
     * @param anonymiser the anonymiser
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder anonymiser(Anonymiser anonymiser) {
      this.anonymiser = Checks.notNull(anonymiser, "anonymiser");
      return this;
    }

    /**
     * Sets one organisation's settings for clearing and publishing lessons (LS-3, AN-4): whether a
     * reviewer must be outside the lesson's forum, and the k of the re-identification gate, which
     * applies to every lesson from the organisation at every tier.
     *
     * @param organisation the organisation
     * @param settings its settings
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if an argument is null
     */
    public Builder lessonSettings(OrganisationId organisation, LessonSettings settings) {
      lessonSettings.put(
          Checks.notNull(organisation, "organisation"),
          Checks.notNull(settings, "lesson settings"));
      return this;
    }

    /**
     * Sets the lesson settings of organisations without their own; {@link
     * LessonSettings#defaults()} unless set.
     *
     * @param settings the settings
     * @return this builder
     * @throws org.practitionersforum.api.InvalidInputException if it is null
     */
    public Builder defaultLessonSettings(LessonSettings settings) {
      this.defaultLessonSettings = Checks.notNull(settings, "lesson settings");
      return this;
    }

    /**
     * Builds the SDK.
     *
     * @return the SDK
     */
    public ForumSdk build() {
      if (storage == null) {
        storage = new InMemoryForumStorage();
      }
      return new ForumSdk(this);
    }
  }
}
