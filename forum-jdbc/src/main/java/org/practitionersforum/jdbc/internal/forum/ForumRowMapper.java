package org.practitionersforum.jdbc.internal.forum;

import java.sql.SQLException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Role;
import org.practitionersforum.jdbc.internal.Values;
import org.practitionersforum.jdbc.internal.rows.Params;
import org.practitionersforum.jdbc.internal.rows.Row;

/**
 * Maps forums to rows and back, column by name: the forum row, and each kind of child row as
 * its own table has it or as the {@code UNION ALL} reads have it ({@link ChildColumn}). Also
 * refuses, before any statement, values the database could not hold exactly.
 */
final class ForumRowMapper {
  private ForumRowMapper() {}

  /** The forum row's values, without its child lists. */
  static Forum.Builder forum(Row<ForumColumn> r) throws SQLException {
    Composition.Builder c = Composition.builder()
        .disciplineMix(Composition.Mix.valueOf(r.string(ForumColumn.DISCIPLINE_MIX)))
        .specialismMix(Composition.Mix.valueOf(r.string(ForumColumn.SPECIALISM_MIX)))
        .focus(Composition.Focus.valueOf(r.string(ForumColumn.FOCUS)));
    String discipline = r.string(ForumColumn.DISCIPLINE);
    if (discipline != null) {
      c.discipline(Discipline.of(discipline));
    }
    String specialism = r.string(ForumColumn.SPECIALISM);
    if (specialism != null) {
      c.specialism(Specialism.of(specialism));
    }
    Forum.Builder forum = Forum.builder();
    forum.id(ForumId.of(r.string(ForumColumn.ID)))
        .organisation(OrganisationId.of(r.string(ForumColumn.ORGANISATION_ID)))
        .base(BaseId.of(r.string(ForumColumn.BASE_ID)))
        .locality(LocalityId.of(r.string(ForumColumn.LOCALITY_ID)))
        .name(r.string(ForumColumn.NAME))
        .composition(c.build())
        .sizeBounds(SizeBounds.of(r.integer(ForumColumn.MIN_MEMBERS),
            r.integer(ForumColumn.MAX_MEMBERS)))
        .lineManagementExcluded(r.bool(ForumColumn.LINE_MANAGEMENT_EXCLUDED))
        .proposedAt(r.instant(ForumColumn.PROPOSED_AT))
        .version(r.bigint(ForumColumn.VERSION));
    String sponsor = r.string(ForumColumn.SPONSOR_ID);
    if (sponsor != null) {
      forum.sponsor(PersonId.of(sponsor));
    }
    return forum;
  }

  /** Binds the forum row's content: every column but the id and the version. */
  static void bindContent(Params<ForumColumn> p, Forum f) throws SQLException {
    Composition c = f.composition();
    p.string(ForumColumn.ORGANISATION_ID, f.organisation().value())
        .string(ForumColumn.BASE_ID, f.base().value())
        .string(ForumColumn.LOCALITY_ID, f.locality().value())
        .string(ForumColumn.NAME, f.name())
        .string(ForumColumn.DISCIPLINE_MIX, c.disciplineMix().name())
        .string(ForumColumn.DISCIPLINE, c.discipline().map(Discipline::code))
        .string(ForumColumn.SPECIALISM_MIX, c.specialismMix().name())
        .string(ForumColumn.SPECIALISM, c.specialism().map(Specialism::code))
        .string(ForumColumn.FOCUS, c.focus().name())
        .integer(ForumColumn.MIN_MEMBERS, f.sizeBounds().minimum())
        .integer(ForumColumn.MAX_MEMBERS, f.sizeBounds().maximum())
        .bool(ForumColumn.LINE_MANAGEMENT_EXCLUDED, f.lineManagementExcluded())
        .string(ForumColumn.SPONSOR_ID, f.sponsor().map(PersonId::value))
        .string(ForumColumn.STATE, f.state().name())
        .bigint(ForumColumn.PROPOSED_AT,
            Values.nanos(f.proposedAt(), "the time a forum was proposed"))
        .integer(ForumColumn.MEMBER_COUNT, f.members().size());
  }

  /** A member from its own table's columns. */
  static Member member(Row<MemberColumn> r) throws SQLException {
    return Member.builder().practitioner(PractitionerId.of(r.string(MemberColumn.PRACTITIONER_ID)))
        .joinedAt(r.instant(MemberColumn.JOINED_AT)).build();
  }

  /** A state change from its own table's columns. */
  static StateChange stateChange(Row<HistoryColumn> r) throws SQLException {
    StateChange.Builder c = StateChange.builder().by(Role.valueOf(r.string(HistoryColumn.BY_ROLE)))
        .to(ForumState.valueOf(r.string(HistoryColumn.TO_STATE)))
        .reason(r.string(HistoryColumn.REASON))
        .at(r.instant(HistoryColumn.CHANGED_AT));
    String from = r.string(HistoryColumn.FROM_STATE);
    if (from != null) {
      c.from(ForumState.valueOf(from));
    }
    return c.build();
  }

  /** A member from the columns of the union of child rows. */
  static Member childMember(Row<ChildColumn> r) throws SQLException {
    return Member.builder().practitioner(PractitionerId.of(r.string(ChildColumn.A)))
        .joinedAt(r.instant(ChildColumn.T1)).build();
  }

