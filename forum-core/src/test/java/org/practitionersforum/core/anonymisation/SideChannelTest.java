package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.api.anonymisation.Review;

/** AN-5: no identifier leaks through logs, exception messages or {@code toString}. */
class SideChannelTest {
  private static final List<String> IDENTIFIERS =
      List.of(
          "John",
          "Smith",
          "Khan-Patel",
          "Leeds City Council",
          "Harehills",
          "Okafor",
          "0113 496 0000",
          "07700 900123",
          "js@example.org",
          "LS1 4AP",
          Fixtures.NHS,
          "AB 12 34 56 C",
          "12/03/2024",
          "www.carehome.co.uk",
          "@care_team",
          "14 Mill Lane",
          "CR-123456",
          "aged 34",
          "p1",
          "o1");

  private static final String TEXT =
      "John Smith and Aisha Khan-Patel of Leeds City Council met"
          + " Mrs Okafor in Harehills on 12/03/2024. Ring 0113 496 0000 or 07700 900123, mail"
          + " js@example.org, see www.carehome.co.uk or @care_team. She lives at 14 Mill Lane, LS1 4AP,"
          + " NHS "
          + Fixtures.NHS
          + ", NI AB 12 34 56 C, case CR-123456, aged 34.";

  @Test
  void aFullRunLogsCountsButNoIdentifier() throws IOException {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    List<String> visible = new ArrayList<>();
    Path logFile = Path.of("target", "forum-core-tests.log");
    long logged0 = Files.exists(logFile) ? Files.size(logFile) : 0;
    try {
      System.setErr(capture);
      System.setOut(capture);
      Anonymiser anonymiser =
          Anonymisers.builder()
              .directory(Fixtures.directory())
              .caseReference(
                  CaseReferencePattern.of("case", "CR-[0-9]{6}").withLiteralPrefix("CR-"))
              .settings(
                  AnonymiserSettings.builder()
                      .operator(IdentifierType.NI_NUMBER, Operator.PSEUDONYM)
                      .pseudonymKey(new byte[32])
                      .build())
              .build();
      Anonymised result = anonymiser.anonymise(TEXT);
      List<Anonymised> batch = anonymiser.anonymiseAll(List.of(TEXT, TEXT, TEXT));
      Finding first = result.report().findings().get(0);
      Review review = Review.builder().reject(first).add(0, 4, IdentifierType.PERSON).build();
      Anonymised reviewed = anonymiser.reapply(TEXT, result.report(), review);
      visible.add(result.toString());
      visible.add(result.report().toString());
      visible.add(result.report().findings().toString());
      visible.add(result.report().reviewerView(TEXT).toString());
      visible.add(batch.toString());
      visible.add(review.toString());
      visible.add(reviewed.toString());
      visible.add(anonymiser.toString());
      visible.add(Fixtures.directory().entries().toString());
      visible.add(result.text());
      visible.add(reviewed.report().toString());
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    String logged = captured.toString(StandardCharsets.UTF_8) + tail(logFile, logged0);
    assertThat(logged).contains("findings");
    for (String identifier : IDENTIFIERS) {
      assertThat(logged).doesNotContain(identifier);
      for (String v : visible) {
        assertThat(v).doesNotContain(identifier);
      }
    }
  }

  @Test
  void errorMessagesNeverEchoTheirInput() {
    Anonymiser anonymiser = Anonymisers.builder().directory(Fixtures.directory()).build();
    List<Throwable> errors = new ArrayList<>();
    errors.add(catchThrowable(() -> anonymiser.anonymise(TEXT).report().reviewerView("Smith")));
    errors.add(
        catchThrowable(
            () ->
                anonymiser.reapply(
                    "John Smith", anonymiser.anonymise(TEXT).report(), Review.builder().build())));
    errors.add(
        catchThrowable(
            () ->
                DirectoryEntry.builder()
                    .id("p1")
                    .type(IdentifierType.EMAIL)
                    .name("John Smith")
                    .build()));
    errors.add(
        catchThrowable(
            () ->
                DirectoryEntry.builder()
                    .id("p1")
                    .type(IdentifierType.PERSON)
                    .name("John Smith")
                    .surname("  ")
                    .build()));
    errors.add(
        catchThrowable(
            () ->
                Anonymisers.builder()
                    .caseReference(
                        CaseReferencePattern.of(
                            "case",
                            "CR-[0-9]{6}",
                            s -> {
                              throw new IllegalStateException("bad reference " + s);
                            }))
                    .build()
                    .anonymise("ref CR-123456")));
    assertThat(errors)
        .allSatisfy(
            e -> {
              assertThat(e).isNotNull();
              StringBuilder all = new StringBuilder();
              for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t.getMessage()).append(' ').append(t);
              }
              for (String identifier : IDENTIFIERS) {
                assertThat(all.toString()).doesNotContain(identifier);
              }
              assertThat(all.toString()).doesNotContain("123456");
            });
  }

  /**
   * What the tests' log file gained from a position on (the log goes there, not to the console).
   */
  private static String tail(Path file, long from) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    byte[] all = Files.readAllBytes(file);
    return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
  }
}
