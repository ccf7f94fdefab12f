package org.practitionersforum.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.PartyRole;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * Seeded generators for the terms-of-reference types (TR-1 to TR-6): every value they return is
 * valid by construction, and the same seed gives the same values. Each method takes the {@link
 * RandomGenerator} to draw from, so it can serve as a {@code Generator} by method reference or be
 * driven by any property-testing library. The {@code invalid*} methods return inputs the SDK must
 * refuse.
 *
 * <p>Stateless and thread-safe; do not share one {@link RandomGenerator} between threads.
 */
public final class TermsGenerators {
  /** The earliest instant generated. */
  public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

  private static final String[] WORDS = {
    "reflect",
    "support",
    "learn",
    "practice",
    "team",
    "caseload",
    "listen",
    "share",
    "time",
    "care",
    "ground",
    "rules",
    "safeguarding",
    "wellbeing",
    "review",
    "together",
    "respect",
    "voice",
    "équipe",
    "naïve",
    "café",
    "Ünïcode",
    "ffi",
    "\u2014",
    "\"quoted\"",
    "back\\slash"
  };

  private TermsGenerators() {}

  /**
   * Returns a short text of words, sometimes with line breaks, tabs, accents and quotes.
   *
   * @param random the source of randomness
   * @return a non-blank text of at most 200 characters
   */
  public static String text(RandomGenerator random) {
    int n = random.nextInt(1, 12);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        int sep = random.nextInt(10);
        out.append(sep == 0 ? "\n" : sep == 1 ? "\r\n" : sep == 2 ? "\t" : " ");
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  /**
   * Returns a person id.
   *
   * @param random the source of randomness
   * @return a person id
   */
  public static PersonId personId(RandomGenerator random) {
    return PersonId.of("person-" + random.nextInt(1_000_000));
  }

  /**
   * Returns a forum id.
   *
   * @param random the source of randomness
   * @return a forum id
   */
  public static ForumId forumId(RandomGenerator random) {
    return ForumId.of("forum-" + random.nextInt(1_000_000));
  }

  /**
   * Returns an instant within ten years of {@link #EPOCH}, to the millisecond.
   *
   * @param random the source of randomness
   * @return the instant
   */
  public static Instant instant(RandomGenerator random) {
    return EPOCH.plusMillis(random.nextLong(0, 3650L * 24 * 3600 * 1000));
  }

  /**
   * Returns terms content with every section stated.
   *
   * @param random the source of randomness
   * @return the content
   */
  public static TermsContent content(RandomGenerator random) {
    return TermsContent.builder()
        .purposes(texts(random, 1, 4))
        .confidentiality(text(random))
        .confidentialityLimits(texts(random, 1, 3))
        .attendance(text(random))
        .equalAirtime(text(random))
        .cadence(text(random))
        .quorum(random.nextInt(1, TermsContent.MAX_QUORUM + 1))
        .facilitation(text(random))
        .facilitationEnds(text(random))
        .decisionMaking(text(random))
        .sharingWithManagers(text(random))
        .reviewDate(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(0, 3650)))
        .build();
  }

  /**
   * Returns content that differs from {@code base} in exactly one section, in a way the canonical
   * form does not normalise away, so its hash differs.
   *
   * @param random the source of randomness
   * @param base the content to edit
   * @return the edited content
   */
  public static TermsContent edit(RandomGenerator random, TermsContent base) {
    TermsContent.Builder b = TermsContent.builder().from(base);
    switch (random.nextInt(6)) {
      case 0 -> b.confidentiality(base.confidentiality() + " edited");
      case 1 -> b.quorum(base.quorum() == 1 ? 2 : base.quorum() - 1);
      case 2 -> b.reviewDate(base.reviewDate().plusDays(1));
      case 3 -> {
        List<String> purposes = new ArrayList<>(base.purposes());
        purposes.set(0, "x" + purposes.get(0));
        b.purposes(purposes);
      }
      case 4 -> b.sharingWithManagers(base.sharingWithManagers() + ".");
      default -> b.decisionMaking("By consensus; " + base.decisionMaking());
    }
    return b.build();
  }

  /**
   * Returns content equal to {@code base} but for white space and line endings that the canonical
   * form normalises away: its hash is the same.
   *
   * @param random the source of randomness
   * @param base the content
   * @return the reformatted content
   */
  public static TermsContent reformat(RandomGenerator random, TermsContent base) {
    String pad = random.nextBoolean() ? "  " : "\r\n";
    return TermsContent.builder()
        .from(base)
        .confidentiality(
            pad
                + TermsContent.Canonical.normalise(base.confidentiality()).replace("\n", " \r\n")
                + "\t")
        .attendance(base.attendance() + "\n\n")
        .build();
  }

  /**
   * Returns a content hash of random content.
   *
   * @param random the source of randomness
   * @return the hash
   */
  public static ContentHash contentHash(RandomGenerator random) {
    StringBuilder hex = new StringBuilder(ContentHash.LENGTH);
    for (int i = 0; i < ContentHash.LENGTH; i++) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return ContentHash.of(hex.toString());
  }

  /**
   * Returns a party role.
   *
   * @param random the source of randomness
   * @return the role
   */
  public static PartyRole partyRole(RandomGenerator random) {
    return PartyRole.values()[random.nextInt(PartyRole.values().length)];
  }

