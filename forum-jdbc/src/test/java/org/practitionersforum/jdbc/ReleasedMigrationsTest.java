package org.practitionersforum.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A released migration never changes: Flyway and the SDK's own migrator both record each applied
 * file's checksum and refuse a database whose files differ, so a changed file would stop every host
 * that applied it. And MariaDB, which names every primary key {@code PRIMARY}, warns of any other
 * name: the files after 0.1.0 leave their primary keys unnamed.
 */
class ReleasedMigrationsTest {

  /** The SHA-256 of each file released in 0.1.0. */
  private static final Map<String, String> RELEASED =
      Map.of(
          "h2/V1__forum_schema.sql",
          "af7b16a0cf9a47791f230507acb2f51f39a80f74d18ee440c6c843f61a329177",
          "h2/V2__terms_and_sessions.sql",
          "40b11513502f5819775798c2e1b776e93460bf66de7bed6807feb80fd6f591da",
          "postgresql/V1__forum_schema.sql",
          "e3f9fd1633c0bc67cfb616fff966d9e3333e5184c21c5d5f6c79ade25f7387f7",
          "postgresql/V2__terms_and_sessions.sql",
          "9294784ea9a65a203962813ecf6afd453426427ed15afee79e867acdb998de3a",
          "mariadb/V1__forum_schema.sql",
          "d5352891814fac04b726808b56d59d9c27e74613a6cc4c44fb89f1a126e5ac4a",
          "mariadb/V2__terms_and_sessions.sql",
          "60dd33068451c025481838464093cff0b50e4094ec72322443e5af5325aee738");

  private static final Pattern NAMED_PRIMARY_KEY =
      Pattern.compile("CONSTRAINT\\s+\\S+\\s+PRIMARY\\s+KEY", Pattern.CASE_INSENSITIVE);

  @Test
  void theFilesReleasedIn010AreUnchanged() throws Exception {
    for (Map.Entry<String, String> file : RELEASED.entrySet()) {
      byte[] content = read(file.getKey());
      String sha256 =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

      assertThat(sha256).as(file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void mariaDbFilesAfter010LeaveTheirPrimaryKeysUnnamed() throws Exception {
    Path folder =
        Path.of(
            ReleasedMigrationsTest.class
                .getResource("/org/practitionersforum/jdbc/migration/mariadb")
                .toURI());
    List<String> later;
    try (Stream<Path> files = Files.list(folder)) {
      later =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> !RELEASED.containsKey("mariadb/" + f))
              .sorted()
              .toList();
    }
    assertThat(later).contains("V3__outbox.sql", "V4__audit.sql");
    for (String file : later) {
      String sql = new String(read("mariadb/" + file), StandardCharsets.UTF_8);

      if (sql.contains("CREATE TABLE")) {
        assertThat(sql).as(file).containsIgnoringCase("PRIMARY KEY");
      }
      assertThat(NAMED_PRIMARY_KEY.matcher(sql).find()).as(file).isFalse();
    }
    // The released files still name theirs: the reason the rule needs a test.
    String v1 = new String(read("mariadb/V1__forum_schema.sql"), StandardCharsets.UTF_8);
    assertThat(NAMED_PRIMARY_KEY.matcher(v1).find()).isTrue();
  }

  private static byte[] read(String file) throws IOException {
    String path = "/org/practitionersforum/jdbc/migration/" + file;
    try (InputStream in = ReleasedMigrationsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }
}
