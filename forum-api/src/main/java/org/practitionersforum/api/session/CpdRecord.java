package org.practitionersforum.api.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;
import org.practitionersforum.api.practitioner.PractitionerId;

/**
 * A practitioner's CPD evidence for a period (TR-7, CPD-1): every forum session they attended, with
 * the hours of reflective practice, of study, and of participatory CPD, and the number of sessions.
 * Every forum session is participatory (it is learning with peers), so participatory time is the
 * sum of the entries; a session that is both study and reflective is counted once in it, and in
 * each of the two categories. Holds no content of any session. Export it with {@link CpdExport}.
 * The practitioner is redacted from {@code toString()}.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableCpdRecord.class)
@JsonDeserialize(as = ImmutableCpdRecord.class)
// The totals are written for readers of the export; they are derived from the entries, so reading
// one back ignores them rather than refusing them as unknown.
@JsonIgnoreProperties(
    value = {
      "reflectiveHours",
      "sessionsAttended",
      "reflectiveSessions",
      "studyHours",
      "studySessions",
      "participatoryHours"
    },
    allowGetters = true)
// The attribute from() takes the name of the builder's copy method, which is not generated.
@SuppressWarnings("immutables:from")
public interface CpdRecord {
  /**
   * Returns the practitioner.
   *
   * @return the practitioner id
   */
  @Value.Redacted
  PractitionerId practitioner();

  /**
   * Returns the first day of the period.
   *
   * @return the date, inclusive
   */
  LocalDate from();

  /**
   * Returns the last day of the period.
   *
   * @return the date, inclusive
   */
  LocalDate to();

  /**
   * Returns the sessions attended, in order of start.
   *
   * @return the entries
   */
  List<CpdEntry> entries();

  /**
   * Returns the time spent in reflective sessions.
   *
   * @return the total duration
   */
  default Duration reflectiveTime() {
    return entries().stream()
        .filter(e -> e.mode() == SessionMode.REFLECTIVE)
        .map(CpdEntry::duration)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the hours of reflective practice, to two decimal places.
   *
   * @return the hours
   */
  @JsonProperty("reflectiveHours")
  default BigDecimal reflectiveHours() {
    return BigDecimal.valueOf(reflectiveTime().toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns the time spent in sessions that count as study (CPD-1).
   *
   * @return the total duration
   */
  default Duration studyTime() {
    return entries().stream()
        .filter(CpdEntry::study)
        .map(CpdEntry::duration)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the hours of study, to two decimal places.
   *
   * @return the hours
   */
  @JsonProperty("studyHours")
  default BigDecimal studyHours() {
    return hoursOf(studyTime());
  }

  /**
   * Returns the number of sessions attended that count as study.
   *
   * @return the count
   */
  @JsonProperty("studySessions")
  default int studySessions() {
    return (int) entries().stream().filter(CpdEntry::study).count();
  }

  /**
   * Returns the participatory time: every session attended, each counted once (CPD-1).
   *
   * @return the total duration
   */
  default Duration participatoryTime() {
    return entries().stream().map(CpdEntry::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the participatory hours, to two decimal places.
   *
   * @return the hours
   */
  @JsonProperty("participatoryHours")
  default BigDecimal participatoryHours() {
    return hoursOf(participatoryTime());
  }

  private static BigDecimal hoursOf(Duration d) {
    return BigDecimal.valueOf(d.toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns the number of sessions attended, of every mode.
   *
   * @return the count
   */
  @JsonProperty("sessionsAttended")
  default int sessionsAttended() {
    return entries().size();
  }

  /**
   * Returns the number of reflective sessions attended.
   *
   * @return the count
   */
  @JsonProperty("reflectiveSessions")
  default int reflectiveSessions() {
    return (int) entries().stream().filter(e -> e.mode() == SessionMode.REFLECTIVE).count();
  }

  /**
   * Checks that the period is in order and that every entry lies within it, each session once.
   *
   * @throws InvalidInputException naming TR-7 if the period ends before it starts, or CPD-1 if an
   *     entry lies outside it or a session has two entries
   */
  @Value.Check
  default void check() {
    if (to().isBefore(from())) {
      throw new InvalidInputException("TR-7: a CPD period cannot end before it starts");
    }
    Set<SessionId> seen = new HashSet<>();
    for (CpdEntry e : entries()) {
      if (e.date().isBefore(from()) || e.date().isAfter(to())) {
        throw new InvalidInputException(
            "CPD-1: every entry of a CPD record lies within the record's period");
      }
      if (!seen.add(e.session())) {
        throw new InvalidInputException(
            "CPD-1: a session is counted once in a CPD record, not once per entry");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CpdRecord}s. */
  final class Builder extends ImmutableCpdRecord.Builder {
    /** Creates an empty builder; hosts obtain one from {@link CpdRecord#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public CpdRecord build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }
}
