/**
 * The Practitioners' Forum SDK test kit: seeded generators for every model type, QuickTheories
 * adapters, and the storage contract suite. QuickTheories, JUnit Jupiter and AssertJ are optional:
 * only the adapters and the contract suite need them, on the host's test path.
 */
module org.practitionersforum.testkit {
  requires transitive org.practitionersforum.api;
  requires transitive org.practitionersforum.core;
  requires static quicktheories;
  requires static org.junit.jupiter.api;
  requires static org.assertj.core;

  exports org.practitionersforum.testkit;
  exports org.practitionersforum.testkit.anonymisation;
  exports org.practitionersforum.testkit.quicktheories;
  exports org.practitionersforum.testkit.storage;
}
