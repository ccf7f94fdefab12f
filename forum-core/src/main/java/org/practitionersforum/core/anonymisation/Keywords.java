package org.practitionersforum.core.anonymisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words the detectors react to (titles, sign-offs, street types, months, days, "aged") and
 * their roles as bits of one table, looked up once a word by the hash the scan computes anyway.
 */
final class Keywords {
  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lady",
          "lord",
          "cllr",
          "councillor",
          "rev",
          "revd",
          "reverend");
  static final Set<String> SIGN_OFFS =
      Set.of("regards", "thanks", "wishes", "cheers", "sincerely", "faithfully");
  static final Set<String> STREET_TYPES =
      Set.of(
          "street",
          "st",
          "road",
          "rd",
          "avenue",
          "ave",
          "lane",
          "ln",
          "close",
          "drive",
          "way",
          "crescent",
          "place",
          "court",
          "gardens",
          "grove",
          "terrace",
          "hill",
          "square",
          "row",
          "mews",
          "walk",
          "parade",
          "green",
          "rise",
          "view",
          "vale",
          "gate",
          "wharf",
          "park");
  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));
  static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The low bits of a word's roles: the month it names, 1 to 12, or 0. */
  static final int MONTH_MASK = 0xf;

  static final int AGED = 1 << 4;
  static final int TITLE = 1 << 5;
  static final int BY = 1 << 6;
  static final int SIGN_OFF = 1 << 7;
  static final int DAY = 1 << 8;
  static final int COMMON = 1 << 9;
  static final int STREET = 1 << 10;

  /** The first word of a place name of the bundled gazetteer ({@link Gazetteer}). */
  static final int PLACE = 1 << 11;

  /** Every word a rule reacts to, with its roles as bits: one lookup per word, no allocation. */
  static final WordTable ROLES;

  static {
    Map<String, Integer> roles = new HashMap<>();
    MONTHS.forEach((w, m) -> roles.merge(w, m, Keywords::union));
    roles.merge("aged", AGED, Keywords::union);
    roles.merge("age", AGED, Keywords::union);
    roles.merge("by", BY, Keywords::union);
    TITLES.forEach(w -> roles.merge(w, TITLE, Keywords::union));
    SIGN_OFFS.forEach(w -> roles.merge(w, SIGN_OFF, Keywords::union));
    DAYS.forEach(w -> roles.merge(w, DAY, Keywords::union));
    CommonWords.SET.forEach(w -> roles.merge(w, COMMON, Keywords::union));
    STREET_TYPES.forEach(w -> roles.merge(w, STREET, Keywords::union));
    Gazetteer.firstWords().forEach(w -> roles.merge(w, PLACE, Keywords::union));
    ROLES = new WordTable(roles);
  }

  private Keywords() {}

  private static Integer union(Integer a, Integer b) {
    return a | b;
  }
}
