package org.practitionersforum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.core.ForumSdk;

class TermsTourTest {
  private static final ForumId FORUM = ForumId.of("harbour-forum");
  private static final PersonId SPONSOR = PersonId.of("service-manager-9");

  @Test
  void theTourAgreesTermsActivatesTheForumHoldsAReflectiveSessionAndPrintsTheCpdExport() {
    ForumSdk sdk =
        ForumSdk.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC))
            .build();
    List<PractitionerId> members = formingForum(sdk);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    TermsTour.run(
        sdk, FORUM, members, SPONSOR, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Version 1 drafted")
        .contains("The sponsoring manager tries to edit the terms: refused. TR-6")
        .contains("open for agreement by 5 parties")
        .contains("TR-4: a forum becomes active only once")
        .contains("version 1 is now draft")
        .contains("5 parties agreed version 2; it is in force as version 2.")
        .contains("verifies against the stored terms: true")
        .contains("The forum is active.")
        .contains("with 3 members present")
        .contains("Sessions the sponsoring manager can see: 0")
        .contains("date,forum,session,mode,minutes,hours")
        .contains("2026-11-23,harbour-forum,harbour-forum-session-1,reflective,90,1.50")
        .contains("total,,1 session,reflective,90,1.50")
        .contains("Their regulator's readiness (CPD-1): Social Work England 2025-26: 1 of 2 pieces")
        .contains("1.50 used")
        .contains(
            "The sponsoring manager sees the forum: forum harbour-forum 2026-27: fewer than 5"
                + " practitioners")
        .doesNotContain("Apologies should go to the whole forum");
    Actor admin = Actor.administrator(PersonId.of("admin"));
    assertThat(sdk.forums().get(admin, FORUM).state()).isEqualTo(ForumState.ACTIVE);
    assertThat(sdk.terms().get(admin, FORUM).versions())
        .extracting(v -> v.status())
        .containsExactly(TermsStatus.WITHDRAWN, TermsStatus.IN_FORCE);
    assertThat(sdk.sessions().list(admin, FORUM)).hasSize(1);
  }

  private static List<PractitionerId> formingForum(ForumSdk sdk) {
    Actor admin = Actor.administrator(PersonId.of("admin"));
    OrganisationId org = OrganisationId.of("harbour-trust");
    BaseId base = BaseId.of("harbour-team");
    LocalityId locality = LocalityId.of("south");
    Discipline[] disciplines = {
      Discipline.SOCIAL_WORK,
      Discipline.NURSING,
      Discipline.OCCUPATIONAL_THERAPY,
      Discipline.HOUSING_SUPPORT
    };
    List<PractitionerId> members = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      PractitionerId id = PractitionerId.of("harbour-" + i);
      sdk.practitioners()
          .register(
              admin,
              PractitionerProfile.builder()
                  .id(id)
                  .discipline(disciplines[i])
                  .specialism(Specialism.ADULTS)
                  .base(base)
                  .organisation(org)
                  .locality(locality)
                  .build());
      members.add(id);
    }
    sdk.forums()
        .propose(
            Actor.practitioner(members.get(0)),
            ForumProposal.builder()
                .id(FORUM)
                .name("Harbour practitioners' forum")
                .organisation(org)
                .base(base)
                .locality(locality)
                .composition(
                    Composition.builder()
                        .disciplineMix(Composition.Mix.MULTI)
                        .specialismMix(Composition.Mix.SINGLE)
                        .specialism(Specialism.ADULTS)
                        .focus(Composition.Focus.ORGANISATION)
                        .build())
                .sponsor(SPONSOR)
                .build());
    for (PractitionerId m : members) {
      sdk.forums().join(Actor.practitioner(m), FORUM, m);
    }
    return members;
  }
}
