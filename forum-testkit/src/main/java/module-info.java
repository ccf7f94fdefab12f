/**
 * The Practitioners' Forum SDK test kit: seeded generators for every model type, generators of
 * texts with identifiers injected, and QuickTheories adapters. Depends on the API only, so that
 * core's own tests and any host's tests can use it. QuickTheories is optional: only the adapters
 * need it, on the host's test path. The storage contract suite is in the separate forum-tck module.
 */
module org.practitionersforum.testkit {
  requires transitive org.practitionersforum.api;
  requires static quicktheories;

  exports org.practitionersforum.testkit;
  exports org.practitionersforum.testkit.anonymisation;
  exports org.practitionersforum.testkit.quicktheories;
}
