/**
 * The Practitioners' Forum SDK storage contract suite (TCK): JUnit 5 tests that every
 * implementation of the storage SPI must pass. A test library: a host puts it on its test path
 * only, beside a JUnit Jupiter engine, and extends {@link
 * org.practitionersforum.tck.StorageContract}. JUnit Jupiter's API, AssertJ and QuickTheories are
 * its own dependencies, not optional ones; the model-based contract runs the SDK's services
 * (forum-core) over the in-memory reference store.
 */
module org.practitionersforum.tck {
  requires transitive org.practitionersforum.api;
  requires transitive org.junit.jupiter.api;
  requires org.practitionersforum.core;
  requires org.practitionersforum.testkit;
  requires org.assertj.core;
  requires quicktheories;

  exports org.practitionersforum.tck;
}
