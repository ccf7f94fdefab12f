package org.practitionersforum.core.internal.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.session.Attendance;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.PersonReferences;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * The subject access export (UK GDPR Article 15): everything the SDK holds about a practitioner, as
 * one JSON object, read in one unit of work, with a section on what is held only pseudonymised or
 * in aggregate and what erasure would do.
 */
final class SubjectAccess {
  /** The format's name and version, the export's first field. */
  static final String FORMAT = "practitioners-forum-subject-access/1";

  private static final ObjectMapper JSON = ForumJson.mapper();

  /**
   * What the SDK keeps about a person only pseudonymised, by role or in aggregate: category, form,
   * why, and what erasure does.
   */
  private static final List<String[]> OTHER_FORMS =
      List.of(
          new String[] {
            "forumHistory",
            "by role only",
            "A forum's changes of state record the role of whoever made them (practitioner,"
                + " facilitator, manager, administrator, system), never the person.",
            "Nothing names you, so nothing is changed. A forum you leave on erasure and that"
                + " falls below its rules is suspended, with the reason in its history."
          },
          new String[] {
            "invitationsSent",
            "by role only",
            "An invitation records the role of whoever sent it, not the person, so invitations"
                + " you sent cannot be listed.",
            "Nothing names you, so nothing is changed; invitations to you are removed."
          },
          new String[] {
            "memberCountsAndQuorum",
            "aggregate",
            "A forum keeps how many members it has and a session who attended; these counts are"
                + " how the forum's rules (FR-4, TR-7) are shown to hold.",
            "Your attendance and any membership of a closed forum stay as a pseudonymous token"
                + " that is the same everywhere for one erasure and cannot be traced back to you,"
                + " so the counts stay right."
          },
          new String[] {
            "agreedTermsOfReference",
            "pseudonymised after erasure",
            "Terms of reference come into force only when every party has agreed that exact text"
                + " (TR-2, TR-3); other parties must still be able to show that.",
            "Your agreements and objections name the pseudonymous token instead of you; each keeps"
                + " its version, content hash, round and time. The reasons you gave for objecting"
                + " are removed."
          },
          new String[] {
            "sessionMinutes",
            "the forum's record",
            "Minutes of consultative sessions are the forum's collective record; the SDK does not"
                + " attribute them to anyone, and reflective sessions keep none (TR-7).",
            "Minutes are kept as the forum's record; ask the forum to correct any that name you."
          },
          new String[] {
            "events",
            "held by the host",
            "Events delivered to the host application name members by id; the copies the host"
                + " keeps are the host's records.",
            "Events the erasure itself raises name the pseudonymous token, never you."
          });

  private final List<ErasureStep> steps;

