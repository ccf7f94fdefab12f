package org.example.host;

import java.time.Clock;
import java.util.List;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.core.memory.InMemoryForumStorage;
import org.practitionersforum.jdbc.Dialect;

/** A host's code as a host writes it: builders, the SDK, the anonymiser and the JDBC dialects. */
public final class CaseSystem {
  private CaseSystem() {}

  /**
   * Registers a practitioner, and anonymises a note that names a case.
   *
   * @return what the host shows: the registered profile's version and the anonymised note
   */
  public static List<String> run() {
    ForumSdk sdk =
        ForumSdk.builder()
            .storage(new InMemoryForumStorage())
            .clock(Clock.systemUTC())
            .settings(
                OrganisationId.of("riverside-council"),
                FormationSettings.DEFAULT.withSizeBounds(SizeBounds.of(5, 10)))
            .build();
    PractitionerProfile profile =
        PractitionerProfile.builder()
            .id(PractitionerId.of("p-1"))
            .discipline(Discipline.SOCIAL_WORK)
            .specialism(Specialism.ADULTS)
            .base(BaseId.of("north"))
            .organisation(OrganisationId.of("riverside-council"))
            .locality(LocalityId.of("riverside"))
            .build();
    PractitionerProfile stored = sdk.practitioners().register(Actor.system(), profile);
    Anonymiser anonymiser =
        Anonymisers.builder()
            .caseReference(CaseReferencePattern.of("case", "CR-[0-9]{6}"))
            .build();
    return List.of(
        "version " + stored.version(),
        anonymiser.anonymise("See CR-123450 today.").text(),
        Dialect.POSTGRESQL.flywayLocation());
  }
}
