package org.practitionersforum.api.cpd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.Csv;
import org.practitionersforum.api.internal.Markdown;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.session.CpdEntry;
import org.practitionersforum.api.session.SessionMode;

/**
 * What the built-in regulators share: a document of sections, each a list of items of labelled
 * fields, written as JSON, CSV or Markdown by one piece of code. Not part of the API.
 */
abstract class Shape implements Regulator {
  /** The format name of the JSON document. */
  static final String JSON_FORMAT = "practitioners-forum-regulator-cpd/1";

  /** The CSV header. */
  static final String CSV_HEADER = "section,item,field,value";

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** One field of an item: a key for JSON and CSV, a label for Markdown, and its value. */
  record Field(String key, String label, String value) {}

  /** One item of a section, such as one piece of CPD. */
  record Item(List<Field> fields) {}

  /** One section of the document. */
  record Section(String key, String title, String itemName, List<Item> items) {}

  /**
   * Returns the label of the period, such as {@code 2025-26}.
   *
   * @param period the period
   * @return the label
   */
  static String label(RegistrationPeriod period) {
    return period.start().getYear() + "-" + String.format("%02d", period.end().getYear() % 100);
  }

  /**
   * Returns the sections of the document.
   *
   * @param evidence the evidence
   * @return the sections, in order
   */
  abstract List<Section> sections(Evidence evidence);

  @Override
  public final String render(Evidence evidence, Format format) {
    Checks.notNull(evidence, "evidence");
    Checks.notNull(format, "format");
    Readiness readiness = readiness(evidence);
    List<Section> sections = sections(evidence);
    return switch (format) {
      case JSON -> json(evidence, readiness, sections);
      case CSV -> csv(evidence, readiness, sections);
      case MARKDOWN -> markdown(evidence, readiness, sections);
    };
  }

  private String json(Evidence evidence, Readiness readiness, List<Section> sections) {
    ObjectNode out = ForumJson.mapper().createObjectNode();
    out.put("format", JSON_FORMAT);
    out.put("regulator", id());
    out.put("name", name());
    ObjectNode period = out.putObject("period");
    period.put("start", evidence.period().start().toString());
    period.put("end", evidence.period().end().toString());
    period.put("due", evidence.period().due().toString());
    out.put("asOf", evidence.asOf().toString());
    out.put("summary", readiness.summary());
    out.put("ready", readiness.ready());
    ArrayNode reqs = out.putArray("requirements");
    for (Requirement r : readiness.requirements()) {
      reqs.addObject().put("key", r.key()).put("description", r.description()).put("met", r.met());
    }
    ArrayNode secs = out.putArray("sections");
    for (Section s : sections) {
      ObjectNode sec = secs.addObject().put("key", s.key()).put("title", s.title());
      ArrayNode items = sec.putArray("items");
      for (Item item : s.items()) {
        ObjectNode o = items.addObject();
        for (Field f : item.fields()) {
          o.put(f.key(), f.value());
        }
      }
    }
    // A tree built here, not a model value: written as it stands.
    return out.toString();
  }

  private String csv(Evidence evidence, Readiness readiness, List<Section> sections) {
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    Csv.row(out, "regulator", "", "name", name());
    Csv.row(out, "period", "", "start", evidence.period().start().toString());
    Csv.row(out, "period", "", "end", evidence.period().end().toString());
    Csv.row(out, "period", "", "due", evidence.period().due().toString());
    Csv.row(out, "period", "", "asOf", evidence.asOf().toString());
    Csv.row(out, "readiness", "", "summary", readiness.summary());
    for (Requirement r : readiness.requirements()) {
      Csv.row(out, "requirement", r.key(), "description", r.description());
      Csv.row(out, "requirement", r.key(), "met", yesNo(r.met()));
    }
    for (Section s : sections) {
      for (int i = 0; i < s.items().size(); i++) {
        for (Field f : s.items().get(i).fields()) {
          Csv.row(out, s.key(), Integer.toString(i + 1), f.key(), f.value());
        }
      }
    }
    return out.toString();
  }