  /** An invitation from the columns of the union of child rows. */
  static Invitation childInvitation(Row<ChildColumn> r) throws SQLException {
    return Invitation.builder().invitee(PractitionerId.of(r.string(ChildColumn.A)))
        .invitedBy(Role.valueOf(r.string(ChildColumn.B))).invitedAt(r.instant(ChildColumn.T1))
        .build();
  }

  /** A facilitation from the columns of the union of child rows. */
  static Facilitation childFacilitation(Row<ChildColumn> r) throws SQLException {
    Facilitation.Builder f = Facilitation.builder()
        .facilitator(PersonId.of(r.string(ChildColumn.A))).start(r.instant(ChildColumn.T1));
    long end = r.bigint(ChildColumn.T2);
    if (!r.wasNull()) {
      f.end(Values.instant(end));
    }
    String reason = r.string(ChildColumn.TXT);
    if (reason != null) {
      f.endReason(reason);
    }
    return f.build();
  }

  /** A state change from the columns of the union of child rows. */
  static StateChange childStateChange(Row<ChildColumn> r) throws SQLException {
    StateChange.Builder c = StateChange.builder().by(Role.valueOf(r.string(ChildColumn.A)))
        .to(ForumState.valueOf(r.string(ChildColumn.C))).reason(r.string(ChildColumn.TXT))
        .at(r.instant(ChildColumn.T1));
    String from = r.string(ChildColumn.B);
    if (from != null) {
      c.from(ForumState.valueOf(from));
    }
    return c.build();
  }

  /** Binds a member row. */
  static void bind(Params<MemberColumn> p, String forum, int ordinal, Member m)
      throws SQLException {
    p.string(MemberColumn.FORUM_ID, forum).integer(MemberColumn.ORDINAL, ordinal)
        .string(MemberColumn.PRACTITIONER_ID, m.practitioner().value())
        .bigint(MemberColumn.JOINED_AT, Values.nanos(m.joinedAt(), "the time a member joined"));
  }

  /** Binds an invitation row. */
  static void bind(Params<InvitationColumn> p, String forum, int ordinal, Invitation inv)
      throws SQLException {
    p.string(InvitationColumn.FORUM_ID, forum).integer(InvitationColumn.ORDINAL, ordinal)
        .string(InvitationColumn.INVITEE_ID, inv.invitee().value())
        .string(InvitationColumn.INVITED_BY, inv.invitedBy().name())
        .bigint(InvitationColumn.INVITED_AT,
            Values.nanos(inv.invitedAt(), "the time of an invitation"));
  }

  /** Binds a facilitation's content: every column but the key. */
  static void bindContent(Params<FacilitationColumn> p, Facilitation f) throws SQLException {
    p.string(FacilitationColumn.FACILITATOR_ID, f.facilitator().value())
        .bigint(FacilitationColumn.STARTED_AT, Values.nanos(f.start(), "the start of facilitation"))
        .bigint(FacilitationColumn.ENDED_AT,
            f.end().map(e -> Values.nanos(e, "the end of facilitation")))
        .string(FacilitationColumn.END_REASON, f.endReason());
  }

  /** Binds a state change's content: every column but the key. */
  static void bindContent(Params<HistoryColumn> p, StateChange c) throws SQLException {
    p.string(HistoryColumn.FROM_STATE, c.from().map(ForumState::name))
        .string(HistoryColumn.TO_STATE, c.to().name())
        .string(HistoryColumn.REASON, c.reason())
        .string(HistoryColumn.BY_ROLE, c.by().name())
        .bigint(HistoryColumn.CHANGED_AT, Values.nanos(c.at(), "the time of a state change"));
  }

  /** Refuses, before any statement, values that the database could not hold exactly. */
  static void checkStorable(Forum forum) {
    Values.text(forum.name(), "a forum name", Forum.MAX_NAME_LENGTH);
    Values.text(forum.id().value(), "a forum id", Checks.MAX_ID_LENGTH);
    Values.text(forum.organisation().value(), "an organisation id", Checks.MAX_ID_LENGTH);
    Values.text(forum.base().value(), "a base id", Checks.MAX_ID_LENGTH);
    Values.text(forum.locality().value(), "a locality id", Checks.MAX_ID_LENGTH);
    forum.sponsor().ifPresent(s -> Values.text(s.value(), "a sponsor id", Checks.MAX_ID_LENGTH));
    Values.nanos(forum.proposedAt(), "the time a forum was proposed");
    for (Member m : forum.members()) {
      Values.text(m.practitioner().value(), "a member id", Checks.MAX_ID_LENGTH);
      Values.nanos(m.joinedAt(), "the time a member joined");
    }
    for (Invitation inv : forum.invitations()) {
      Values.text(inv.invitee().value(), "an invitee id", Checks.MAX_ID_LENGTH);
      Values.nanos(inv.invitedAt(), "the time of an invitation");
    }
    for (Facilitation f : forum.facilitations()) {
      Values.text(f.facilitator().value(), "a facilitator id", Checks.MAX_ID_LENGTH);
      Values.nanos(f.start(), "the start of facilitation");
      f.end().ifPresent(e -> Values.nanos(e, "the end of facilitation"));
      f.endReason().ifPresent(r -> Values.text(r, "the reason facilitation ended",
          Values.MAX_TEXT));
    }
    for (StateChange c : forum.history()) {
      Values.text(c.reason(), "the reason for a state change", Values.MAX_TEXT);
      Values.nanos(c.at(), "the time of a state change");
    }
  }
}
