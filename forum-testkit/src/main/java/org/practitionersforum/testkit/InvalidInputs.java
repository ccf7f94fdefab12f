package org.practitionersforum.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;

/**
 * Seeded generators of input the SDK must refuse with an {@link
 * org.practitionersforum.api.InvalidInputException} (SEC-4): blank, overlong and control-character
 * names and identifiers, malformed vocabulary codes, inverted or out-of-range size bounds,
 * malformed JSON, and well-formed JSON that breaks a type's rules.
 *
 * <p>Each generator gives only invalid values, by construction. Like {@link Generators}, these
 * depend on nothing but {@code java.util.random}. Thread-safe.
 */
public final class InvalidInputs {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final List<String> BLANKS =
      List.of("", " ", "   ", "\t", "\n", "\r\n", " \t \n ", "\u2003", "\u3000 ");

  private InvalidInputs() {}

  /**
   * Returns a generator of blank texts: empty, or only white space (including Unicode spaces).
   *
   * @return the generator
   */
  public static Generator<String> blankTexts() {
    return Generator.oneOf(BLANKS);
  }

  /**
   * Returns a generator of forum names longer than {@value Forum#MAX_NAME_LENGTH} characters.
   *
   * @return the generator
   */
  public static Generator<String> overlongNames() {
    return random ->
        letters(random, random.nextInt(Forum.MAX_NAME_LENGTH + 1, 3 * Forum.MAX_NAME_LENGTH));
  }

  /**
   * Returns a generator of otherwise ordinary texts holding a control character other than tab,
   * line feed or carriage return, for example NUL, ESC or DEL.
   *
   * @return the generator
   */
  public static Generator<String> controlCharTexts() {
    return random -> {
      String prefix = letters(random, random.nextInt(1, 10));
      return prefix + controlChar(random) + letters(random, random.nextInt(1, 10));
    };
  }

  /**
   * Returns a generator of invalid forum names: blank, overlong, or holding a control character.
   *
   * @return the generator
   */
  public static Generator<String> invalidNames() {
    return Generator.oneOfGens(blankTexts(), overlongNames(), controlCharTexts());
  }

  /**
   * Returns a generator of invalid host identifiers: blank, surrounded by white space, longer than
   * {@value Checks#MAX_ID_LENGTH} characters, spanning several lines, or holding a control
   * character.
   *
   * @return the generator
   */
  public static Generator<String> invalidIdStrings() {
    return random ->
        switch (random.nextInt(6)) {
          case 0 -> blankTexts().next(random);
          case 1 -> " " + letters(random, random.nextInt(1, 10));
          case 2 -> letters(random, random.nextInt(1, 10)) + "\t";
          case 3 ->
              letters(random, random.nextInt(Checks.MAX_ID_LENGTH + 1, 2 * Checks.MAX_ID_LENGTH));
          case 4 -> letters(random, 3) + (random.nextBoolean() ? "\n" : "\r") + letters(random, 3);
          default -> controlCharTexts().next(random);
        };
  }

  /**
   * Returns a generator of invalid discipline or specialism codes: blank, over 60 characters, or
   * holding characters other than letters, digits, spaces and hyphens.
   *
   * @return the generator
   */
  public static Generator<String> invalidVocabularyCodes() {
    return random ->
        switch (random.nextInt(4)) {
          case 0 -> blankTexts().next(random);
          case 1 -> letters(random, random.nextInt(61, 120));
          case 2 -> "---";
          default ->
              letters(random, 3) + "/!?&*()é.,".charAt(random.nextInt(10)) + letters(random, 3);
        };
  }

  /**
   * Returns a generator of size-bound pairs {@code {minimum, maximum}} that {@link SizeBounds}
   * refuses: inverted, a minimum below {@value SizeBounds#LOWEST} or a maximum above {@value
   * SizeBounds#HIGHEST}.
   *
   * @return the generator of two-element arrays
   */
  public static Generator<int[]> invalidSizeBounds() {
    return random ->
        switch (random.nextInt(3)) {
          case 0 -> {
            int max = random.nextInt(SizeBounds.LOWEST, SizeBounds.HIGHEST);
            yield new int[] {random.nextInt(max + 1, SizeBounds.HIGHEST + 1), max};
          }
          case 1 ->
              new int[] {
                random.nextInt(-5, SizeBounds.LOWEST),
                random.nextInt(SizeBounds.LOWEST, SizeBounds.HIGHEST + 1)
              };
          default ->
              new int[] {
                random.nextInt(SizeBounds.LOWEST, SizeBounds.HIGHEST + 1),
                random.nextInt(SizeBounds.HIGHEST + 1, 100)
              };
        };
  }

  /**
   * Returns a generator of syntactically malformed JSON texts: empty, truncated documents of a
   * generated forum, unbalanced brackets, unterminated strings, bare words, a valid document
   * followed by trailing tokens, or the wrong kind of document (an array, a number or {@code null})
   * where an object is expected.
   *
   * @return the generator
   */
  public static Generator<String> malformedJson() {
    return random -> {
      String valid = ForumJson.write(Generators.forums().next(random));
      return switch (random.nextInt(8)) {
        case 0 -> "";
        case 1 -> valid.substring(0, random.nextInt(1, valid.length() - 1));
        case 2 -> "{\"id\": ";
        case 3 -> "not json at all";
        case 4 -> "{\"name\": \"unterminated}";
        case 5 -> "[" + valid + "]";
        case 6 -> valid + "}}";
        default -> random.nextBoolean() ? "null" : "42";
      };
    };
  }

