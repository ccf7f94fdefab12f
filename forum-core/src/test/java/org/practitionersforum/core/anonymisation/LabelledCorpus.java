package org.practitionersforum.core.anonymisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.Finding;

/**
 * A corpus of real published prose with its identifiers labelled by hand, read from the test
 * resources ({@code anonymisation/corpus/SOURCES.md} tells where each text comes from and under
 * which licence). A label is written {@code ⟦T|text⟧} where T is {@code P} (a person), {@code O}
 * (an organisation), {@code L} (a place) or {@code X} (any other identifier: a date, a time, a
 * telephone number, a web or e-mail address, a postcode, a street address).
 */
final class LabelledCorpus {
  /** Words that may stand in a person's label but are not the name (titles and honours). */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "the",
          "rt",
          "hon",
          "mp",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "professor",
          "prof",
          "sir",
          "dame",
          "lord",
          "lady",
          "cllr",
          "councillor");

  /** One labelled span. */
  record Label(int start, int end, char type) {}

  /** One document: its plain text and its labels. */
  record Document(String name, String text, List<Label> labels) {}

  /** The figures of one run over a set of documents. */
  record Figures(
      int words, int overRedacted, int persons, int personsFound, int places, int placesFound) {
    double overRedactionPercent() {
      return 100.0 * overRedacted / words;
    }

    double personRecallPercent() {
      return 100.0 * personsFound / persons;
    }

    double placeRecallPercent() {
      return places == 0 ? 0 : 100.0 * placesFound / places;
    }

    @Override
    public String toString() {
      return String.format(
          "%d words, %d replaced though unlabelled (%.2f%%); persons found %d of %d (%.1f%%);"
              + " places found %d of %d (%.1f%%)",
          words,
          overRedacted,
          overRedactionPercent(),
          personsFound,
          persons,
          personRecallPercent(),
          placesFound,
          places,
          placeRecallPercent());
    }
  }

  private LabelledCorpus() {}

  static List<Document> load(String set, List<String> names) {
    List<Document> docs = new ArrayList<>();
    for (String name : names) {
      String path = "/anonymisation/corpus/" + set + "/" + name + ".txt";
      try (InputStream in = LabelledCorpus.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing corpus file " + path);
        }
        docs.add(parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return docs;
  }

  static Document parse(String name, String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Label> labels = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '\u27e6') {
        char type = marked.charAt(i + 1);
        int close = marked.indexOf('\u27e7', i);
        int start = text.length();
        text.append(marked, i + 3, close);
        labels.add(new Label(start, text.length(), type));
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new Document(name, text.toString(), labels);
  }

  /**
   * Runs the anonymiser over the documents: counts the words (runs of letters and digits), those
   * replaced though in no label, the person labels and those whose every name word was replaced,
   * the place labels and those whose every word was replaced.
   */
  static Figures measure(Anonymiser anonymiser, List<Document> docs, StringBuilder misses) {
    int words = 0;
    int over = 0;
    int persons = 0;
    int found = 0;
    int places = 0;
    int placesFound = 0;
    for (Document doc : docs) {
      String text = doc.text();
      List<Finding> findings = anonymiser.anonymise(text).report().findings();
      int i = 0;
      int n = text.length();
      while (i < n) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        words++;
        Finding by = covering(findings, start);
        if (by != null && !labelled(doc.labels(), start)) {
          over++;
          if (misses != null) {
            misses
                .append(doc.name())
                .append(": over ")
                .append(by.rule())
                .append(' ')
                .append(context(text, start, i))
                .append('\n');
          }
        }
      }
      for (Label label : doc.labels()) {
        if (label.type() == 'L') {
          places++;
          if (nameCovered(text, label, findings)) {
            placesFound++;
          } else if (misses != null) {
            misses
                .append(doc.name())
                .append(": missed place ")
                .append(text, label.start(), label.end())
                .append('\n');
          }
        }
        if (label.type() != 'P') {
          continue;
        }
        persons++;
        if (nameCovered(text, label, findings)) {
          found++;
        } else if (misses != null) {
          misses
              .append(doc.name())
              .append(": missed ")
              .append(text, label.start(), label.end())
              .append('\n');
        }
      }
    }
    return new Figures(words, over, persons, found, places, placesFound);
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 30);
    int to = Math.min(text.length(), end + 30);
    return "["
        + text.substring(start, end)
        + "] in \""
        + text.substring(from, to).replace('\n', ' ')
        + "\"";
  }

  private static boolean nameCovered(String text, Label label, List<Finding> findings) {
    int i = label.start();
    while (i < label.end()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < label.end() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
      if (!TITLE_WORDS.contains(word) && !covered(findings, start)) {
        return false;
      }
    }
    return true;
  }

  private static boolean covered(List<Finding> findings, int at) {
    return covering(findings, at) != null;
  }

  private static Finding covering(List<Finding> findings, int at) {
    for (Finding f : findings) {
      if (f.start() <= at && f.end() > at) {
        return f;
      }
    }
    return null;
  }

  private static boolean labelled(List<Label> labels, int at) {
    for (Label l : labels) {
      if (l.start() <= at && l.end() > at) {
        return true;
      }
    }
    return false;
  }
}
