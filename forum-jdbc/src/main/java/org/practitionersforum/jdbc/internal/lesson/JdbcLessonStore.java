package org.practitionersforum.jdbc.internal.lesson;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.lesson.Attribution;
import org.practitionersforum.api.lesson.Disclosure;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.FindingDecision;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.LessonSections;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.LessonTier;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.QuasiIdentifiers;
import org.practitionersforum.api.lesson.Question;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.lesson.TierFinding;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.spi.CodeCheck;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.LessonStore;
import org.practitionersforum.jdbc.internal.ReadSet;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Params;

/**
 * Lessons as one versioned row each plus one row per question, and each lesson's code check as a
 * versioned row of its own. A lesson read is two statements (the row, then its questions) and never
 * touches the author escrow's table. What a unit read or wrote is kept in its read sets, so reads
 * are repeatable. An update is a versioned {@code UPDATE} of the lesson row, then its questions
 * rewritten.
 */
public final class JdbcLessonStore implements LessonStore {
  private final UnitOfWork uow;
  private final LessonStatements sql;
  private final Lessons reads;
  private final Codes codes;

  /** The lessons one unit of work has read or written, at their stored versions. */
  static final class Lessons extends ReadSet<LessonId, Lesson> {
    Lessons() {
      super("lesson");
    }
  }

  /** The code checks one unit of work has read or written, at their stored versions. */
  static final class Codes extends ReadSet<LessonId, CodeCheck> {
    Codes() {
      super("reference code check");
    }
  }

  /**
   * Opens the store for a unit of work.
   *
   * @param uow the unit of work
   * @param sql the lesson statements
   */
  public JdbcLessonStore(UnitOfWork uow, LessonStatements sql) {
    this.uow = uow;
    this.sql = sql;
    this.reads = uow.readSet(Lessons.class, Lessons::new);
    this.codes = uow.readSet(Codes.class, Codes::new);
  }

