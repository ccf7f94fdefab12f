package modulepath;

import java.time.Instant;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.json.ForumJson;
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
 * Run in a child JVM with forum-api and Jackson on the module path: proves the module descriptor
 * opens every model package to Jackson. Exits 0 when every value round-trips.
 */
public final class JsonOnModulePath {
  private JsonOnModulePath() {}

  public static void main(String[] args) {
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    int ok =
        check(sampleForum(t), Forum.class)
            + check(
                PractitionerProfile.builder()
                    .id(PractitionerId.of("p-1"))
                    .discipline(Discipline.NURSING)
                    .specialism(Specialism.ADULTS)
                    .base(BaseId.of("b"))
                    .organisation(OrganisationId.of("o"))
                    .locality(LocalityId.of("l"))
                    .lineManager(PractitionerId.of("p-2"))
                    .build(),
                PractitionerProfile.class)
            + check(Violation.of(ViolationCode.FORUM_FULL, "full"), Violation.class)
            + check(Actor.manager(PersonId.of("m-1")), Actor.class)
            + check(SizeBounds.DEFAULT, SizeBounds.class);
    System.out.println("OK " + ok);
  }

  private static <T> int check(T value, Class<T> type) {
    T back = ForumJson.read(ForumJson.write(value), type);
    if (!back.equals(value)) {
      System.out.println("MISMATCH " + type.getSimpleName());
      System.exit(1);
    }
    return 1;
  }

  static Forum sampleForum(Instant t) {
    return Forum.builder()
        .id(ForumId.of("f-1"))
        .name("A forum")
        .organisation(OrganisationId.of("o"))
        .base(BaseId.of("b"))
        .locality(LocalityId.of("l"))
        .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.LOCALITY))
        .sizeBounds(SizeBounds.DEFAULT)
        .lineManagementExcluded(true)
        .sponsor(PersonId.of("m-1"))
        .addMembers(Member.builder().practitioner(PractitionerId.of("p-1")).joinedAt(t).build())
        .addFacilitations(Facilitation.builder().facilitator(PersonId.of("x")).start(t).build())
        .addHistory(
            StateChange.builder()
                .to(ForumState.PROPOSED)
                .reason("r")
                .by(Role.PRACTITIONER)
                .at(t)
                .build())
        .proposedAt(t)
        .version(3)
        .build();
  }
}