  /**
   * Returns a version of the given number and status, with agreements and objections that fit it: a
   * draft or open version has objections from earlier rounds; an open, in-force, superseded or
   * withdrawn one has agreements in its rounds.
   *
   * @param random the source of randomness
   * @param number the version number, from 1
   * @param status the status
   * @return the version
   */
  public static TermsVersion version(RandomGenerator random, int number, TermsStatus status) {
    TermsContent content = content(random);
    ContentHash hash = ContentHash.of(content);
    int round = status == TermsStatus.DRAFT ? random.nextInt(0, 3) : random.nextInt(1, 4);
    Instant drafted = instant(random);
    TermsVersion.Builder b =
        TermsVersion.builder()
            .number(number)
            .content(content)
            .hash(hash)
            .status(status)
            .round(round)
            .draftedAt(drafted);
    if (round > 0) {
      b.openedAt(drafted.plusSeconds(60));
    }
    for (int r = 1; r <= round; r++) {
      int agreements = random.nextInt(0, 4);
      for (int i = 0; i < agreements; i++) {
        b.addAgreements(
            Agreement.builder()
                .party(personId(random))
                .role(partyRole(random))
                .version(number)
                .hash(hash)
                .round(r)
                .at(drafted.plusSeconds(120L * r + i))
                .build());
      }
      boolean objected = r < round || status == TermsStatus.DRAFT;
      if (objected) {
        b.addObjections(
            Objection.builder()
                .party(personId(random))
                .role(partyRole(random))
                .version(number)
                .hash(hash)
                .round(r)
                .reason(text(random))
                .at(drafted.plusSeconds(120L * r + 60))
                .build());
      }
    }
    if (status == TermsStatus.IN_FORCE || status == TermsStatus.SUPERSEDED) {
      b.inForceAt(drafted.plusSeconds(3600));
    }
    if (status == TermsStatus.SUPERSEDED || status == TermsStatus.WITHDRAWN) {
      b.endedAt(drafted.plusSeconds(7200));
    }
    return b.build();
  }

  /**
   * Returns a forum's terms at version 0 with 1 to 5 versions in a consistent history: earlier
   * versions superseded or withdrawn, at most one in force, and possibly a pending latest one.
   *
   * @param random the source of randomness
   * @param forum the forum
   * @return the terms, never stored
   */
  public static ForumTerms forumTerms(RandomGenerator random, ForumId forum) {
    int n = random.nextInt(1, 6);
    List<TermsVersion> versions = new ArrayList<>();
    boolean latestPending = random.nextBoolean();
    int inForce = latestPending ? random.nextInt(0, n) : n;
    for (int i = 1; i <= n; i++) {
      TermsStatus status;
      if (i == n && latestPending) {
        status = random.nextBoolean() ? TermsStatus.DRAFT : TermsStatus.OPEN;
      } else if (i == inForce) {
        status = TermsStatus.IN_FORCE;
      } else if (i < inForce) {
        status = random.nextBoolean() ? TermsStatus.SUPERSEDED : TermsStatus.WITHDRAWN;
      } else {
        status = TermsStatus.WITHDRAWN;
      }
      versions.add(version(random, i, status));
    }
    return ForumTerms.builder().forum(forum).versions(versions).build();
  }

  /**
   * Returns a forum's terms for a random forum.
   *
   * @param random the source of randomness
   * @return the terms, at version 0
   */
  public static ForumTerms forumTerms(RandomGenerator random) {
    return forumTerms(random, forumId(random));
  }

  /**
   * Returns an agreement receipt.
   *
   * @param random the source of randomness
   * @return the receipt
   */
  public static AgreementReceipt receipt(RandomGenerator random) {
    return AgreementReceipt.builder()
        .forum(forumId(random))
        .party(personId(random))
        .role(partyRole(random))
        .version(random.nextInt(1, 20))
        .hash(ContentHash.of(content(random)))
        .agreedAt(instant(random))
        .build();
  }

  /**
   * Returns a reason that is missing in substance: empty, blank, or only white space and line
   * breaks. An objection with it must be refused (TR-5).
   *
   * @param random the source of randomness
   * @return a blank text
   */
  public static String invalidReason(RandomGenerator random) {
    String[] blanks = {"", " ", "\t", "\n", "\r\n  ", "   \u2003"};
    return blanks[random.nextInt(blanks.length)];
  }

  /**
   * Returns a malformed content hash text: wrong length, upper case or not hexadecimal.
   *
   * @param random the source of randomness
   * @return a text that {@link ContentHash#of(String)} refuses
   */
  public static String invalidHash(RandomGenerator random) {
    String good = contentHash(random).value();
    return switch (random.nextInt(4)) {
      case 0 -> good.substring(1);
      case 1 -> good + "0";
      case 2 -> "G" + good.substring(1);
      default ->
          good.toUpperCase(java.util.Locale.ROOT)
                  .replace('0', 'A')
                  .replace('1', 'B')
                  .substring(0, 63)
              + "F";
    };
  }

  /**
   * Returns a builder of content with one section broken (blank, too long, or a quorum out of
   * range): its {@code build()} throws {@link org.practitionersforum.api.InvalidInputException}.
   *
   * @param random the source of randomness
   * @return the builder
   */
  public static TermsContent.Builder invalidContent(RandomGenerator random) {
    TermsContent.Builder b = TermsContent.builder().from(content(random));
    switch (random.nextInt(5)) {
      case 0 -> b.confidentiality("  \n ");
      case 1 -> b.quorum(random.nextBoolean() ? 0 : TermsContent.MAX_QUORUM + 1);
      case 2 -> b.purposes(List.of());
      case 3 -> b.sharingWithManagers("x".repeat(TermsContent.MAX_TEXT_LENGTH + 1));
      default -> b.cadence("weekly\u0000");
    }
    return b;
  }

  private static List<String> texts(RandomGenerator random, int min, int max) {
    int n = random.nextInt(min, max + 1);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(text(random));
    }
    return out;
  }
}
