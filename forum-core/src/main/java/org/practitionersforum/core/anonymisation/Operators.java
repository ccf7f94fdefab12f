package org.practitionersforum.core.anonymisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.DateGranularity;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * The operators' replacement texts (AN-2): redaction, typed placeholders, masks, keyed pseudonyms
 * (HMAC-SHA256 with the host's key) and generalisations (a date to its month or quarter, an age to
 * its band, a place to its region, a postcode to its outward code). Which operator applies, and the
 * placeholder's number, are the {@link Renderer}'s. Immutable and thread-safe.
 */
final class Operators {
  /** The redaction operator's text. */
  static final String REDACTED = "[REDACTED]";

  private static final String[] MONTH_NAMES = {
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** The first placeholders of each type, made once: most documents need no others. */
  private static final String[][] PLACEHOLDERS = new String[IdentifierType.values().length][];

  static {
    for (IdentifierType type : IdentifierType.values()) {
      String[] row = new String[64];
      for (int n = 1; n < row.length; n++) {
        row[n] = placeholderText(type, n);
      }
      PLACEHOLDERS[type.ordinal()] = row;
    }
  }

  private final NameIndex names;
  private final AnonymiserSettings settings;
  private final byte[] key;

  Operators(NameIndex names, AnonymiserSettings settings) {
    this.names = names;
    this.settings = settings;
    this.key = settings.pseudonymKey().orElse(null);
  }

  /** Returns the typed placeholder with the given number, such as "[PERSON-1]". */
  static String placeholder(IdentifierType type, int number) {
    String[] row = PLACEHOLDERS[type.ordinal()];
    return number < row.length ? row[number] : placeholderText(type, number);
  }

  private static String placeholderText(IdentifierType type, int number) {
    return "[" + type.label() + "-" + number + "]";
  }

  /** Returns text[start, end) with every letter and digit replaced by '*'. */
  static String mask(String text, int start, int end) {
    char[] masked = new char[end - start];
    for (int i = start; i < end; i++) {
      masked[i - start] = Fold.isWord(text.charAt(i)) ? '*' : text.charAt(i);
    }
    return new String(masked);
  }

  /**
   * Returns a new HMAC-SHA256 keyed with the host's pseudonym key, for one document's pseudonyms.
   *
   * @throws IllegalStateException if the Java runtime has no HMAC-SHA256
   */
  Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available on this Java runtime", e);
    }
  }

  /**
   * Returns the keyed pseudonym of an identifier: its type's label and the first six bytes of the
   * HMAC of its basis, in hexadecimal ("[PERSON-3fa92c01b7de]"). The same basis and key give the
   * same pseudonym in every document.
   */
  static String pseudonym(Mac mac, IdentifierType type, String basis) {
    byte[] digest = mac.doFinal(basis.getBytes(StandardCharsets.UTF_8));
    StringBuilder pseudonym = new StringBuilder(type.label().length() + 16);
    pseudonym.append('[').append(type.label()).append('-');
    for (int i = 0; i < 6; i++) {
      pseudonym.append(Character.forDigit((digest[i] >> 4) & 0xf, 16));
      pseudonym.append(Character.forDigit(digest[i] & 0xf, 16));
    }
    return pseudonym.append(']').toString();
  }

  /**
   * Returns the generalised form of a finding, or null if its type has none or its detector did not
   * record what it needs (the caller then uses a placeholder).
   */
  String generalise(String text, Hit hit) {
    switch (hit.type) {
      case DATE -> {
        if (hit.month < 1 || hit.month > 12) {
          return null;
        }
        String year = hit.year > 0 ? " " + hit.year : "";
        if (settings.dateGranularity() == DateGranularity.QUARTER) {
          return "Q" + ((hit.month - 1) / 3 + 1) + year;
        }
        return MONTH_NAMES[hit.month] + year;
      }
      case AGE -> {
        if (hit.ageDigitsEnd <= hit.ageDigitsStart) {
          return null;
        }
        return text.substring(hit.start, hit.ageDigitsStart)
            + ageBand(hit.age)
            + text.substring(hit.ageDigitsEnd, hit.end);
      }
      case PLACE -> {
        return hit.entity >= 0 ? names.entityRegions[hit.entity] : hit.region;
      }
      case POSTCODE -> {
        return hit.outwardEnd > hit.start
            ? text.substring(hit.start, hit.outwardEnd).toUpperCase(Locale.ROOT)
            : null;
      }
      default -> {
        return null;
      }
    }
  }

  /** Returns the band of an age: "under 18", "18-29", then decades up to "90+". */
  static String ageBand(int age) {
    if (age < 18) {
      return "under 18";
    }
    if (age < 30) {
      return "18-29";
    }
    if (age >= 90) {
      return "90+";
    }
    int low = age / 10 * 10;
    return low + "-" + (low + 9);
  }
}
