package org.practitionersforum.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.buildchecks.fixtures.api.Beta;
import org.practitionersforum.buildchecks.fixtures.api.Derived;
import org.practitionersforum.buildchecks.fixtures.api.Listed;
import org.practitionersforum.buildchecks.fixtures.api.internal.NotListed;

/** The API listing shows every published type and member, with generics and beta marks. */
class ApiSignatureTest {
  private static final String P = "org.practitionersforum.buildchecks.fixtures.api.";

  private static ApiSignature listing(Class<?>... classes) {
    return ApiSignature.of(
        List.of(classes), PublishedPackages.everyPackage(), Beta.class.getName());
  }

  @Test
  void listsPublicAndProtectedMembersWithGenericSignaturesAndBetaMarks() throws Exception {
    ApiSignature api =
        listing(Listed.class, Listed.Nested.class, Class.forName(P + "Listed$Hidden"));

    assertThat(api.lines())
        .containsExactly(
            P
                + "Listed public abstract class <T extends java.lang.Comparable<? super T>>"
                + " implements java.lang.Comparable<"
                + P
                + "Listed<T>>",
            P + "Listed#<init>(int) protected throws java.io.IOException",
            P + "Listed#NAME public static final java.lang.String",
            P + "Listed#count protected int",
            P + "Listed#first(int[][]) @Beta public static int[]",
            P + "Listed#join(java.lang.String...) public static java.lang.String",
            P
                + "Listed#map(java.util.function.Function<? super T, R>, java.util.List<T>)"
                + " public abstract <R> java.util.Map<T, java.util.List<? extends R>>",
            P + "Listed$Nested @Beta public static final class",
            P + "Listed$Nested#<init>() @Beta public",
            P + "Listed$Nested#size() @Beta public long");
  }

  @Test
  void publishesWhatAPublicClassInheritsFromOneThatIsNot() {
    ApiSignature api = listing(Derived.class);

    assertThat(api.lines())
        .containsExactly(
            P + "Derived public final class implements java.lang.Runnable",
            P + "Derived#<init>() public",
            P + "Derived#LIMIT public static final int",
            P + "Derived#build() public java.lang.String",
            P + "Derived#name(java.lang.String) public final " + P + "Base",
            P + "Derived#run() public void");
  }

  @Test
  void leavesOutInternalPackagesAndUnexportedOnes() {
    assertThat(listing(NotListed.class).lines()).isEmpty();
    assertThat(
            ApiSignature.of(
                    List.of(Derived.class),
                    PublishedPackages.exportedBy(
                        ModuleDescriptor.newModule("m").exports("other").build()),
                    Beta.class.getName())
                .lines())
        .isEmpty();
  }

  @Test
  void textHasOneLinePerElement() {
    ApiSignature api = listing(Derived.class);

    assertThat(api.text()).isEqualTo(String.join("\n", api.lines()) + "\n");
  }
}
