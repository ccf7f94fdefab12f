package org.practitionersforum.api.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The canonical form (TR-3) is computed in one pass with shortcuts; this test holds it to the
 * straightforward definition it replaced, character for character, on texts full of the cases that
 * matter: line endings of every kind, white space of every kind at line ends and around the text,
 * decomposed and composed accents, characters NFC rewrites, quotes, backslashes, control characters
 * and characters outside the Basic Multilingual Plane. A changed canonical form would change every
 * content hash, and no stored agreement would verify.
 */
class CanonicalFormTest {
  private static final String[] PIECES = {
    "a",
    "Z",
    "0",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\n\r",
    "\u00a0",
    "\u2028",
    "\u3000",
    "\u000b",
    "\u001f",
    "\u0001",
    "\"",
    "\\",
    "e\u0301",
    "\u00e9",
    "A\u030a",
    "\u212b",
    "\u0340",
    "\u1e0b\u0323",
    "\ud83d\ude00",
    "\u0300",
    "\u02ff",
    "caf\u00e9",
    "na\u00efve",
    "\u00df",
    "\uff21",
    "words and more words"
  };

  @Test
  void normaliseIsTheDefinitionsNormalForm() {
    SplittableRandom random = new SplittableRandom(20_261_122L);
    for (int i = 0; i < 50_000; i++) {
      String text = text(random);
      assertThat(TermsContent.Canonical.normalise(text))
          .as("normal form of %s", escaped(text))
          .isEqualTo(referenceNormalise(text));
    }
  }

  @Test
  void canonicalFormIsTheDefinitionsForm() {
    SplittableRandom random = new SplittableRandom(20_261_123L);
    for (int i = 0; i < 2_000; i++) {
      TermsContent content =
          TermsContent.builder()
              .purposes(List.of("P" + contentText(random), "Q" + contentText(random)))
              .confidentiality("C" + contentText(random))
              .confidentialityLimits(List.of("L" + contentText(random)))
              .attendance("A" + contentText(random))
              .equalAirtime("E" + contentText(random))
              .cadence("K" + contentText(random))
              .quorum(1 + random.nextInt(5))
              .facilitation("F" + contentText(random))
              .facilitationEnds("G" + contentText(random))
              .decisionMaking("D" + contentText(random))
              .sharingWithManagers("S" + contentText(random))
              .reviewDate(LocalDate.of(2027, 3, 1).plusDays(random.nextInt(1000)))
              .build();
      assertThat(content.canonicalForm()).isEqualTo(referenceCanonicalForm(content));
    }
    TermsContent standard = TermsTemplate.standard(LocalDate.of(2030, 1, 1));
    assertThat(standard.canonicalForm()).isEqualTo(referenceCanonicalForm(standard));
  }

  /** The shortcut of normalise: a text of characters below U+0300 is already in NFC. */
  @Test
  void everyPairOfCharactersBelowTheCombiningMarksIsInNfc() {
    char[] pair = new char[2];
    for (char a = 0; a < 0x300; a++) {
      pair[0] = a;
      for (char b = 0; b < 0x300; b++) {
        pair[1] = b;
        String s = new String(pair);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          throw new AssertionError(
              "not in NFC: U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
        }
      }
    }
  }

  private static String text(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = random.nextInt(12); i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /**
   * A text terms content accepts: the same pieces but the control characters other than line breaks
   * and tabs.
   */
  private static String contentText(SplittableRandom random) {
    String t = text(random);
    return t.replace("\u0001", "").replace("\u001f", "").replace("\u000b", "");
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                b.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return b.toString();
  }

  /**
   * The definition: NFC, line endings to \n, each line's trailing white space, then surrounding
   * white space, removed.
   */
  private static String referenceNormalise(String text) {
    String nfc =
        Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(nfc.length());
    for (String line : nfc.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().strip();
  }

  private static void referenceString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String referenceCanonicalForm(TermsContent c) {
    Map<String, Object> fields = new TreeMap<>();
    fields.put("attendance", c.attendance());
    fields.put("cadence", c.cadence());
    fields.put("confidentiality", c.confidentiality());
    fields.put("confidentialityLimits", c.confidentialityLimits());
    fields.put("decisionMaking", c.decisionMaking());
    fields.put("equalAirtime", c.equalAirtime());
    fields.put("facilitation", c.facilitation());
    fields.put("facilitationEnds", c.facilitationEnds());
    fields.put("format", TermsContent.CANONICAL_FORMAT);
    fields.put("purposes", c.purposes());
    fields.put("quorum", c.quorum());
    fields.put("reviewDate", c.reviewDate().toString());
    fields.put("sharingWithManagers", c.sharingWithManagers());
    StringBuilder out = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      referenceString(out, e.getKey());
      out.append(':');
      Object v = e.getValue();
      if (v instanceof Integer i) {
        out.append(i);
      } else if (v instanceof List<?> list) {
        out.append('[');
        List<Object> items = new ArrayList<>(list);
        for (int i = 0; i < items.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          referenceString(out, referenceNormalise((String) items.get(i)));
        }
        out.append(']');
      } else {
        referenceString(out, referenceNormalise((String) v));
      }
    }
    return out.append('}').toString();
  }
}
