package org.practitionersforum.api.terms;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * The content of one version of a forum's terms of reference (TR-1): its purposes; its ground rules
 * (confidentiality and the stated limits of confidentiality, attendance and apologies, equal
 * airtime); its meeting cadence and quorum; its facilitation arrangements and when they end; how it
 * makes decisions; what may be shared with managers and in what form; and its review date.
 *
 * <p>The content is written by the forum, so {@code toString()} redacts every text. Its {@link
 * #canonicalForm()} and {@link ContentHash} identify it exactly (TR-3).
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableTermsContent.class)
@JsonDeserialize(as = ImmutableTermsContent.class)
public interface TermsContent {
  /** The longest text of one section accepted. */
  int MAX_TEXT_LENGTH = 4000;

  /** The longest single purpose or stated limit accepted. */
  int MAX_ITEM_LENGTH = 1000;

  /** The most purposes or stated limits accepted. */
  int MAX_ITEMS = 20;

  /** The largest quorum accepted: no forum is larger than this. */
  int MAX_QUORUM = 16;

  /** The version of the canonical form; part of it, so a future form can never collide. */
  String CANONICAL_FORMAT = "forum-terms/1";

  /**
   * Returns the forum's purposes, in the order the forum lists them.
   *
   * @return at least one purpose
   */
  @Value.Redacted
  List<String> purposes();

  /**
   * Returns the ground rule on confidentiality: what stays in the room.
   *
   * @return the text
   */
  @Value.Redacted
  String confidentiality();

  /**
   * Returns the stated limits of confidentiality, for example safeguarding concerns that must be
   * reported.
   *
   * @return at least one limit
   */
  @Value.Redacted
  List<String> confidentialityLimits();

  /**
   * Returns the ground rule on attendance and apologies.
   *
   * @return the text
   */
  @Value.Redacted
  String attendance();

  /**
   * Returns the ground rule on equal airtime.
   *
   * @return the text
   */
  @Value.Redacted
  String equalAirtime();

  /**
   * Returns how often and how long the forum meets.
   *
   * @return the text
   */
  @Value.Redacted
  String cadence();

  /**
   * Returns the quorum: the fewest members present for a session to go ahead (TR-7).
   *
   * @return 1 to {@value #MAX_QUORUM}
   */
  int quorum();

  /**
   * Returns the facilitation arrangements (FR-6).
   *
   * @return the text
   */
  @Value.Redacted
  String facilitation();

  /**
   * Returns when and how outside facilitation ends; the forum decides (FR-6).
   *
   * @return the text
   */
  @Value.Redacted
  String facilitationEnds();

  /**
   * Returns how the forum makes decisions.
   *
   * @return the text
   */
  @Value.Redacted
  String decisionMaking();

  /**
   * Returns what may be shared with managers and in what form.
   *
   * @return the text
   */
  @Value.Redacted
  String sharingWithManagers();

  /**
   * Returns the date by which the forum reviews its terms.
   *
   * @return the review date
   */
  LocalDate reviewDate();

  /**
   * Returns the canonical serialisation of this content: a JSON object with keys in sorted order,
   * no insignificant white space, every text normalised (Unicode NFC, line endings to {@code \n},
   * trailing white space of each line and surrounding white space removed), list order kept, the
   * review date in ISO-8601 form, and the {@link #CANONICAL_FORMAT format} included. Two contents
   * that differ only in such white space or line endings have the same canonical form; any other
   * edit changes it. Hash it as UTF-8 ({@link ContentHash#of(TermsContent)}). Computed once, when
   * the content is built (normalising every text is also how the content is checked for empty
   * sections), and kept.
   *
   * @return the canonical form
   */
  @Value.Lazy
  default String canonicalForm() {
    // The keys in sorted order, as the form requires.
    StringBuilder out = new StringBuilder(1024).append('{');
    section(out, "attendance", attendance());
    section(out, "cadence", cadence());
    section(out, "confidentiality", confidentiality());
    key(out, "confidentialityLimits");
    list(out, confidentialityLimits(), "confidentialityLimits");
    section(out, "decisionMaking", decisionMaking());
    section(out, "equalAirtime", equalAirtime());
    section(out, "facilitation", facilitation());
    section(out, "facilitationEnds", facilitationEnds());
    key(out, "format");
    Canonical.string(out, CANONICAL_FORMAT);
    key(out, "purposes");
    list(out, purposes(), "purposes");
    key(out, "quorum");
    out.append(quorum());
    key(out, "reviewDate");
    Canonical.string(out, reviewDate().toString());
    section(out, "sharingWithManagers", sharingWithManagers());
    return out.append('}').toString();
  }

  /** Writes a key of the canonical form, after a comma unless it is the first. */
  private static void key(StringBuilder out, String key) {
    if (out.length() > 1) {
      out.append(',');
    }
    Canonical.string(out, key);
    out.append(':');
  }

  /** Writes a key of the canonical form and its section's normal text. */
  private static void section(StringBuilder out, String key, String text) {
    key(out, key);
    Canonical.string(out, stated(text, key));
  }

