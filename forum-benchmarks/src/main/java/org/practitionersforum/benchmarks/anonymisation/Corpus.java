package org.practitionersforum.benchmarks.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.CaseReferencePattern;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.core.anonymisation.Anonymisers;
import org.practitionersforum.testkit.anonymisation.IdentifierTexts;

/** The generated corpus, directories and the two contenders, all from fixed seeds. */
final class Corpus {
  /** The corpus size: at least 50 MB of (ASCII, so one byte per char) text. */
  static final long TARGET_CHARS = 50_000_000L;

  private Corpus() {}

  static List<DirectoryEntry> directory(int people) {
    return IdentifierTexts.directory(
        new SplittableRandom(1121), people, people / 100, people / 100);
  }

  /** Documents of about 5,400 chars with about one identifier every three sentences. */
  static List<String> documents(List<DirectoryEntry> directory, long targetChars) {
    SplittableRandom random = new SplittableRandom(2026);
    List<String> docs = new ArrayList<>();
    long total = 0;
    while (total < targetChars) {
      String doc = IdentifierTexts.text(random, directory, 75, 0.35).text();
      docs.add(doc);
      total += doc.length();
    }
    return docs;
  }

  static Anonymiser engine(List<DirectoryEntry> directory) {
    return Anonymisers.builder()
        .directory(NameDirectory.of(directory))
        .settings(AnonymiserSettings.builder().allOperators(Operator.PLACEHOLDER).build())
        .caseReference(
            CaseReferencePattern.of("case", IdentifierTexts.CASE_REFERENCE_REGEX)
                .withLiteralPrefix(IdentifierTexts.CASE_REFERENCE_PREFIX))
        .build();
  }

  /** The structured patterns a developer would write first, without validation. */
  static final String STRUCTURED =
      "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
          + "|https?://\\S+|www\\.\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|uk|gov|nhs)\\b"
          + "|(?:\\+44\\s?|\\b0)(?:\\d\\s?){9,10}\\b"
          + "|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b"
          + "|\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b"
          + "|\\b[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]?\\b"
          + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b"
          + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August"
          + "|September|October|November|December)(?:\\s+\\d{4})?"
          + "|@\\w{1,30}|\\b\\d{1,4}[a-z]?\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Road|Lane|Street|Close|Avenue|Drive)\\b"
          + "|\\bCR-\\d{6}\\b|\\baged\\s+\\d{1,3}\\b|\\b\\d{1,3}-year-old\\b";

  /** One combined regex: the structured patterns plus every directory name form, as alternation. */
  static Pattern baseline(List<DirectoryEntry> directory, boolean withNames) {
    StringBuilder b = new StringBuilder(STRUCTURED);
    if (withNames) {
      b.append("|\\b(?:");
      boolean first = true;
      for (DirectoryEntry e : directory) {
        List<String> forms = new ArrayList<>();
        forms.add(e.name());
        e.aliases().forEach(forms::add);
        if (e.type() == IdentifierType.PERSON) {
          forms.add(e.surname().orElseThrow());
        }
        for (String form : forms) {
          if (!first) {
            b.append('|');
          }
          b.append(Pattern.quote(form));
          first = false;
        }
      }
      b.append(")\\b");
    }
    return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
