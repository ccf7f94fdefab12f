package org.practitionersforum.api.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.Csv;
import org.practitionersforum.api.json.ForumJson;

/**
 * Exports CPD evidence as JSON or CSV (TR-7). Both hold only dates, forum and session ids, modes
 * and durations: never the content of any session, and not the practitioner's identifier in the
 * CSV. Thread-safe.
 */
public final class CpdExport {
  /** The header line of the CSV export. */
  public static final String CSV_HEADER = "date,forum,session,mode,minutes,hours";

  private CpdExport() {}

  /**
   * Writes the record as JSON, with its totals ({@code reflectiveHours}, {@code sessionsAttended},
   * {@code reflectiveSessions}). {@link ForumJson#read} reads it back.
   *
   * @param record the record
   * @return the JSON text
   * @throws org.practitionersforum.api.InvalidInputException if the record is missing
   */
  public static String toJson(CpdRecord record) {
    return ForumJson.write(Checks.notNull(record, "CPD record"));
  }

  /**
   * Writes the record as CSV (RFC 4180, {@code \r\n} line endings): the header {@value
   * #CSV_HEADER}, one row per session attended (its mode {@code reflective}, {@code consultative}
   * or {@code study}, with {@code +study} after a reflective or consultative session that recorded
   * what was read), then a {@code total} row for reflective practice, one for study when any
   * session counts as study, and one for all sessions (the participatory time, each minute once).
   * Fields that a spreadsheet could read as a formula are prefixed with an apostrophe.
   *
   * @param record the record
   * @return the CSV text
   * @throws org.practitionersforum.api.InvalidInputException if the record is missing
   */
  public static String toCsv(CpdRecord record) {
    Checks.notNull(record, "CPD record");
    StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
    long allMinutes = 0;
    for (CpdEntry e : record.entries()) {
      long minutes = e.duration().toMinutes();
      allMinutes += minutes;
      row(
          out,
          e.date().toString(),
          e.forum().value(),
          e.session().value(),
          mode(e),
          Long.toString(minutes),
          hours(minutes));
    }
    long reflective = record.reflectiveTime().toMinutes();
    row(
        out,
        "total",
        "",
        sessions(record.reflectiveSessions()),
        "reflective",
        Long.toString(reflective),
        hours(reflective));
    if (record.studySessions() > 0) {
      long study = record.studyTime().toMinutes();
      row(
          out,
          "total",
          "",
          sessions(record.studySessions()),
          "study",
          Long.toString(study),
          hours(study));
    }
    row(
        out,
        "total",
        "",
        sessions(record.sessionsAttended()),
        "all",
        Long.toString(allMinutes),
        hours(allMinutes));
    return out.toString();
  }

  private static String mode(CpdEntry e) {
    String mode = e.mode().name().toLowerCase(java.util.Locale.ROOT);
    return e.study() && e.mode() != SessionMode.STUDY ? mode + "+study" : mode;
  }

  private static String sessions(int count) {
    return count == 1 ? "1 session" : count + " sessions";
  }

  private static String hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static void row(StringBuilder out, String... fields) {
    Csv.row(out, fields);
  }
}