  private static void list(StringBuilder out, List<String> items, String key) {
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Canonical.string(out, stated(items.get(i), key));
    }
    out.append(']');
  }

  /**
   * Checks that every section is present and within its limits.
   *
   * @throws InvalidInputException naming TR-1 if not
   */
  @Value.Check
  default void check() {
    items(purposes(), "purposes");
    items(confidentialityLimits(), "stated limits of confidentiality");
    text(confidentiality(), "confidentiality", MAX_TEXT_LENGTH);
    text(attendance(), "attendance and apologies", MAX_TEXT_LENGTH);
    text(equalAirtime(), "equal airtime", MAX_TEXT_LENGTH);
    text(cadence(), "meeting cadence", MAX_TEXT_LENGTH);
    text(facilitation(), "facilitation arrangements", MAX_TEXT_LENGTH);
    text(facilitationEnds(), "end of facilitation", MAX_TEXT_LENGTH);
    text(decisionMaking(), "decision making", MAX_TEXT_LENGTH);
    text(sharingWithManagers(), "sharing with managers", MAX_TEXT_LENGTH);
    if (quorum() < 1 || quorum() > MAX_QUORUM) {
      throw new InvalidInputException("TR-1: the quorum must be 1 to " + MAX_QUORUM + " members");
    }
    // Normalises every text once, refusing a section that is only white space, and keeps the form.
    canonicalForm();
  }

  private static void items(List<String> items, String what) {
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new InvalidInputException("TR-1: the terms must state 1 to " + MAX_ITEMS + " " + what);
    }
    for (String item : items) {
      text(item, "each of the " + what, MAX_ITEM_LENGTH);
    }
  }

  /**
   * Checks a text's length and characters; whether it states anything is checked on normalising.
   */
  private static void text(String value, String what, int max) {
    if (value.length() > max) {
      throw new InvalidInputException(
          "TR-1: " + what + " must be at most " + max + " characters long");
    }
    String problem = org.practitionersforum.api.internal.Checks.textProblem(value);
    if (problem != null) {
      throw new InvalidInputException("TR-1: " + what + " must not contain " + problem);
    }
  }

  /**
   * Normalises a text of the canonical form's field {@code key}, which must state something (TR-1).
   */
  private static String stated(String value, String key) {
    String normal = Canonical.normalise(value);
    if (normal.isEmpty()) {
      throw new InvalidInputException(
          "TR-1: the terms must state "
              + switch (key) {
                case "attendance" -> "attendance and apologies";
                case "cadence" -> "meeting cadence";
                case "confidentialityLimits" -> "each of the stated limits of confidentiality";
                case "decisionMaking" -> "decision making";
                case "equalAirtime" -> "equal airtime";
                case "facilitation" -> "facilitation arrangements";
                case "facilitationEnds" -> "end of facilitation";
                case "purposes" -> "each of the purposes";
                case "sharingWithManagers" -> "sharing with managers";
                default -> key;
              });
    }
    return normal;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TermsContent}. */
  final class Builder extends ImmutableTermsContent.Builder {
    /** Creates an empty builder; hosts obtain one from {@link TermsContent#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws org.practitionersforum.api.InvalidInputException if a required attribute is missing
     *     or an invariant is broken
     */
    @Override
    public TermsContent build() {
      return org.practitionersforum.api.internal.Checks.built(super::build);
    }
  }

  /** The normalisation and escaping rules of the canonical form. */
  final class Canonical {
    private Canonical() {}

    /**
     * Normalises one text: Unicode NFC, line endings to {@code \n}, trailing white space of each
     * line removed, then surrounding white space removed.
     *
     * @param text the text
     * @return the normal form
     */
    public static String normalise(String text) {
      if (isNormal(text)) {
        return text;
      }
      // NFC changes nothing in a text whose characters are all below U+0300 (the first combining
      // marks): skip the normaliser's own check, the costliest step, for such texts.
      String nfc = text;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= '\u0300') {
          nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
          break;
        }
      }
      // In one pass: lines end at \r\n, \r or \n; each loses its trailing white space and ends
      // with \n; then the whole loses its surrounding white space.
      int n = nfc.length();
      StringBuilder out = new StringBuilder(n + 1);
      int start = 0;
      while (true) {
        int end = start;
        while (end < n && nfc.charAt(end) != '\n' && nfc.charAt(end) != '\r') {
          end++;
        }
        int last = end;
        while (last > start && Character.isWhitespace(nfc.charAt(last - 1))) {
          last--;
        }
        out.append(nfc, start, last).append('\n');
        if (end >= n) {
          break;
        }
        start =
            end + (nfc.charAt(end) == '\r' && end + 1 < n && nfc.charAt(end + 1) == '\n' ? 2 : 1);
      }
      int from = 0;
      int to = out.length();
      while (from < to && Character.isWhitespace(out.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(out.charAt(to - 1))) {
        to--;
      }
      return out.substring(from, to);
    }

    /**
     * Tells, in one pass, whether a text is its own normal form: every character below U+0300 (so
     * NFC changes nothing), no carriage return, no white space before a line feed, and none at
     * either end. Most texts are; they are then not copied.
     */
    private static boolean isNormal(String text) {
      int n = text.length();
      if (n == 0) {
        return true;
      }
      if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c >= '\u0300' || c == '\r' || c == '\n' && Character.isWhitespace(text.charAt(i - 1))) {
          return false;
        }
      }
      return true;
    }

    static void string(StringBuilder out, String s) {
      out.append('"');
      int plain = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\') {
          continue;
        }
        out.append(s, plain, i);
        plain = i + 1;
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          default -> out.append(String.format("\\u%04x", (int) c));
        }
      }
      out.append(s, plain, s.length());
      out.append('"');
    }
  }
}
