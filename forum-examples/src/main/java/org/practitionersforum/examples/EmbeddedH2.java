package org.practitionersforum.examples;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.jdbc.Dialect;
import org.practitionersforum.jdbc.JdbcForumStorage;

/**
 * Storage on an embedded H2 database, ready to use: makes the data source, runs the migrations, and
 * returns the storage. For examples, tests and small single-process deployments; a host with its
 * own database passes its own {@code DataSource} to {@link JdbcForumStorage#builder()} instead.
 *
 * <p>Thread-safe: the returned storage may be shared.
 */
public final class EmbeddedH2 {
  /**
   * H2 keeps the parsed form of only 8 statements per connection by default, fewer than one SDK
   * command runs: with 64, no statement is parsed twice (see the storage docs).
   */
  private static final String SETTINGS = ";QUERY_CACHE_SIZE=64";

  private EmbeddedH2() {}

  /**
   * Returns storage on a private in-memory database that lives as long as the JVM.
   *
   * @param name the database's name; the same name in one JVM is the same database
   * @return the migrated storage
   * @throws org.practitionersforum.api.spi.StorageException if the database cannot be set up
   */
  public static ForumStorage inMemory(String name) {
    return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + SETTINGS);
  }

  /**
   * Returns storage on a database file, created if missing, kept between runs.
   *
   * @param file the database file, without H2's {@code .mv.db} suffix
   * @return the migrated storage
   * @throws org.practitionersforum.api.spi.StorageException if the database cannot be set up
   */
  public static ForumStorage file(Path file) {
    return open("jdbc:h2:file:" + file.toAbsolutePath() + SETTINGS);
  }

  private static ForumStorage open(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    JdbcForumStorage storage =
        JdbcForumStorage.builder().dataSource(dataSource).dialect(Dialect.H2).build();
    storage.migrate();
    return storage;
  }
}
