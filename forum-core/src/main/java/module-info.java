/**
 * The Practitioners' Forum SDK services, rules and in-memory storage. Hosts use {@code ForumSdk},
 * the anonymisers and the in-memory storage; the services and rules live in the packages under
 * {@code org.practitionersforum.core.internal}, one per feature, which are not exported.
 */
module org.practitionersforum.core {
  requires transitive org.practitionersforum.api;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports org.practitionersforum.core;
  exports org.practitionersforum.core.anonymisation;
  exports org.practitionersforum.core.memory;
}
