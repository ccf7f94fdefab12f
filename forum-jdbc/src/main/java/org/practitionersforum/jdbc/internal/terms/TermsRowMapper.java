package org.practitionersforum.jdbc.internal.terms;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Ordered;
import org.practitionersforum.jdbc.internal.rows.Params;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * Maps terms versions to rows and back, column by name: the version row, its purposes and
 * limits, agreements and objections, as their tables have them or as the reads of all a
 * version's children have them ({@link TermsChildColumn}). Also refuses, before any statement,
 * values the database could not hold exactly.
 */
final class TermsRowMapper {
  private TermsRowMapper() {}

  /** Binds a version row's content: every column but the key. */
  static void bindContent(Params<VersionColumn> p, String forum, TermsVersion v)
      throws SQLException {
    TermsContent c = v.content();
    p.string(VersionColumn.STATUS, v.status().name())
        .integer(VersionColumn.ROUND, v.round())
        .string(VersionColumn.CONTENT_HASH, v.hash().value())
        .string(VersionColumn.IN_FORCE_FORUM_ID, v.status() == TermsStatus.IN_FORCE ? forum : null)
        .bigint(VersionColumn.DRAFTED_AT,
            Values.nanos(v.draftedAt(), "the time terms were drafted"))
        .bigint(VersionColumn.OPENED_AT,
            v.openedAt().map(t -> Values.nanos(t, "the time terms were opened")))
        .bigint(VersionColumn.IN_FORCE_AT,
            v.inForceAt().map(t -> Values.nanos(t, "the time terms came into force")))
        .bigint(VersionColumn.ENDED_AT,
            v.endedAt().map(t -> Values.nanos(t, "the time terms ended")))
        .string(VersionColumn.CONFIDENTIALITY, c.confidentiality())
        .string(VersionColumn.ATTENDANCE, c.attendance())
        .string(VersionColumn.EQUAL_AIRTIME, c.equalAirtime())
        .string(VersionColumn.CADENCE, c.cadence())
        .integer(VersionColumn.QUORUM, c.quorum())
        .string(VersionColumn.FACILITATION, c.facilitation())
        .string(VersionColumn.FACILITATION_ENDS, c.facilitationEnds())
        .string(VersionColumn.DECISION_MAKING, c.decisionMaking())
        .string(VersionColumn.SHARING_WITH_MANAGERS, c.sharingWithManagers())
        .object(VersionColumn.REVIEW_DATE, c.reviewDate());
  }

  /** Binds a whole version row. */
  static void bind(Params<VersionColumn> p, String forum, TermsVersion v) throws SQLException {
    p.string(VersionColumn.FORUM_ID, forum).integer(VersionColumn.NUMBER, v.number());
    bindContent(p, forum, v);
  }

  /** Binds an item row: a purpose or a stated limit. */
  static void bind(Params<ItemColumn> p, String forum, int number, TermsChildKind kind,
      int ordinal, String text) throws SQLException {
    p.string(ItemColumn.FORUM_ID, forum).integer(ItemColumn.NUMBER, number)
        .integer(ItemColumn.KIND, kind.code).integer(ItemColumn.ORDINAL, ordinal)
        .string(ItemColumn.TEXT, text);
  }

  /** Binds an agreement row. */
  static void bind(Params<AgreementColumn> p, String forum, int ordinal, Agreement a)
      throws SQLException {
    p.string(AgreementColumn.FORUM_ID, forum).integer(AgreementColumn.NUMBER, a.version())
        .integer(AgreementColumn.ORDINAL, ordinal)
        .string(AgreementColumn.PARTY_ID, a.party().value())
        .string(AgreementColumn.ROLE, a.role().name())
        .string(AgreementColumn.CONTENT_HASH, a.hash().value())
        .integer(AgreementColumn.ROUND, a.round())
        .bigint(AgreementColumn.AGREED_AT, Values.nanos(a.at(), "the time of an agreement"));
  }

  /** Binds an objection row. */
  static void bind(Params<ObjectionColumn> p, String forum, int number, int ordinal, Objection o)
      throws SQLException {
    p.string(ObjectionColumn.FORUM_ID, forum).integer(ObjectionColumn.NUMBER, number)
        .integer(ObjectionColumn.ORDINAL, ordinal)
        .string(ObjectionColumn.PARTY_ID, o.party().value())
        .string(ObjectionColumn.ROLE, o.role().name())
        .string(ObjectionColumn.CONTENT_HASH, o.hash().value())
        .integer(ObjectionColumn.ROUND, o.round())
        .string(ObjectionColumn.REASON, o.reason())
        .bigint(ObjectionColumn.OBJECTED_AT, Values.nanos(o.at(), "the time of an objection"));
  }

  /**
   * One terms version being assembled from its row and its child rows, which may come in any
   * order.
   */
  static final class VersionParts {
    final int number;
    private final TermsVersion.Builder version = TermsVersion.builder();
    private final TermsContent.Builder content = TermsContent.builder();
    private final Ordered<String> purposes = new Ordered<>();
    private final Ordered<String> limits = new Ordered<>();
    final Ordered<Agreement> agreements = new Ordered<>();
    final Ordered<Objection> objections = new Ordered<>();