  @Override
  public Optional<Lesson> find(LessonId id) {
    uow.checkOpen();
    Checks.notNull(id, "lesson id");
    Lesson cached = reads.snapshot(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (reads.isAbsent(id)) {
      return Optional.empty();
    }
    try {
      Lesson.Builder b;
      try (PreparedStatement ps = uow.prepare(sql.selectLesson)) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            reads.markAbsent(id);
            return Optional.empty();
          }
          b = lesson(rs);
        }
      }
      try (PreparedStatement ps = uow.prepare(sql.selectQuestions)) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            b.addQuestions(question(rs));
          }
        }
      }
      readTiers(id, b);
      Lesson found = b.build();
      reads.remember(id, found, found.version());
      return Optional.of(found);
    } catch (SQLException e) {
      throw uow.failure(e, "read a lesson", "lesson");
    }
  }

  @Override
  public Lesson insert(Lesson lesson) {
    uow.checkOpen();
    Checks.notNull(lesson, "lesson");
    if (lesson.version() != 0) {
      throw new IllegalArgumentException("a new lesson must be at version 0");
    }
    checkStorable(lesson);
    try {
      try (PreparedStatement ps = uow.prepare(sql.insertLesson)) {
        int i = 1;
        ps.setString(i++, lesson.id().value());
        ps.setString(i++, lesson.forum().value());
        ps.setString(i++, lesson.organisation().value());
        i = bindContent(ps, i, lesson);
        ps.setLong(i++, Values.nanos(lesson.createdAt(), "the time a lesson was started"));
        Params.setLong(ps, i++, nanos(lesson.submittedAt()));
        Params.setLong(ps, i++, nanos(lesson.withdrawnAt()));
        ps.setLong(i, 1);
        if (ps.executeUpdate() == 0) {
          throw new DuplicateException("a lesson with that id already exists");
        }
      }
      insertQuestions(lesson);
      insertTiers(lesson);
      Lesson stored = Lesson.builder().from(lesson).version(1).build();
      reads.clearAbsent(lesson.id());
      reads.remember(lesson.id(), stored, 1);
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(lesson.id());
      throw uow.failure(e, "insert a lesson", "lesson");
    }
  }

  @Override
  public Lesson update(Lesson lesson) {
    uow.checkOpen();
    Checks.notNull(lesson, "lesson");
    checkStorable(lesson);
    try {
      try (PreparedStatement ps = uow.prepare(sql.updateLesson)) {
        int i = bindContent(ps, 1, lesson);
        Params.setLong(ps, i++, nanos(lesson.submittedAt()));
        Params.setLong(ps, i++, nanos(lesson.withdrawnAt()));
        ps.setString(i++, lesson.id().value());
        ps.setLong(i, lesson.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(lesson.id());
          throw missingOrStale(lesson.id());
        }
      }
      for (String statement : List.of(sql.deleteQuestions, sql.deleteFindings, sql.deleteTiers)) {
        try (PreparedStatement ps = uow.prepare(statement)) {
          ps.setString(1, lesson.id().value());
          ps.executeUpdate();
        }
      }
      insertQuestions(lesson);
      insertTiers(lesson);
      Lesson stored = Lesson.builder().from(lesson).version(lesson.version() + 1).build();
      reads.remember(lesson.id(), stored, stored.version());
      return stored;
    } catch (SQLException e) {
      reads.dropSnapshot(lesson.id());
      throw uow.failure(e, "update a lesson", "lesson");
    }
  }

  @Override
  public void delete(Lesson lesson) {
    uow.checkOpen();
    Checks.notNull(lesson, "lesson");
    String id = lesson.id().value();
    try {
      try (PreparedStatement ps = uow.prepare(sql.claimLesson)) {
        ps.setString(1, id);
        ps.setLong(2, lesson.version());
        if (ps.executeUpdate() == 0) {
          reads.dropSnapshot(lesson.id());
          throw missingOrStale(lesson.id());
        }
      }
      for (String statement :
          List.of(
              sql.deleteQuestions,
              sql.deleteFindings,
              sql.deleteTiers,
              sql.deleteCode,
              sql.deleteLesson)) {
        try (PreparedStatement ps = uow.prepare(statement)) {
          ps.setString(1, id);
          ps.executeUpdate();
        }
      }
      reads.forget(lesson.id());
      reads.markAbsent(lesson.id());
      codes.forget(lesson.id());
      codes.markAbsent(lesson.id());
    } catch (SQLException e) {
      reads.dropSnapshot(lesson.id());
      throw uow.failure(e, "delete a lesson", "lesson");
    }
  }

  @Override
  public List<PublishedLesson> findPublished(
      Tier tier,
      Optional<ForumId> forum,
      Optional<OrganisationId> organisation,
      Optional<LessonKind> kind,
      Optional<FeedCursor> after,
      int limit) {
    uow.checkOpen();
    Checks.notNull(tier, "tier");
    Checks.notNull(forum, "forum");
    Checks.notNull(organisation, "organisation");
    Checks.notNull(kind, "lesson kind");
    Checks.notNull(after, "feed cursor");
    if (limit < 1) {
      throw new IllegalArgumentException("a feed window holds at least one lesson");
    }
    String query =
        sql.feed(
            forum.isPresent(),
            organisation.isPresent(),
            kind.isPresent(),
            after.isPresent(),
            limit);
    try (PreparedStatement ps = uow.prepare(query)) {
      int i = 1;
      ps.setString(i++, tier.name());
      if (forum.isPresent()) {
        ps.setString(i++, forum.get().value());
      }
      if (organisation.isPresent()) {
        ps.setString(i++, organisation.get().value());
      }
      if (kind.isPresent()) {
        ps.setString(i++, kind.get().name());
      }
      if (after.isPresent()) {
        long at = Values.nanos(after.get().publishedAt(), "a feed cursor's time");
        ps.setLong(i++, at);
        ps.setLong(i++, at);
        ps.setLong(i++, at);
        ps.setString(i++, after.get().id().value());
      }
      List<PublishedLesson> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(published(rs, tier));
        }
      }
      return out;
    } catch (SQLException e) {
      throw uow.failure(e, "read a lesson feed", "lesson");
    }
  }

  /** A row of the feed query as the tier's readers see it. */
  private static PublishedLesson published(ResultSet rs, Tier tier) throws SQLException {
    Map<LessonSection, String> text = new EnumMap<>(LessonSection.class);
    for (Map.Entry<LessonSection, String> c : LessonStatements.SECTION_COLUMNS.entrySet()) {
      String value = rs.getString(c.getValue());
      if (value != null) {
        text.put(c.getKey(), value);
      }
    }
    Optional<Attribution> attribution = Optional.empty();
    String place = rs.getString("disclosed_place");
    String discipline = rs.getString("qi_discipline");
    if (place != null && discipline != null) {
      attribution =
          Optional.of(
              new QuasiIdentifiers(
                      Discipline.of(discipline),
                      Specialism.of(rs.getString("qi_specialism")),
                      BaseId.of(rs.getString("qi_base_id")),
                      LocalityId.of(rs.getString("qi_locality_id")),
                      OrganisationId.of(rs.getString("qi_organisation_id")),
                      YearMonth.parse(rs.getString("qi_period")))
                  .at(
                      new Disclosure(
                          Disclosure.Place.valueOf(place),
                          Disclosure.Practice.valueOf(rs.getString("disclosed_practice")),
                          Disclosure.Period.valueOf(rs.getString("disclosed_period")))));
    }
    return new PublishedLesson(
        LessonId.of(rs.getString("id")),
        tier,
        LessonKind.valueOf(rs.getString("kind")),
        OrganisationId.of(rs.getString("organisation_id")),
        tier == Tier.FORUM ? Optional.of(ForumId.of(rs.getString("forum_id"))) : Optional.empty(),
        LessonSections.of(text),
        Values.instant(rs.getLong("published_at")),
        attribution);
  }

  @Override
  public Optional<CodeCheck> findCodeCheck(LessonId id) {
    uow.checkOpen();
    Checks.notNull(id, "lesson id");
    CodeCheck cached = codes.snapshot(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (codes.isAbsent(id)) {
      return Optional.empty();
    }
    try (PreparedStatement ps = uow.prepare(sql.selectCode)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          codes.markAbsent(id);
          return Optional.empty();
        }
        long locked = rs.getLong("locked_until");
        Optional<Instant> lockedUntil =
            rs.wasNull() ? Optional.empty() : Optional.of(Values.instant(locked));
        CodeCheck check =
            new CodeCheck(
                rs.getString("salt"),
                rs.getString("code_hash"),
                rs.getInt("iterations"),
                rs.getInt("failures"),
                lockedUntil,
                rs.getLong("version"));
        codes.remember(id, check, check.version());
        return Optional.of(check);
      }
    } catch (SQLException e) {
      throw uow.failure(e, "read a reference code check", "reference code check");
    }
  }

  @Override
  public CodeCheck saveCodeCheck(LessonId id, CodeCheck check) {
    uow.checkOpen();
    Checks.notNull(id, "lesson id");
    Checks.notNull(check, "code check");
    if (find(id).isEmpty()) {
      throw new NotFoundException("no such lesson");
    }
    try {
      CodeCheck stored;
      if (check.version() == 0) {
        try (PreparedStatement ps = uow.prepare(sql.insertCode)) {
          ps.setString(1, id.value());
          ps.setString(2, check.salt());
          ps.setString(3, check.hash());
          ps.setInt(4, check.iterations());
          ps.setInt(5, check.failures());
          Params.setLong(ps, 6, nanos(check.lockedUntil()));
          ps.setLong(7, 1);
          if (ps.executeUpdate() == 0) {
            throw new DuplicateException("a reference code check for that lesson already exists");
          }
        }
        stored = check.withVersion(1);
        codes.clearAbsent(id);
      } else {
        try (PreparedStatement ps = uow.prepare(sql.updateCode)) {
          ps.setInt(1, check.failures());
          Params.setLong(ps, 2, nanos(check.lockedUntil()));
          ps.setString(3, id.value());
          ps.setLong(4, check.version());
          if (ps.executeUpdate() == 0) {
            codes.dropSnapshot(id);
            throw codeMissingOrStale(id);
          }
        }
        stored = check.withVersion(check.version() + 1);
      }
      codes.remember(id, stored, stored.version());
      return stored;
    } catch (SQLException e) {
      codes.dropSnapshot(id);
      throw uow.failure(e, "store a reference code check", "reference code check");
    }
  }

  private int bindContent(PreparedStatement ps, int first, Lesson lesson) throws SQLException {
    int i = first;
    ps.setString(i++, lesson.kind().name());
    ps.setString(i++, lesson.state().name());
    ps.setBoolean(i++, lesson.finalised());
    for (LessonSection s : LessonStatements.SECTION_COLUMNS.keySet()) {
      Params.setString(ps, i++, lesson.sections().asMap().get(s));
    }
    Optional<QuasiIdentifiers> who = lesson.quasiIdentifiers();
    Params.setString(ps, i++, who.map(q -> q.discipline().code()).orElse(null));
    Params.setString(ps, i++, who.map(q -> q.specialism().code()).orElse(null));
    Params.setString(ps, i++, who.map(q -> q.base().value()).orElse(null));
    Params.setString(ps, i++, who.map(q -> q.locality().value()).orElse(null));
    Params.setString(ps, i++, who.map(q -> q.organisation().value()).orElse(null));
    Params.setString(ps, i++, who.map(q -> q.period().toString()).orElse(null));
    return i;
  }

  private void insertQuestions(Lesson lesson) throws SQLException {
    if (lesson.questions().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(sql.insertQuestion)) {
      for (Question q : lesson.questions()) {
        ps.setString(1, lesson.id().value());
        ps.setInt(2, q.number());
        ps.setString(3, q.text());
        ps.setLong(4, Values.nanos(q.askedAt(), "the time a question was asked"));
        Params.setString(ps, 5, q.answer().orElse(null));
        Params.setLong(ps, 6, nanos(q.answeredAt()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void readTiers(LessonId id, Lesson.Builder b) throws SQLException {
    Map<Tier, LessonTier.Builder> tiers = new EnumMap<>(Tier.class);
    try (PreparedStatement ps = uow.prepare(sql.selectTiers)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Tier tier = Tier.valueOf(rs.getString("tier"));
          LessonTier.Builder t =
              LessonTier.builder()
                  .tier(tier)
                  .consentedAt(Values.instant(rs.getLong("consented_at")))
                  .anonymisedAt(instant(rs, "anonymised_at"))
                  .clearedAt(instant(rs, "cleared_at"))
                  .publishedAt(instant(rs, "published_at"))
                  .consentedDisclosure(
                      new Disclosure(
                          Disclosure.Place.valueOf(rs.getString("consented_place")),
                          Disclosure.Practice.valueOf(rs.getString("consented_practice")),
                          Disclosure.Period.valueOf(rs.getString("consented_period"))));
          Map<LessonSection, String> text = new EnumMap<>(LessonSection.class);
          for (Map.Entry<LessonSection, String> c : LessonStatements.SECTION_COLUMNS.entrySet()) {
            String value = rs.getString(c.getValue());
            if (value != null) {
              text.put(c.getKey(), value);
            }
          }
          t.anonymised(LessonSections.of(text));
          String place = rs.getString("disclosed_place");
          if (place != null) {
            t.disclosure(
                new Disclosure(
                    Disclosure.Place.valueOf(place),
                    Disclosure.Practice.valueOf(rs.getString("disclosed_practice")),
                    Disclosure.Period.valueOf(rs.getString("disclosed_period"))));
          }
          tiers.put(tier, t);
        }
      }
    }
    if (tiers.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(sql.selectFindings)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LessonTier.Builder t = tiers.get(Tier.valueOf(rs.getString("tier")));
          String decision = rs.getString("decision");
          t.addFindings(
              new TierFinding(
                  LessonSection.valueOf(rs.getString("lesson_section")),
                  new Finding(
                      rs.getInt("start_index"),
                      rs.getInt("end_index"),
                      rs.getInt("output_start"),
                      rs.getInt("output_end"),
                      IdentifierType.valueOf(rs.getString("identifier_type")),
                      rs.getString("rule_id"),
                      Confidence.valueOf(rs.getString("confidence")),
                      Operator.valueOf(rs.getString("operator_applied")),
                      rs.getString("replacement")),
                  rs.getBoolean("held"),
                  decision == null
                      ? Optional.empty()
                      : Optional.of(FindingDecision.valueOf(decision))));
        }
      }
    }
    for (LessonTier.Builder t : tiers.values()) {
      b.addTiers(t.build());
    }
  }

  private void insertTiers(Lesson lesson) throws SQLException {
    if (lesson.tiers().isEmpty()) {
      return;
    }
    String id = lesson.id().value();
    try (PreparedStatement ps = uow.prepare(sql.insertTier)) {
      for (LessonTier t : lesson.tiers()) {
        int i = 1;
        ps.setString(i++, id);
        ps.setString(i++, t.tier().name());
        ps.setLong(i++, Values.nanos(t.consentedAt(), "the time of a consent"));
        Params.setLong(ps, i++, nanos(t.anonymisedAt()));
        Params.setLong(ps, i++, nanos(t.clearedAt()));
        Params.setLong(ps, i++, nanos(t.publishedAt()));
        for (LessonSection s : LessonStatements.SECTION_COLUMNS.keySet()) {
          Params.setString(ps, i++, t.anonymised().asMap().get(s));
        }
        Optional<Disclosure> d = t.disclosure();
        Params.setString(ps, i++, d.map(x -> x.place().name()).orElse(null));
        Params.setString(ps, i++, d.map(x -> x.practice().name()).orElse(null));
        Params.setString(ps, i++, d.map(x -> x.period().name()).orElse(null));
        ps.setString(i++, lesson.forum().value());
        ps.setString(i++, lesson.organisation().value());
        Disclosure consented = t.consentedDisclosure();
        ps.setString(i++, consented.place().name());
        ps.setString(i++, consented.practice().name());
        ps.setString(i, consented.period().name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    boolean any = lesson.tiers().stream().anyMatch(t -> !t.findings().isEmpty());
    if (!any) {
      return;
    }
    try (PreparedStatement ps = uow.prepare(sql.insertFinding)) {
      for (LessonTier t : lesson.tiers()) {
        int number = 1;
        for (TierFinding tf : t.findings()) {
          Finding f = tf.finding();
          int i = 1;
          ps.setString(i++, id);
          ps.setString(i++, t.tier().name());
          ps.setInt(i++, number++);
          ps.setString(i++, tf.section().name());
          ps.setBoolean(i++, tf.held());
          ps.setInt(i++, f.start());
          ps.setInt(i++, f.end());
          ps.setInt(i++, f.outputStart());
          ps.setInt(i++, f.outputEnd());
          ps.setString(i++, f.type().name());
          ps.setString(i++, f.rule());
          ps.setString(i++, f.confidence().name());
          ps.setString(i++, f.operator().name());
          ps.setString(i++, f.replacement());
          Params.setString(ps, i, tf.decision().map(Enum::name).orElse(null));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Values.instant(value));
  }

  private static Lesson.Builder lesson(ResultSet rs) throws SQLException {
    Map<LessonSection, String> sections = new EnumMap<>(LessonSection.class);
    for (Map.Entry<LessonSection, String> c : LessonStatements.SECTION_COLUMNS.entrySet()) {
      String text = rs.getString(c.getValue());
      if (text != null) {
        sections.put(c.getKey(), text);
      }
    }
    Lesson.Builder b =
        Lesson.builder()
            .id(LessonId.of(rs.getString("id")))
            .forum(ForumId.of(rs.getString("forum_id")))
            .organisation(OrganisationId.of(rs.getString("organisation_id")))
            .kind(LessonKind.valueOf(rs.getString("kind")))
            .state(LessonState.valueOf(rs.getString("state")))
            .finalised(rs.getBoolean("finalised"))
            .sections(LessonSections.of(sections))
            .createdAt(Values.instant(rs.getLong("created_at")))
            .version(rs.getLong("version"));
    String discipline = rs.getString("qi_discipline");
    if (discipline != null) {
      b.quasiIdentifiers(
          new QuasiIdentifiers(
              Discipline.of(discipline),
              Specialism.of(rs.getString("qi_specialism")),
              BaseId.of(rs.getString("qi_base_id")),
              LocalityId.of(rs.getString("qi_locality_id")),
              OrganisationId.of(rs.getString("qi_organisation_id")),
              YearMonth.parse(rs.getString("qi_period"))));
    }
    long submitted = rs.getLong("submitted_at");
    if (!rs.wasNull()) {
      b.submittedAt(Values.instant(submitted));
    }
    long withdrawn = rs.getLong("withdrawn_at");
    if (!rs.wasNull()) {
      b.withdrawnAt(Values.instant(withdrawn));
    }
    return b;
  }

  private static Question question(ResultSet rs) throws SQLException {
    Question.Builder b =
        Question.builder()
            .number(rs.getInt("number"))
            .text(rs.getString("question"))
            .askedAt(Values.instant(rs.getLong("asked_at")));
    String answer = rs.getString("answer");
    if (answer != null) {
      b.answer(answer).answeredAt(Values.instant(rs.getLong("answered_at")));
    }
    return b.build();
  }

  private static Long nanos(Optional<Instant> instant) {
    return instant.map(t -> Values.nanos(t, "a lesson's time")).orElse(null);
  }

  private static void checkStorable(Lesson lesson) {
    Values.text(lesson.id().value(), "a lesson id", Checks.MAX_ID_LENGTH);
    for (String text : lesson.sections().asMap().values()) {
      Values.text(text, "a lesson's section", Lesson.MAX_SECTION_LENGTH);
    }
    for (LessonTier t : lesson.tiers()) {
      for (String text : t.anonymised().asMap().values()) {
        Values.text(text, "an anonymised section", Lesson.MAX_SECTION_LENGTH);
      }
      for (TierFinding f : t.findings()) {
        Values.text(f.finding().rule(), "a finding's rule", 100);
        Values.text(
            f.finding().replacement(), "a finding's replacement", Lesson.MAX_SECTION_LENGTH);
      }
    }
    for (Question q : lesson.questions()) {
      Values.text(q.text(), "a question", Question.MAX_QUESTION_LENGTH);
      q.answer().ifPresent(a -> Values.text(a, "an answer", Question.MAX_ANSWER_LENGTH));
    }
    Values.nanos(lesson.createdAt(), "the time a lesson was started");
  }

  private RuntimeException missingOrStale(LessonId id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.lessonVersion)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("lesson")
            : new NotFoundException("no such lesson");
      }
    }
  }

  private RuntimeException codeMissingOrStale(LessonId id) throws SQLException {
    try (PreparedStatement ps = uow.prepare(sql.selectCode)) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new ConcurrentUpdateException("reference code check")
            : new NotFoundException("no reference code check for that lesson");
      }
    }
  }
}
