/** The Practitioners' Forum SDK services, rules and in-memory storage. */
module org.practitionersforum.core {
  requires transitive org.practitionersforum.api;
  requires org.slf4j;
  requires static org.immutables.value.annotations;

  exports org.practitionersforum.core;
  exports org.practitionersforum.core.memory;
}