    /** Starts from a version row. */
    VersionParts(Row<VersionColumn> r) throws SQLException {
      number = r.integer(VersionColumn.NUMBER);
      version.number(number)
          .status(TermsStatus.valueOf(r.string(VersionColumn.STATUS)))
          .round(r.integer(VersionColumn.ROUND))
          .hash(ContentHash.of(r.string(VersionColumn.CONTENT_HASH)))
          .draftedAt(r.instant(VersionColumn.DRAFTED_AT));
      long opened = r.bigint(VersionColumn.OPENED_AT);
      if (!r.wasNull()) {
        version.openedAt(Values.instant(opened));
      }
      long inForce = r.bigint(VersionColumn.IN_FORCE_AT);
      if (!r.wasNull()) {
        version.inForceAt(Values.instant(inForce));
      }
      long ended = r.bigint(VersionColumn.ENDED_AT);
      if (!r.wasNull()) {
        version.endedAt(Values.instant(ended));
      }
      content.confidentiality(r.string(VersionColumn.CONFIDENTIALITY))
          .attendance(r.string(VersionColumn.ATTENDANCE))
          .equalAirtime(r.string(VersionColumn.EQUAL_AIRTIME))
          .cadence(r.string(VersionColumn.CADENCE))
          .quorum(r.integer(VersionColumn.QUORUM))
          .facilitation(r.string(VersionColumn.FACILITATION))
          .facilitationEnds(r.string(VersionColumn.FACILITATION_ENDS))
          .decisionMaking(r.string(VersionColumn.DECISION_MAKING))
          .sharingWithManagers(r.string(VersionColumn.SHARING_WITH_MANAGERS))
          .reviewDate(Objects.requireNonNull(r.object(VersionColumn.REVIEW_DATE, LocalDate.class)));
    }

    /** Adds a child row of a kind other than the check row. */
    void add(Row<TermsChildColumn> r, TermsChildKind kind) throws SQLException {
      int ordinal = r.integer(TermsChildColumn.ORDINAL);
      switch (kind) {
        case PURPOSE:
          purposes.add(ordinal, r.string(TermsChildColumn.TXT));
          break;
        case LIMIT:
          limits.add(ordinal, r.string(TermsChildColumn.TXT));
          break;
        case AGREEMENT:
          agreements.add(ordinal, Agreement.builder()
              .party(PersonId.of(r.string(TermsChildColumn.A)))
              .role(PartyRole.valueOf(r.string(TermsChildColumn.B))).version(number)
              .hash(ContentHash.of(r.string(TermsChildColumn.H)))
              .round(r.integer(TermsChildColumn.R))
              .at(r.instant(TermsChildColumn.AT)).build());
          break;
        default:
          objections.add(ordinal, Objection.builder()
              .party(PersonId.of(r.string(TermsChildColumn.A)))
              .role(PartyRole.valueOf(r.string(TermsChildColumn.B))).version(number)
              .hash(ContentHash.of(r.string(TermsChildColumn.H)))
              .round(r.integer(TermsChildColumn.R)).reason(r.string(TermsChildColumn.TXT))
              .at(r.instant(TermsChildColumn.AT)).build());
          break;
      }
    }

    TermsVersion build() {
      content.purposes(purposes.values()).confidentialityLimits(limits.values());
      return version.content(content.build()).agreements(agreements.values())
          .objections(objections.values()).build();
    }
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  static void checkStorable(ForumTerms terms) {
    Values.text(terms.forum().value(), "a forum id", Checks.MAX_ID_LENGTH);
    for (TermsVersion v : terms.versions()) {
      TermsContent c = v.content();
      for (String p : c.purposes()) {
        Values.text(p, "a purpose", TermsContent.MAX_ITEM_LENGTH);
      }
      for (String l : c.confidentialityLimits()) {
        Values.text(l, "a stated limit of confidentiality", TermsContent.MAX_ITEM_LENGTH);
      }
      for (String text : List.of(c.confidentiality(), c.attendance(), c.equalAirtime(),
          c.cadence(), c.facilitation(), c.facilitationEnds(), c.decisionMaking(),
          c.sharingWithManagers())) {
        Values.text(text, "a section of the terms", TermsContent.MAX_TEXT_LENGTH);
      }
      Values.nanos(v.draftedAt(), "the time terms were drafted");
      v.openedAt().ifPresent(t -> Values.nanos(t, "the time terms were opened"));
      v.inForceAt().ifPresent(t -> Values.nanos(t, "the time terms came into force"));
      v.endedAt().ifPresent(t -> Values.nanos(t, "the time terms ended"));
      for (Agreement a : v.agreements()) {
        Values.text(a.party().value(), "a party id", Checks.MAX_ID_LENGTH);
        Values.nanos(a.at(), "the time of an agreement");
      }
      for (Objection o : v.objections()) {
        Values.text(o.party().value(), "a party id", Checks.MAX_ID_LENGTH);
        Values.text(o.reason(), "the reason for an objection", Objection.MAX_REASON_LENGTH);
        Values.nanos(o.at(), "the time of an objection");
      }
    }
  }
}