  /**
   * Returns a generator of well-formed JSON documents that are not valid forums: a blank or
   * overlong name, an invalid id, a repeated member, more members than the maximum, no history, an
   * inverted size bound, a negative version, an unknown state or a missing required field.
   *
   * @return the generator
   */
  public static Generator<String> invalidForumJson() {
    return random -> {
      ObjectNode forum =
          ForumJson.mapper().valueToTree(Generators.forums(ForumState.FORMING).next(random));
      switch (random.nextInt(9)) {
        case 0 ->
            forum.put(
                "name",
                Generator.oneOfGens(blankTexts(), overlongNames(), controlCharTexts())
                    .next(random));
        case 1 -> forum.put("id", invalidIdStrings().next(random));
        case 2 -> {
          ArrayNode members = forum.putArray("members");
          ObjectNode m =
              members
                  .addObject()
                  .put("practitioner", "p-1")
                  .put("joinedAt", "2024-01-01T00:00:00Z");
          members.add(m.deepCopy());
        }
        case 3 -> {
          ArrayNode members = forum.putArray("members");
          int max = forum.get("sizeBounds").get("maximum").asInt();
          for (int i = 0; i <= max; i++) {
            members
                .addObject()
                .put("practitioner", "p-" + i)
                .put("joinedAt", "2024-01-01T00:00:00Z");
          }
        }
        case 4 -> forum.putArray("history");
        case 5 -> forum.putObject("sizeBounds").put("minimum", 9).put("maximum", 5);
        case 6 -> forum.put("version", -1 - random.nextInt(100));
        case 7 ->
            forum
                .withArray("history")
                .addObject()
                .put("to", "DORMANT")
                .put("reason", "x")
                .put("by", "SYSTEM")
                .put("at", "2024-01-01T00:00:00Z");
        default ->
            forum.remove(
                List.of(
                        "id",
                        "name",
                        "organisation",
                        "base",
                        "locality",
                        "composition",
                        "sizeBounds",
                        "proposedAt")
                    .get(random.nextInt(8)));
      }
      return forum.toString();
    };
  }

  /**
   * Returns a generator of well-formed JSON documents that are not valid practitioner profiles:
   * their own line manager, an invalid id, an invalid discipline code, a negative version or a
   * missing required field.
   *
   * @return the generator
   */
  public static Generator<String> invalidProfileJson() {
    return random -> {
      ObjectNode profile =
          ForumJson.mapper().valueToTree(Generators.practitionerProfiles().next(random));
      switch (random.nextInt(5)) {
        case 0 -> profile.put("lineManager", profile.get("id").asText());
        case 1 -> profile.put("id", invalidIdStrings().next(random));
        case 2 -> profile.put("discipline", invalidVocabularyCodes().next(random));
        case 3 -> profile.put("version", -1 - random.nextInt(100));
        default ->
            profile.remove(
                List.of("id", "discipline", "specialism", "base", "organisation", "locality")
                    .get(random.nextInt(6)));
      }
      return profile.toString();
    };
  }

  /**
   * Returns a generator of well-formed JSON documents that are not valid compositions: a single mix
   * without its value, a multi mix naming one, or an unknown focus.
   *
   * @return the generator
   */
  public static Generator<String> invalidCompositionJson() {
    return random ->
        switch (random.nextInt(4)) {
          case 0 ->
              "{\"disciplineMix\":\"SINGLE\",\"specialismMix\":\"MULTI\",\"focus\":\"LOCALITY\"}";
          case 1 ->
              "{\"disciplineMix\":\"MULTI\",\"discipline\":\"nursing\",\"specialismMix\":\"MULTI\",\"focus\":\"ORGANISATION\"}";
          case 2 ->
              "{\"disciplineMix\":\"MULTI\",\"specialismMix\":\"SINGLE\",\"focus\":\"ORGANISATION\"}";
          default ->
              "{\"disciplineMix\":\"MULTI\",\"specialismMix\":\"MULTI\",\"focus\":\""
                  + letters(random, 5)
                  + "\"}";
        };
  }

  /**
   * Returns a generator of JSON documents that are not valid size bounds (see {@link
   * #invalidSizeBounds()}).
   *
   * @return the generator
   */
  public static Generator<String> invalidSizeBoundsJson() {
    return invalidSizeBounds().map(b -> "{\"minimum\":" + b[0] + ",\"maximum\":" + b[1] + "}");
  }

  private static String letters(RandomGenerator random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return out.toString();
  }

  private static char controlChar(RandomGenerator random) {
    int pick = random.nextInt(3);
    if (pick == 0) {
      return (char) 0x7f;
    }
    if (pick == 1) {
      return (char) random.nextInt(0x80, 0xa0);
    }
    char c = (char) random.nextInt(0, 0x20);
    return c == '\t' || c == '\n' || c == '\r' ? '\u001b' : c;
  }
}