  SubjectAccess(List<ErasureStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Writes the export, reading everything in the unit of work. */
  String export(StorageTransaction tx, PractitionerId practitioner, Instant now) {
    PersonId person = practitioner.asPerson();
    Optional<PractitionerProfile> profile = tx.practitioners().find(practitioner);
    PersonReferences refs = tx.erasure().findReferences(person);
    if (profile.isEmpty() && refs.isEmpty() && !heldBySteps(tx, practitioner)) {
      throw new NotFoundException("SEC-3: the SDK holds nothing about this practitioner");
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("format", FORMAT);
    out.put("generatedAt", now.toString());
    out.put("practitioner", practitioner.value());
    out.set(
        "profile",
        profile
            .<com.fasterxml.jackson.databind.JsonNode>map(JSON::valueToTree)
            .orElse(JSON.nullNode()));
    ArrayNode memberships = out.putArray("memberships");
    ArrayNode received = out.putArray("invitationsReceived");
    out.putArray("invitationsSent");
    ArrayNode facilitations = out.putArray("facilitations");
    ArrayNode sponsorships = out.putArray("sponsorships");
    for (ForumId id : refs.forums()) {
      Optional<Forum> found = tx.forums().find(id);
      if (found.isEmpty()) {
        continue;
      }
      Forum f = found.get();
      for (Member m : f.members()) {
        if (m.practitioner().equals(practitioner)) {
          ObjectNode n = forum(memberships.addObject(), f);
          n.put("joinedAt", m.joinedAt().toString());
        }
      }
      for (Invitation i : f.invitations()) {
        if (i.invitee().equals(practitioner)) {
          ObjectNode n = forum(received.addObject(), f);
          n.put("invitedByRole", String.valueOf(i.invitedBy()));
          n.put("invitedAt", i.invitedAt().toString());
        }
      }
      for (Facilitation fac : f.facilitations()) {
        if (fac.facilitator().equals(person)) {
          ObjectNode n = forum(facilitations.addObject(), f);
          n.put("start", fac.start().toString());
          fac.end().ifPresent(e -> n.put("end", e.toString()));
          fac.endReason().ifPresent(r -> n.put("endReason", r));
        }
      }
      if (f.sponsor().filter(person::equals).isPresent()) {
        forum(sponsorships.addObject(), f);
      }
    }
    ArrayNode agreements = out.putArray("agreements");
    ArrayNode objections = out.putArray("objections");
    for (ForumId id : refs.terms()) {
      Optional<ForumTerms> terms = tx.terms().find(id);
      if (terms.isEmpty()) {
        continue;
      }
      for (TermsVersion v : terms.get().versions()) {
        for (Agreement a : v.agreements()) {
          if (a.party().equals(person)) {
            ObjectNode n = agreements.addObject();
            n.put("forum", id.value());
            n.put("version", a.version());
            n.put("contentHash", a.hash().value());
            n.put("role", a.role().name());
            n.put("round", a.round());
            n.put("agreedAt", a.at().toString());
          }
        }
        for (Objection o : v.objections()) {
          if (o.party().equals(person)) {
            ObjectNode n = objections.addObject();
            n.put("forum", id.value());
            n.put("version", o.version());
            n.put("contentHash", o.hash().value());
            n.put("role", o.role().name());
            n.put("round", o.round());
            n.put("reason", o.reason());
            n.put("objectedAt", o.at().toString());
          }
        }
      }
    }
    ArrayNode attendance = out.putArray("attendance");
    for (SessionId id : refs.sessions()) {
      Optional<Session> session = tx.sessions().find(id);
      if (session.isEmpty()) {
        continue;
      }
      Session s = session.get();
      for (Attendance a : s.attendance()) {
        if (a.practitioner().equals(practitioner)) {
          ObjectNode n = attendance.addObject();
          n.put("session", s.id().value());
          n.put("forum", s.forum().value());
          n.put("mode", s.mode().name());
          n.put("startedAt", s.startedAt().toString());
          n.put("duration", s.duration().toString());
          n.put("status", a.status().name());
        }
      }
    }
    out.put("lineManagerOf", refs.managedProfiles().size());
    ArrayNode other = out.putArray("heldInOtherForms");
    for (String[] row : OTHER_FORMS) {
      ObjectNode n = other.addObject();
      n.put("category", row[0]);
      n.put("form", row[1]);
      n.put("why", row[2]);
      n.put("onErasure", row[3]);
    }
    for (ErasureStep step : steps) {
      step.export(tx, practitioner, out);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new StorageException("SEC-3: the export could not be written as JSON", false, null);
    }
  }

  private static ObjectNode forum(ObjectNode n, Forum f) {
    n.put("forum", f.id().value());
    n.put("forumName", f.name());
    n.put("organisation", f.organisation().value());
    n.put("base", f.base().value());
    n.put("state", f.state().name());
    return n;
  }

  /** Tells whether a step holds something naming the person that the stores' references miss. */
  private boolean heldBySteps(StorageTransaction tx, PractitionerId practitioner) {
    return steps.stream().anyMatch(step -> step.holds(tx, practitioner));
  }
}
