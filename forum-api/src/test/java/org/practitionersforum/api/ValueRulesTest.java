package org.practitionersforum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.Composition;
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
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Role;

class ValueRulesTest {
  private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void identifiersRefuseBlankOverlongMultiLineAndPaddedValues() {
    assertThatThrownBy(() -> PractitionerId.of(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("SEC-4: practitioner id must not start or end with white space");
    assertThatThrownBy(() -> ForumId.of(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("SEC-4: forum id must not be blank");
    assertThatThrownBy(() -> BaseId.of("x".repeat(201)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 200");
    assertThatThrownBy(() -> OrganisationId.of("a\nb")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> LocalityId.of(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("locality id is required but was missing");
  }

  @Test
  void identifiersOfPeopleNeverShowInToString() {
    assertThat(PractitionerId.of("emp-4471").toString()).doesNotContain("4471");
    assertThat(PersonId.of("mgr-0031").toString()).doesNotContain("0031");
    assertThat(Actor.manager(PersonId.of("mgr-0031")).toString()).isEqualTo("Actor[MANAGER]");
    assertThat(ForumId.of("f-9").toString()).isEqualTo("f-9");
  }

  @Test
  void vocabulariesNormaliseSpellings() {
    assertThat(Discipline.of("Social Work")).isEqualTo(Discipline.SOCIAL_WORK);
    assertThat(Discipline.of("  occupational_therapy ")).isEqualTo(Discipline.OCCUPATIONAL_THERAPY);
    assertThat(Specialism.of("Mental-Health")).isEqualTo(Specialism.MENTAL_HEALTH);
    assertThatThrownBy(() -> Discipline.of("nursing; drop"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Specialism.of("--")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sizeBoundsOutsideTheAllowedRangeNameFr4() {
    assertThat(SizeBounds.DEFAULT).isEqualTo(SizeBounds.of(4, 8));
    assertThatThrownBy(() -> SizeBounds.of(2, 8)).hasMessageStartingWith("FR-4:");
    assertThatThrownBy(() -> SizeBounds.of(6, 5)).hasMessageStartingWith("FR-4:");
    assertThatThrownBy(() -> SizeBounds.of(4, 17)).isInstanceOf(InvalidInputException.class);
    assertThat(SizeBounds.of(3, 16).admits(16)).isTrue();
  }

  @Test
  void compositionMustNameItsSingleDisciplineAndOnlyThen() {
    assertThatThrownBy(
            () ->
                Composition.builder()
                    .disciplineMix(Composition.Mix.SINGLE)
                    .specialismMix(Composition.Mix.MULTI)
                    .focus(Composition.Focus.LOCALITY)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("FR-5:");
    assertThatThrownBy(
            () ->
                Composition.builder()
                    .disciplineMix(Composition.Mix.MULTI)
                    .discipline(Discipline.NURSING)
                    .specialismMix(Composition.Mix.MULTI)
                    .focus(Composition.Focus.LOCALITY)
                    .build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void forumRefusesDuplicateMembersAndMoreThanItsMaximum() {
    Forum.Builder b = forum();
    Member m = Member.builder().practitioner(PractitionerId.of("p")).joinedAt(T).build();
    assertThatThrownBy(() -> b.addMembers(m, m).build()).hasMessageStartingWith("FR-2:");
    Forum.Builder full = forum().sizeBounds(SizeBounds.of(3, 3));
    for (int i = 0; i < 4; i++) {
      full.addMembers(
          Member.builder().practitioner(PractitionerId.of("p" + i)).joinedAt(T).build());
    }
    assertThatThrownBy(full::build).hasMessageStartingWith("FR-4:");
  }

  @Test
  void storedForumNamesAreSingleLinesWithoutControlCharacters() {
    assertThatThrownBy(() -> forum().name("Mill\u0007Lane").build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> forum().name("Mill\nLane").build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> forum().name(" Mill").build())
        .isInstanceOf(InvalidInputException.class);
    assertThat(forum().name("Mill Lane – adults’ forum").build().name())
        .isEqualTo("Mill Lane – adults’ forum");
  }

  @Test
  void missingAttributesAreATypedErrorNamingOnlyTheAttributes() {
    assertThatThrownBy(() -> Forum.builder().id(ForumId.of("f")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name");
  }

  @Test
  void malformedJsonIsATypedErrorThatDoesNotEchoTheInput() {
    assertThatThrownBy(() -> ForumJson.read("{\"id\": \"secret-777\", ", Forum.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("malformed Forum JSON")
        .hasMessageNotContaining("secret-777");
    assertThatThrownBy(() -> ForumJson.read("{\"minimum\": 1, \"maximum\": 8}", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("FR-4");
    assertThatThrownBy(() -> ForumJson.read("null", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ForumJson.read("{\"minimum\": 4, \"maximum\": 8}}}", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void unknownJsonFieldsAreIgnoredAndStateIsDerivedFromHistory() {
    Forum f = forum().build();
    String json = ForumJson.write(f);
    Forum back = ForumJson.read(json, Forum.class);
    assertThat(back).isEqualTo(f);
    assertThat(back.state()).isEqualTo(ForumState.PROPOSED);
    assertThat(ForumJson.read(json.replaceFirst("\\{", "{\"addedLater\": 1, "), Forum.class))
        .isEqualTo(f);
  }

  @Test
  void ruleViolationCarriesEveryViolation() {
    RuleViolationException e =
        new RuleViolationException(
            java.util.List.of(
                Violation.of(ViolationCode.BELOW_MINIMUM, "a"),
                Violation.of(ViolationCode.TOO_FEW_DISCIPLINES, "b")));
    assertThat(e.violations()).hasSize(2);
    assertThat(e.has(ViolationCode.TOO_FEW_DISCIPLINES)).isTrue();
    assertThat(e.getMessage()).isEqualTo("FR-4: a; FR-5: b");
    assertThat(e.code()).isEqualTo(ErrorCode.RULE_VIOLATION);
  }

  private static Forum.Builder forum() {
    return Forum.builder()
        .id(ForumId.of("f"))
        .name("F")
        .organisation(OrganisationId.of("o"))
        .base(BaseId.of("b"))
        .locality(LocalityId.of("l"))
        .composition(Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
        .sizeBounds(SizeBounds.DEFAULT)
        .lineManagementExcluded(true)
        .proposedAt(T)
        .addHistory(
            StateChange.builder()
                .to(ForumState.PROPOSED)
                .reason("r")
                .by(Role.PRACTITIONER)
                .at(T)
                .build());
  }
}