  private String markdown(Evidence evidence, Readiness readiness, List<Section> sections) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(name()).append(": CPD record ").append(label(evidence.period()));
    out.append("\n\n");
    out.append("Period: ")
        .append(longDate(evidence.period().start()))
        .append(" to ")
        .append(longDate(evidence.period().end()))
        .append(". Due: ")
        .append(longDate(evidence.period().due()))
        .append(". As of ")
        .append(longDate(evidence.asOf()))
        .append(".\n\n");
    out.append("**").append(escape(readiness.summary())).append("**\n\n");
    out.append("## Requirements\n\n");
    for (Requirement r : readiness.requirements()) {
      out.append(r.met() ? "- [x] " : "- [ ] ").append(escape(r.description())).append('\n');
    }
    for (Section s : sections) {
      out.append("\n## ").append(s.title()).append("\n\n");
      if (s.items().isEmpty()) {
        out.append("None recorded.\n");
      }
      for (int i = 0; i < s.items().size(); i++) {
        if (i > 0) {
          out.append('\n');
        }
        out.append("### ").append(s.itemName()).append(' ').append(i + 1).append("\n\n");
        for (Field f : s.items().get(i).fields()) {
          String v = f.value().isEmpty() ? "(to complete)" : escape(f.value());
          out.append("- **").append(f.label()).append(":** ");
          out.append(v.replace("\r\n", "\n").replace("\n", "\n  ")).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * Escapes the characters Markdown would read as markup, so that a practitioner's text prints as
   * written.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    return Markdown.escape(text);
  }

  /**
   * Returns a date as {@code 30 November 2026}.
   *
   * @param date the date
   * @return the text
   */
  static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /**
   * Returns {@code yes} or {@code no}.
   *
   * @param b the value
   * @return the word
   */
  static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }

  /**
   * Returns minutes as hours to two decimal places, such as {@code 1.50}.
   *
   * @param minutes the minutes
   * @return the hours
   */
  static String hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * Returns a session's mode in lower case, such as {@code reflective}.
   *
   * @param mode the mode
   * @return the word
   */
  static String mode(SessionMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the date of the session a note is on: the record's date for it, or, for a session no
   * longer in the record, the date its start falls on in UTC.
   *
   * @param evidence the evidence
   * @param note the note
   * @return the date
   */
  static LocalDate date(Evidence evidence, ReflectiveNote note) {
    return evidence.record().entries().stream()
        .filter(e -> e.session().equals(note.session()))
        .map(CpdEntry::date)
        .findFirst()
        .orElseGet(() -> LocalDate.ofInstant(note.sessionStartedAt(), ZoneOffset.UTC));
  }

  /**
   * Returns the period of {@code years} years that ends on a renewal date and holds a date: the
   * renewal date moved on or back by whole periods.
   *
   * @param registration the registration, with its renewal date
   * @param today the date
   * @param years the length of a period
   * @param what what the renewal date is called, for the message
   * @return the period, due on its last day
   * @throws org.practitionersforum.api.InvalidInputException naming CPD-1 if the registration has
   *     no renewal date
   */
  static RegistrationPeriod rolling(
      Registration registration, LocalDate today, int years, String what) {
    Checks.notNull(registration, "registration");
    Checks.notNull(today, "date");
    LocalDate renewal =
        registration
            .renewalDate()
            .orElseThrow(
                () ->
                    new org.practitionersforum.api.InvalidInputException(
                        "CPD-1: this regulator needs the registration's " + what + " date"));
    long k = Math.floorDiv(today.getYear() - renewal.getYear(), years);
    while (today.isAfter(renewal.plusYears(years * k))) {
      k++;
    }
    while (!today.isAfter(renewal.plusYears(years * (k - 1)))) {
      k--;
    }
    LocalDate due = renewal.plusYears(years * k);
    return new RegistrationPeriod(renewal.plusYears(years * (k - 1)).plusDays(1), due, due);
  }
}
