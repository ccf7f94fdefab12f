package org.practitionersforum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.FormationPlan;
import org.practitionersforum.api.forum.FormationRequest;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.Invitation;
import org.practitionersforum.api.forum.Member;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.forum.SuggestedForum;
import org.practitionersforum.api.forum.Unplaced;
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
import org.practitionersforum.testkit.quicktheories.QuickTheoriesGens;

/** Every model type survives a JSON round trip: written with ForumJson, read back equal. */
class JsonRoundTripProperties {
  private static final int EXAMPLES = 40;

  @TestFactory
  Stream<DynamicTest> everyModelTypeRoundTrips() {
    return Stream.of(
        roundTrip(PractitionerId.class, Generators.practitionerIds()),
        roundTrip(PersonId.class, Generators.personIds()),
        roundTrip(ForumId.class, Generators.forumIds()),
        roundTrip(OrganisationId.class, Generators.organisationIds()),
        roundTrip(BaseId.class, Generators.baseIds()),
        roundTrip(LocalityId.class, Generators.localityIds()),
        roundTrip(Discipline.class, Generators.disciplines()),
        roundTrip(Specialism.class, Generators.specialisms()),
        roundTrip(PractitionerProfile.class, Generators.practitionerProfiles()),
        roundTrip(Composition.class, Generators.compositions()),
        roundTrip(SizeBounds.class, Generators.sizeBounds()),
        roundTrip(FormationSettings.class, Generators.formationSettings()),
        roundTrip(Member.class, Generators.members()),
        roundTrip(Invitation.class, Generators.invitations()),
        roundTrip(Facilitation.class, Generators.facilitations()),
        roundTrip(StateChange.class, Generators.stateChanges()),
        roundTrip(Forum.class, Generators.forums()),
        roundTrip(ForumProposal.class, Generators.forumProposals()),
        roundTrip(FormationRequest.class, Generators.formationRequests(20)),
        roundTrip(SuggestedForum.class, Generators.suggestedForums()),
        roundTrip(FormationPlan.class, Generators.formationPlans()),
        roundTrip(Unplaced.class, Generators.unplaced()),
        roundTrip(Violation.class, Generators.violations()),
        // The system actor is never read from JSON (SEC-1), so only the roles a host gives.
        roundTrip(Actor.class, Generators.actors(Role.MANAGER)),
        roundTrip(Actor.class, Generators.actors(Role.PRACTITIONER)));
  }

  private static <T> DynamicTest roundTrip(Class<T> type, Generator<T> gen) {
    return DynamicTest.dynamicTest(
        type.getSimpleName(),
        () ->
            qt().withExamples(EXAMPLES)
                .forAll(QuickTheoriesGens.of(gen))
                .checkAssert(
                    value -> {
                      String json = ForumJson.write(value);
                      T read = ForumJson.read(json, type);
                      assertThat(read).isEqualTo(value);
                      assertThat(ForumJson.write(read)).isEqualTo(json);
                    }));
  }
}
