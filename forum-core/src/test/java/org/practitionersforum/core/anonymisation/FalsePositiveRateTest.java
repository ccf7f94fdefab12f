package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.NameDirectory;

/**
 * The share of words wrongly replaced in identifier-free English prose, against a directory of
 * real, common UK names, many of which are also English words (Hall, Ward, Green, Hope, May).
 * Target: under 0.5%.
 */
class FalsePositiveRateTest {
  private static final String[] GIVEN = {
    "Grace", "Hope", "Mark", "Will", "Rose", "Dawn", "Faith", "Joy", "Bill", "Amber", "Holly",
    "Iris", "Jack", "Sam", "Ben", "Olivia", "Mohammed", "Emily", "Harry", "Amelia", "Noah", "Ava"
  };
  private static final String[] SURNAMES = {
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Lewis",
    "James",
    "Phillips",
    "Mason",
    "Mitchell",
    "Rose",
    "Davis",
    "Rodriguez",
    "Cox",
    "Alexander",
    "Ward",
    "Baker",
    "Turner",
    "Hill",
    "Cook",
    "Carter",
    "Parker",
    "King",
    "Young",
    "Bell",
    "Price",
    "Long",
    "Hope",
    "May",
    "Little",
    "Field",
    "Stone",
    "Page",
    "Banks",
    "Wells",
    "Lane",
    "Bishop",
    "Hunter",
    "Fisher",
    "Porter"
  };

  /** Identifier-free prose in the register of the forum's lessons and consultation answers. */
  static final String CORPUS =
      """
      We tried a new referral process for the Early Help team in the spring, and it did not work.
      The idea was simple: every referral would be screened within two working days by a duty
      worker, and families would hear back the same week. In practice the waiting list grew.
      By the third month the duty rota could not cope, and the ward round on Monday mornings kept
      pulling nurses away. We had hoped that a shared inbox would help, but nobody owned it.
      Looking back, the warning signs were there in the first review. Staff said they felt rushed,
      and the quality of the assessments dropped. We raised this at the forum and agreed to pause.
      The Care Act says that people should be at the centre of decisions about their support.
      We had put the process at the centre instead. Our manager listened, and we stopped the pilot
      after twelve weeks. Next time we would test the idea with one team before rolling it out.
      We would also ask families what they wanted before we designed anything.
      Mark the date in your diary: the next forum meets in the community hall after half term.
      Please bring any notes from the Mental Capacity Act training, and the summary of the audit.
      We hope that the new guidance will be clearer, and that the service will find the money.
      A young carer told us that the old form asked the same question three times.
      The hospital discharge team will join us for part of the meeting to talk about delays.
      Will the new system be ready by the winter? Nobody could say, and that was the problem.
      Green shoots are there: the Social Work England standards gave us a shared language.
      The local authority agreed to keep the drop-in sessions, which people valued most.
      Little by little the team recovered, and the caseload came back under control.
      Hall bookings are now made through the office, not through the duty worker.
      May we suggest that the next review looks at how decisions are recorded?
      Long waits were the most common complaint, followed by being passed between teams.
      The Mental Health Act assessments were not affected, because they follow a separate route.
      We met as a Team Around the Family and shared what had gone wrong, without blame.
      Our practice educator asked us to write this up so that others can learn from it.
      The NHS trust, the council and the voluntary sector all took part in the consultation.
      In the end the pilot cost more than it saved, and the board agreed to close it.
      Faith groups and community centres were the places people trusted most.
      Rose Court and Stone Lane are the two bases where the forum meets.
      Turner prize winners aside, the art group at the day centre was a real success.
      Young people said the youth offer felt like it was designed for someone else.
      Baker, carer and neighbour: one man held all three roles and nobody had asked him.
      Price was not the barrier; time and trust were. We learned to listen first.
      Wells of goodwill run dry when staff are not supported, so we built in supervision.
      Bishop Street surgery sent most of the referrals, and we never asked why.
      Our reflective sessions on Thursday afternoons helped us to stand back from the work.
      Hope is not a plan, as one senior practitioner put it, but it kept us going.
      The recommendations went to the Safeguarding Adults Board in the autumn.
      We are still waiting for an answer on two of them, and we will ask again.
      The second attempt started small. One team, one base, one question: what would help?
      People told us that a named worker mattered more than a fast response.
      We changed the letters so that they were written in plain English.
      Cook and eat sessions at the family centre brought parents in who never came to meetings.
      Field work was protected on Tuesdays, so that visits were not cancelled for training.
      King of the spreadsheets, our business support officer, tracked every change for us.
      Page after page of guidance had not helped, but a single flowchart did.
      Bell times at the school shaped when parents could attend, so we moved the sessions.
      White boards in the office showed the waiting list, and everyone could see it shrink.
      Brown envelopes frightened people, so we stopped using them for appointment letters.
      Porter cabins were the only space we had, and they were cold in winter.
      Fisher price toys were donated for the waiting room, which made visits easier.
      Hunter and gatherer, as our lead joked, was how we found funding for the project.
      Mason jars of sweets on reception became a small joke and a good conversation starter.
      We would recommend that any similar pilot starts with a month of listening.
      """;

  @Test
  void fewerThanHalfAPercentOfWordsInOrdinaryProseAreReplaced() {
    assertThat(falsePositiveShare("the bundled corpus", CORPUS)).isLessThan(0.5);
  }

  /**
   * A second corpus in the register of consultation answers, written after the common-word list was
   * settled and never used to tune it: the figure a host can expect on new prose.
   */
  @Test
  void heldOutProseStaysUnderHalfAPercentToo() throws IOException {
    String heldOut;
    try (InputStream in =
        FalsePositiveRateTest.class.getResourceAsStream("/anonymisation/held-out-prose.txt")) {
      heldOut = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(falsePositiveShare("the held-out corpus", heldOut)).isLessThan(0.5);
  }

  private static double falsePositiveShare(String label, String corpus) {
    List<DirectoryEntry> entries = new ArrayList<>();
    int id = 0;
    for (String given : GIVEN) {
      for (String surname : SURNAMES) {
        entries.add(DirectoryEntry.person("p" + id++, given, surname));
      }
    }
    Anonymiser anonymiser = Anonymisers.builder().directory(NameDirectory.of(entries)).build();
    Anonymised result = anonymiser.anonymise(corpus);
    int words = 0;
    int replaced = 0;
    int i = 0;
    int n = corpus.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(corpus.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(corpus.charAt(i))) {
        i++;
      }
      words++;
      for (Finding f : result.report().findings()) {
        if (f.start() <= start && f.end() > start) {
          replaced++;
          break;
        }
      }
    }
    double share = 100.0 * replaced / words;
    System.out.printf(
        "false positives in %s: %d of %d words (%.2f%%)%n", label, replaced, words, share);
    assertThat(words).isGreaterThan(700);
    return share;
  }
}
