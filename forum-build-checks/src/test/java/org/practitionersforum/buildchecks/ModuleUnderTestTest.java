package org.practitionersforum.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module's paths, root package and published packages come from its directory. */
class ModuleUnderTestTest {

  @TempDir Path dir;

  @Test
  void pathsFollowTheModuleDirectory() {
    ModuleUnderTest module = ModuleUnderTest.at(dir.resolve("forum-x"));

    assertThat(module.name()).isEqualTo("forum-x");
    assertThat(module.classesDir()).isEqualTo(dir.resolve("forum-x/target/classes"));
    assertThat(module.apiFile()).isEqualTo(dir.resolve("forum-x/api/forum-x.api"));
  }

  @Test
  void rootPackageHoldsEveryClass() throws Exception {
    ModuleUnderTest module = ModuleUnderTest.at(dir.resolve("forum-x"));
    touch(module.classesDir().resolve("org/forum/x/A.class"));
    touch(module.classesDir().resolve("org/forum/x/b/B.class"));
    touch(module.classesDir().resolve("org/forum/x/c/d/C$1.class"));
    touch(module.classesDir().resolve("module-info.class"));

    assertThat(module.rootPackage()).isEqualTo("org.forum.x");
  }

  @Test
  void rootPackageIsTheLongestCommonOne() throws Exception {
    ModuleUnderTest module = ModuleUnderTest.at(dir.resolve("forum-x"));
    touch(module.classesDir().resolve("org/forum/x/b/B.class"));
    touch(module.classesDir().resolve("org/forum/x/c/C.class"));

    assertThat(module.rootPackage()).isEqualTo("org.forum.x");
  }

  @Test
  void publishedPackagesAreTheUnqualifiedExportsLessInternalOnes() {
    PublishedPackages published =
        PublishedPackages.exportedBy(
            ModuleDescriptor.newModule("m")
                .exports("m.api")
                .exports("m.api.internal")
                .exports(Set.of(), "m.friends", Set.of("other"))
                .packages(Set.of("m.hidden"))
                .build());

    assertThat(published.contains("m.api")).isTrue();
    assertThat(published.contains("m.api.internal")).isFalse();
    assertThat(published.contains("m.friends")).isFalse();
    assertThat(published.contains("m.hidden")).isFalse();
  }

  @Test
  void withoutADescriptorEveryPackageButInternalOnesIsPublished() {
    PublishedPackages published = PublishedPackages.of(dir);

    assertThat(published.contains("m.api")).isTrue();
    assertThat(published.contains("m.internal.store")).isFalse();
    assertThat(published.contains("m.internals")).isTrue();
  }

  private static void touch(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.createFile(file);
  }
}
