package org.practitionersforum.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.forum.ForumId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Over generated strings rich in the characters that make look-alike ids (format, private-use,
 * unassigned, surrogate, space and combining characters): every accepted id is in NFC and holds no
 * Cf, Co, Cn or Cs character, and two accepted ids are equal exactly when their normalised texts
 * are.
 */
class IdentifierProperties {
  private static final int[] TRICKY = {
    0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202A, 0x202E, 0x2066, 0x2069, 0x200E,
    0x200F, 0xE000, 0x0378, 0xD800, 0xDC00, 0x00A0, 0x2007, 0x202F, 0x0020, 0x0301, 0x0065,
    0x00E9, 0x0041, 0x212B, 0x00C5, 0x0009, 0x2028
  };

  /** Strings of 1 to 6 code points: mostly tricky ones and a few letters, now and then any. */
  private static Gen<String> strings() {
    Gen<Integer> tricky = Generate.pick(Arrays.stream(TRICKY).boxed().toList());
    Gen<Integer> letters = SourceDSL.integers().between('a', 'c');
    Gen<Integer> any = SourceDSL.integers().between(0, 0x10FFFF);
    Gen<Integer> codePoint = tricky.mix(letters, 40).mix(any, 10);
    return SourceDSL.lists()
        .of(codePoint)
        .ofSizeBetween(1, 6)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  @Test
  void acceptedIdsAreNfcWithoutInvisibleCharactersAndEqualityFollowsTheirText() {
    qt().withExamples(2000)
        .forAll(strings(), strings())
        .checkAssert(
            (a, b) -> {
              Optional<ForumId> x = accept(a);
              Optional<ForumId> y = accept(b);
              x.ifPresent(IdentifierProperties::assertClean);
              if (x.isPresent() && y.isPresent()) {
                boolean sameText =
                    Normalizer.normalize(a, Normalizer.Form.NFC)
                        .equals(Normalizer.normalize(b, Normalizer.Form.NFC));
                assertThat(x.get().equals(y.get())).isEqualTo(sameText);
              }
            });
  }

  private static void assertClean(ForumId id) {
    String v = id.value();
    assertThat(Normalizer.isNormalized(v, Normalizer.Form.NFC)).isTrue();
    v.codePoints()
        .forEach(
            c ->
                assertThat(Character.getType(c))
                    .isNotIn(
                        (int) Character.FORMAT,
                        (int) Character.PRIVATE_USE,
                        (int) Character.UNASSIGNED,
                        (int) Character.SURROGATE,
                        (int) Character.CONTROL));
    assertThat(Character.isSpaceChar(v.codePointAt(0))).isFalse();
    assertThat(Character.isSpaceChar(v.codePointBefore(v.length()))).isFalse();
  }

  private static Optional<ForumId> accept(String s) {
    try {
      return Optional.of(ForumId.of(s));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }
}
