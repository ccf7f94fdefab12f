package org.practitionersforum.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Facilitation;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.CpdRecord;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.session.SessionMode;

/**
 * JSON is read strictly, every model type applies its rules when read exactly as when built, and no
 * exception thrown carries the input in its message or anywhere in its causes (SEC-4).
 */
class StrictJsonTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private static CpdRecord record() {
    return CpdRecord.builder()
        .practitioner(PractitionerId.of("p-1"))
        .from(FROM)
        .to(FROM.plusDays(30))
        .addEntries(
            CpdEntry.builder()
                .date(FROM.plusDays(4))
                .forum(ForumId.of("forum-1"))
                .session(SessionId.of("s-1"))
                .mode(SessionMode.REFLECTIVE)
                .duration(Duration.ofHours(5))
                .build())
        .build();
  }

  @Test
  void aCpdRecordReadsBackButNotWithANegativeDurationOrAnEntryOutsideItsPeriod() {
    String json = ForumJson.write(record());
    assertThat(ForumJson.read(json, CpdRecord.class)).isEqualTo(record());
    assertThat(json).contains("\"duration\":18000.0").contains("\"date\":\"2026-01-05\"");

    assertThatThrownBy(
            () -> ForumJson.read(json.replace("18000.000000000", "\"PT-5H\""), CpdRecord.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CPD-1");
    assertThatThrownBy(
            () -> ForumJson.read(json.replace("18000.000000000", "\"PT0S\""), CpdRecord.class))
        .hasMessageContaining("CPD-1");
    assertThatThrownBy(
            () -> ForumJson.read(json.replace("2026-01-05", "2025-12-31"), CpdRecord.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("CPD-1: every entry of a CPD record lies within the record's period");
    String twice = json.replace("}]", "}," + json.substring(json.indexOf("[{") + 1));
    assertThatThrownBy(() -> ForumJson.read(twice, CpdRecord.class))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void nothingIsCoerced() {
    String proposal =
        ForumJson.write(
            ForumProposal.builder()
                .id(ForumId.of("forum-1"))
                .name("Mill Lane")
                .organisation(OrganisationId.of("org"))
                .base(BaseId.of("base"))
                .locality(LocalityId.of("loc"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    assertThat(ForumJson.read(proposal, ForumProposal.class).name()).isEqualTo("Mill Lane");
    // a number is not a name, nor an id
    assertThatThrownBy(
            () -> ForumJson.read(proposal.replace("\"Mill Lane\"", "42"), ForumProposal.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ForumJson.read("42", ForumId.class))
        .isInstanceOf(InvalidInputException.class);
    // a string is not a number
    assertThatThrownBy(() -> ForumJson.read("{\"minimum\":\"4\",\"maximum\":8}", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class);
    // a single value is not an array
    String json = ForumJson.write(record());
    String single = json.replace("[{", "{").replace("}]", "}");
    assertThatThrownBy(() -> ForumJson.read(single, CpdRecord.class))
        .isInstanceOf(InvalidInputException.class);
    // an empty string is not an absent value
    String facilitation =
        ForumJson.write(
            Facilitation.builder()
                .facilitator(PersonId.of("fac-1"))
                .start(Instant.parse("2026-01-01T09:00:00Z"))
                .build());
    String emptyEnd = facilitation.replace("}", ",\"end\":\"\"}");
    assertThatThrownBy(() -> ForumJson.read(emptyEnd, Facilitation.class))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void duplicateKeysAndTrailingTokensAreRefusedAndUnknownPropertiesIgnored() {
    assertThat(ForumJson.read("{\"minimum\":4,\"maximum\":8}", SizeBounds.class))
        .isEqualTo(SizeBounds.of(4, 8));
    // What a later version of the SDK adds is ignored, so that during a rolling upgrade an earlier
    // version still reads it; every rule of what is read still applies.
    assertThat(ForumJson.read("{\"minimum\":4,\"maximum\":8,\"extra\":1}", SizeBounds.class))
        .isEqualTo(SizeBounds.of(4, 8));
    assertThatThrownBy(
            () -> ForumJson.read("{\"minimum\":9,\"maximum\":8,\"extra\":1}", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> ForumJson.read("{\"minimum\":4,\"minimum\":5,\"maximum\":8}", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("minimum");
    assertThatThrownBy(() -> ForumJson.read("{\"minimum\":4,\"maximum\":8} 1", SizeBounds.class))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theSystemActorCannotBeReadFromJson() {
    String system = ForumJson.write(Actor.system());
    assertThatThrownBy(() -> ForumJson.read(system, Actor.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("SEC-1: the system actor cannot be read from JSON");
    assertThatThrownBy(
            () -> ForumJson.read("{\"role\":\"SYSTEM\",\"person\":\"someone\"}", Actor.class))
        .isInstanceOf(InvalidInputException.class);
    Actor manager = Actor.manager(PersonId.of("m-1"));
    assertThat(ForumJson.read(ForumJson.write(manager), Actor.class)).isEqualTo(manager);
  }

  @Test
  void noCauseOrSuppressedExceptionCarriesTheInput() {
    String secret = "secret-777";
    List<String> inputs =
        List.of(
            "{\"id\": \"" + secret + "\", ",
            "\"" + secret + "\u200B\"",
            "{\"minimum\": \"" + secret + "\", \"maximum\": 8}",
            "{\"role\": \"" + secret + "\", \"person\": \"p\"}",
            "{\"role\": \"MANAGER\", \"person\": \"p\", \"person\": \"" + secret + "\"}",
            ForumJson.write(record()).replace("2026-01-05", secret),
            ForumJson.write(record()).replace("18000.000000000", "\"" + secret + "\""));
    List<Class<?>> types =
        List.of(
            ForumProposal.class,
            ForumId.class,
            SizeBounds.class,
            Actor.class,
            Actor.class,
            CpdRecord.class,
            CpdRecord.class);
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      Class<?> type = types.get(i);
      Throwable thrown = thrownBy(() -> ForumJson.read(input, type), input);
      assertThat(thrown).isInstanceOf(InvalidInputException.class);
      for (Throwable t : chain(thrown)) {
        assertThat(String.valueOf(t.getMessage())).as(input).doesNotContain(secret);
        assertThat(t.toString()).doesNotContain(secret);
      }
    }
  }

  /** Every throwable reachable through causes and suppressed exceptions. */
  static List<Throwable> chain(Throwable root) {
    List<Throwable> out = new ArrayList<>();
    List<Throwable> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (t == null || out.contains(t)) {
        continue;
      }
      out.add(t);
      todo.add(t.getCause());
      todo.addAll(List.of(t.getSuppressed()));
    }
    return out;
  }

  private static Throwable thrownBy(Runnable r, String input) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("nothing was thrown reading " + input);
  }
}
